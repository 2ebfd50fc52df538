import { Caller } from '../support/caller';
import { aLearner } from '../support/factories';
import { type DenialCase } from './denial-case';

const GUIDE = `{ trainerGuide(courseSlug: "online-communication", locale: ro) { title html } }`;

// The trainer's guide is how to run the course with a group: trainers and admins, never learners.
export const denials: DenialCase[] = [
  {
    field: 'trainerGuide',
    who: 'anonymous',
    caller: async (url) => new Caller(url),
    document: GUIDE,
    expected: 'UNAUTHENTICATED',
  },
  {
    field: 'trainerGuide',
    who: 'a learner of a group',
    caller: async (url) => (await aLearner(url)).caller,
    document: GUIDE,
    expected: 'FORBIDDEN',
  },
];
