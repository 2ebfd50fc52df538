import { Caller } from '../support/caller';
import { type DenialCase } from './denial-case';

const anonymous = async (url: string) => new Caller(url);

// Progress belongs to a person: without a session there is nobody to read or claim it for.
export const denials: DenialCase[] = [
  {
    field: 'myCourseProgress',
    who: 'anonymous',
    caller: anonymous,
    document: `{ myCourseProgress(courseSlug: "first-steps", locale: en) { __typename } }`,
    expected: 'UNAUTHENTICATED',
  },
  {
    field: 'claimGuestProgress',
    who: 'anonymous',
    caller: anonymous,
    document: `mutation { claimGuestProgress(input: { locale: en, lessons: [] }) { __typename } }`,
    expected: 'UNAUTHENTICATED',
  },
];
