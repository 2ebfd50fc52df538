import { type Caller } from '../support/caller';

/**
 * A caller without the right asks for one Query or Mutation field and must get UNAUTHENTICATED or
 * FORBIDDEN and no data. Each module keeps its cases in `<module>.denials.ts` beside this file; the
 * schema test fails for any non-public field that has none.
 */
export interface DenialCase {
  field: string;
  /** Who asks: nobody, or someone lacking the role or not owning the data. */
  who: string;
  caller: (url: string) => Promise<Caller>;
  document: string;
  variables?: (url: string) => Promise<Record<string, unknown>> | Record<string, unknown>;
  expected: 'UNAUTHENTICATED' | 'FORBIDDEN';
}
