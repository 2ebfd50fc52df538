import { Caller } from '../support/caller';
import { aLearner, aSelfPacedLearner } from '../support/factories';
import { type DenialCase } from './denial-case';

const anonymous = async (url: string) => new Caller(url);
const someLearner = async (url: string) => ({ learnerId: (await aLearner(url)).id });
const LEARNER_PLAN = `query ($learnerId: ID!) { learnerPlan(learnerId: $learnerId, courseSlug: "first-steps", documentId: "plan", locale: en) { title sections { fields { value } } } }`;

// A plan is what a person wrote: only they, the trainer of their group and an admin read it.
export const denials: DenialCase[] = [
  {
    field: 'myPlan',
    who: 'anonymous',
    caller: anonymous,
    document: `{ myPlan(courseSlug: "first-steps", documentId: "plan", locale: en) { title } }`,
    expected: 'UNAUTHENTICATED',
  },
  {
    field: 'learnerPlan',
    who: 'a learner',
    caller: async (url) => (await aSelfPacedLearner(url)).caller,
    document: LEARNER_PLAN,
    variables: someLearner,
    expected: 'FORBIDDEN',
  },
  {
    field: 'learnerPlan',
    who: "another group's trainer",
    caller: async (url) => (await aLearner(url)).group.trainer.caller,
    document: LEARNER_PLAN,
    variables: someLearner,
    expected: 'FORBIDDEN',
  },
];
