import { Caller } from '../support/caller';
import { aLearner, aTrainer } from '../support/factories';
import { type RouteDenialCase } from './route-denial-case';

const anonymous = async (url: string) => new Caller(url);

// A plan's PDF holds what a person wrote; the trainer's guide is for those who run the course.
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
    who: "another trainer (not the learner's group's)",
    caller: async (url) => (await aTrainer(url, 'Olga Other')).caller,
    path: async (url) => `/plans/first-steps/plan/en/learners/${(await aLearner(url)).id}`,
    expected: 403,
  },
  {
    route: 'plans/:slug/:document/:locale/learners/:learnerId',
    who: 'a learner',
    caller: async (url) => (await aLearner(url)).caller,
    path: async (url) => `/plans/first-steps/plan/en/learners/${(await aLearner(url)).id}`,
    expected: 403,
  },
  {
    route: 'printables/:slug/trainer-guide/:locale',
    who: 'a learner of a group',
    caller: async (url) => (await aLearner(url)).caller,
    path: async () => '/printables/first-steps/trainer-guide/ro',
    expected: 403,
  },
  {
    route: 'printables/:slug/trainer-guide/:locale',
    who: 'anonymous',
    caller: anonymous,
    path: async () => '/printables/first-steps/trainer-guide/ro',
    expected: 401,
  },
];
