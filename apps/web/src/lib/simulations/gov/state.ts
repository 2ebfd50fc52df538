import type { FieldValue } from './scenario';

export type GovView =
  | { kind: 'home' }
  | { kind: 'results' }
  | { kind: 'service'; id: string }
  | { kind: 'form'; page: number }
  | { kind: 'review' }
  | { kind: 'receipt'; number: string }
  | { kind: 'register' }
  | { kind: 'signin' }
  | { kind: 'requests' }
  | { kind: 'status' };

export interface GovRequest {
  number: string;
  formId: string;
  status: 'received' | 'in-progress';
}

export type RegisterField = 'name' | 'email' | 'password' | 'repeat';
export type RegisterProblem = 'name' | 'email' | 'password' | 'repeat' | 'consent';

export interface GovState {
  v: 1;
  tool: 'e-government-portal';
  view: GovView;
  query: string;
  /** The last search made; the results page shows its services. */
  searched?: string;
  signedIn: boolean;
  account?: { name: string; email: string };
  register: Record<RegisterField, string> & { consent: boolean; problems: RegisterProblem[] };
  signin: { email: string; password: string; problem?: 'email' | 'password' | 'unknown' };
  values: Record<string, FieldValue>;
  /** What was last reported for each field. */
  reported: Record<string, FieldValue>;
  /** Fields with a problem, shown after "next" or "submit". */
  problems: string[];
  requests: GovRequest[];
  statusQuery: string;
  statusResult?: string;
  downloaded: string[];
  focus?: string;
}

export function initGov(): GovState {
  return {
    v: 1,
    tool: 'e-government-portal',
    view: { kind: 'home' },
    query: '',
    signedIn: false,
    register: { name: '', email: '', password: '', repeat: '', consent: false, problems: [] },
    signin: { email: '', password: '' },
    values: {},
    reported: {},
    problems: [],
    requests: [],
    statusQuery: '',
    downloaded: [],
  };
}

export function restoreGov(saved: unknown): GovState | undefined {
  const s = saved as Partial<GovState> | undefined;
  if (
    !s ||
    s.v !== 1 ||
    s.tool !== 'e-government-portal' ||
    !s.view ||
    !s.register ||
    !Array.isArray(s.requests)
  )
    return undefined;
  return s as GovState;
}

/** Passwords typed for practice never leave the page. */
export function persistGov(s: GovState): GovState {
  return {
    ...s,
    register: { ...s.register, password: '', repeat: '' },
    signin: { ...s.signin, password: '' },
  };
}
