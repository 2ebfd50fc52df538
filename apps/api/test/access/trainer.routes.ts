import { Caller } from '../support/caller';
import { aLearner, aPlannedGroup, aTrainer } from '../support/factories';
import { type RouteDenialCase } from './route-denial-case';

const anonymous = async (url: string) => new Caller(url);
const anotherTrainer = async (url: string) => (await aTrainer(url, 'Olga Other')).caller;
const groupPath = (suffix: string) => async (url: string) =>
  `/groups/${(await aPlannedGroup(url)).id}/${suffix}`;

export const routeDenials: RouteDenialCase[] = [
  {
    route: 'groups/:groupId/report.csv',
    who: "another trainer (not this group's)",
    caller: anotherTrainer,
    path: groupPath('report.csv?lang=ro'),
    expected: 403,
  },
  {
    route: 'groups/:groupId/report.csv',
    who: 'anonymous',
    caller: anonymous,
    path: groupPath('report.csv?lang=ro'),
    expected: 401,
  },
  {
    route: 'groups/:groupId/handout.pdf',
    who: 'a learner of some group',
    caller: async (url) => (await aLearner(url)).caller,
    path: groupPath('handout.pdf'),
    expected: 403,
  },
  {
    route: 'groups/:groupId/cards.pdf',
    who: "another trainer (not this group's)",
    caller: anotherTrainer,
    path: groupPath('cards.pdf'),
    expected: 403,
  },
];
