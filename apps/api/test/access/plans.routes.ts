import { Caller } from '../support/caller';
import { aLearner, aSelfPacedLearner } from '../support/factories';
import { type RouteDenialCase } from './route-denial-case';

const anonymous = async (url: string) => new Caller(url);
const aLearnersPlan = async (url: string) =>
  `/plans/first-steps/plan/en/learners/${(await aLearner(url)).id}`;

// A plan's PDF carries what a person wrote; the trainer's guide is for those who run groups.
export const routeDenials: RouteDenialCase[] = [
  {
    route: 'plans/:slug/:document/:locale',
    who: 'anonymous',
    caller: anonymous,
    path: async () => '/plans/first-steps/plan/en',
    expected: 401,
  },
  {
    route: 'plans/:slug/:document/:locale/learners/:learnerId',
    who: 'a learner',
    caller: async (url) => (await aSelfPacedLearner(url)).caller,
    path: aLearnersPlan,
    expected: 403,
  },
  {
    route: 'plans/:slug/:document/:locale/learners/:learnerId',
    who: "another group's trainer",
    caller: async (url) => (await aLearner(url)).group.trainer.caller,
    path: aLearnersPlan,
    expected: 403,
  },
  {
    route: 'printables/:slug/trainer-guide/:locale',
    who: 'a learner',
    caller: async (url) => (await aSelfPacedLearner(url)).caller,
    path: async () => '/printables/first-steps/trainer-guide/en',
    expected: 403,
  },
  {
    route: 'printables/:slug/trainer-guide/:locale',
    who: 'anonymous',
    caller: anonymous,
    path: async () => '/printables/first-steps/trainer-guide/en',
    expected: 401,
  },
];
