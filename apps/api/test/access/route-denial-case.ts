import { type Caller } from '../support/caller';

/**
 * A caller without the right asks for a plain HTTP route (a download) and must get 401 or 403
 * and a JSON error, never the file. Cases live in `<module>.routes.ts` beside this file; the route
 * test fails for any non-public route without one.
 */
export interface RouteDenialCase {
  /** As Nest declares it: the controller's path and the handler's, e.g. "groups/:groupId/report.csv". */
  route: string;
  who: string;
  caller: (url: string) => Promise<Caller>;
  /** The concrete path asked for, e.g. `/groups/<id>/report.csv?lang=ro`. */
  path: (url: string) => Promise<string>;
  expected: 401 | 403;
}
