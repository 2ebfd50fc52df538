import { Caller } from '../support/caller';
import { type DenialCase } from './denial-case';

const anonymous = async (url: string) => new Caller(url);

// Reader settings belong to an account: a guest keeps them in the browser, never through the API.
export const denials: DenialCase[] = [
  {
    field: 'myReaderSettings',
    who: 'anonymous',
    caller: anonymous,
    document: `{ myReaderSettings { __typename } }`,
    expected: 'UNAUTHENTICATED',
  },
  {
    field: 'saveReaderSettings',
    who: 'anonymous',
    caller: anonymous,
    document: `mutation { saveReaderSettings(input: { textSize: 1.5, highContrast: true, reducedMotion: false, wideSpacing: false }) { __typename } }`,
    expected: 'UNAUTHENTICATED',
  },
  {
    field: 'claimGuestReaderSettings',
    who: 'anonymous',
    caller: anonymous,
    document: `mutation { claimGuestReaderSettings(input: { textSize: 1.5, highContrast: true, reducedMotion: false, wideSpacing: false }) { __typename } }`,
    expected: 'UNAUTHENTICATED',
  },
];
