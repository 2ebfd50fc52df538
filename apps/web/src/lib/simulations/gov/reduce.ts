import { portalCountry } from './country';
import type { ToolEvent } from '../contract';
import type { Reduced, ToolContext } from '../tool-module';
import type { GovAction } from './actions';
import { fieldProblem, formOf, formPages, type GovScenario } from './scenario';
import type { GovState, RegisterProblem } from './state';

type Ctx = ToolContext<GovScenario>;
const none = (state: GovState): Reduced<GovState> => ({ state, events: [] });
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function go(state: GovState, view: GovState['view'], focus: string): GovState {
  return { ...state, view, focus, problems: [] };
}

function commit(state: GovState, id: string, ctx: Ctx): Reduced<GovState> {
  const field = ctx.scenario.form?.fields.find((f) => f.id === id);
  const value = state.values[id];
  if (!field || value === undefined || value === '' || value === false || fieldProblem(field, value))
    return none(state);
  if (state.reported[id] === value) return none(state);
  return {
    state: { ...state, reported: { ...state.reported, [id]: value } },
    events: [{ event: 'form.field-filled', data: { field: id } }],
  };
}

/** Reports every filled field not yet reported (a field left by a button press, not by Tab). */
function commitAll(state: GovState, ids: string[], ctx: Ctx): Reduced<GovState> {
  const events: ToolEvent[] = [];
  for (const id of ids) {
    const r = commit(state, id, ctx);
    state = r.state;
    events.push(...r.events);
  }
  return { state, events };
}

function nextPage(state: GovState, ctx: Ctx): Reduced<GovState> {
  const form = ctx.scenario.form;
  if (!form || state.view.kind !== 'form') return none(state);
  const pages = formPages(form);
  const page = pages[state.view.page] ?? [];
  const r = commitAll(
    state,
    page.map((f) => f.id),
    ctx,
  );
  const problems = page.filter((f) => fieldProblem(f, r.state.values[f.id])).map((f) => f.id);
  if (problems.length) return { state: { ...r.state, problems, focus: 'form-problems' }, events: r.events };
  const view =
    state.view.page + 1 < pages.length
      ? { kind: 'form' as const, page: state.view.page + 1 }
      : { kind: 'review' as const };
  return { state: go(r.state, view, 'form-heading'), events: r.events };
}

function submit(state: GovState, ctx: Ctx): Reduced<GovState> {
  const form = ctx.scenario.form;
  if (!form || state.view.kind !== 'review') return none(state);
  const r = commitAll(
    state,
    form.fields.map((f) => f.id),
    ctx,
  );
  const problems = form.fields.filter((f) => fieldProblem(f, r.state.values[f.id])).map((f) => f.id);
  if (problems.length) return { state: { ...r.state, problems, focus: 'form-problems' }, events: r.events };
  const number = `${portalCountry(ctx.scenario, ctx.locale).prefix}-${String(1041 + state.requests.length + 1).padStart(5, '0')}`;
  const next: GovState = {
    ...go(r.state, { kind: 'receipt', number }, 'receipt-heading'),
    requests: [...r.state.requests, { number, formId: form.id, status: 'received' }],
    values: {},
    reported: {},
  };
  return { state: next, events: [...r.events, { event: 'form.submitted', data: { formId: form.id } }] };
}

function register(state: GovState): Reduced<GovState> {
  const f = state.register;
  const problems: RegisterProblem[] = [];
  if (f.name.trim().length < 3) problems.push('name');
  if (!EMAIL.test(f.email.trim())) problems.push('email');
  if (f.password.length < 8) problems.push('password');
  else if (f.password !== f.repeat) problems.push('repeat');
  if (!f.consent) problems.push('consent');
  if (problems.length) return none({ ...state, register: { ...f, problems }, focus: 'register-problems' });
  const account = { name: f.name.trim(), email: f.email.trim().toLowerCase() };
  const next = go(
    {
      ...state,
      account,
      register: { ...f, password: '', repeat: '', problems: [] },
      signin: { email: account.email, password: '' },
    },
    { kind: 'signin' },
    'signin-heading',
  );
  return { state: next, events: [{ event: 'account.registered' }] };
}

function signIn(state: GovState): Reduced<GovState> {
  const { email, password } = state.signin;
  const problem = !EMAIL.test(email.trim())
    ? 'email'
    : state.account?.email !== email.trim().toLowerCase()
      ? 'unknown'
      : password.length < 8
        ? 'password'
        : undefined;
  if (problem) return none({ ...state, signin: { ...state.signin, problem }, focus: 'signin-problem' });
  return {
    state: go(
      { ...state, signedIn: true, signin: { email, password: '' } },
      { kind: 'home' },
      'home-heading',
    ),
    events: [{ event: 'signed-in' }],
  };
}

function statusCheck(state: GovState): Reduced<GovState> {
  const wanted = state.statusQuery.trim().toUpperCase();
  const found = state.requests.find((r) => r.number.toUpperCase() === wanted);
  const next = { ...state, statusResult: found ? found.number : 'not-found', focus: 'status-result' };
  return found
    ? { state: next, events: [{ event: 'status.checked', data: { requestId: found.number } }] }
    : none(next);
}

function openService(state: GovState, id: string, ctx: Ctx): Reduced<GovState> {
  if (!ctx.scenario.services.some((s) => s.id === id)) return none(state);
  return {
    state: go(state, { kind: 'service', id }, 'service-heading'),
    events: [{ event: 'service.opened', data: { serviceId: id } }],
  };
}

function formAction(
  state: GovState,
  action: Extract<
    GovAction,
    {
      type:
        'apply' | 'field' | 'field.commit' | 'page.next' | 'page.back' | 'page.edit' | 'submit' | 'download';
    }
  >,
  ctx: Ctx,
): Reduced<GovState> {
  switch (action.type) {
    case 'apply':
      return state.view.kind === 'service' && formOf(ctx.scenario, state.view.id)
        ? none(go(state, { kind: 'form', page: 0 }, 'form-heading'))
        : none(state);
    case 'field':
      return none({ ...state, values: { ...state.values, [action.id]: action.value }, focus: undefined });
    case 'field.commit':
      return commit(state, action.id, ctx);
    case 'page.next':
      return nextPage(state, ctx);
    case 'page.back':
      if (state.view.kind === 'review')
        return none(
          go(
            state,
            { kind: 'form', page: Math.max(0, formPages(ctx.scenario.form!).length - 1) },
            'form-heading',
          ),
        );
      if (state.view.kind === 'form' && state.view.page > 0)
        return none(go(state, { kind: 'form', page: state.view.page - 1 }, 'form-heading'));
      return state.view.kind === 'form'
        ? none(go(state, { kind: 'service', id: ctx.scenario.form!.id }, 'service-heading'))
        : none(state);
    case 'page.edit':
      return none(go(state, { kind: 'form', page: action.page }, 'form-heading'));
    case 'submit':
      return submit(state, ctx);
    case 'download': {
      const req = state.requests.find((r) => r.number === action.number);
      if (!req) return none(state);
      return {
        state: {
          ...state,
          downloaded: [...new Set([...state.downloaded, req.number])],
          focus: 'download-note',
        },
        events: [{ event: 'receipt.downloaded', data: { formId: req.formId } }],
      };
    }
  }
}

export function reduceGov(state: GovState, action: GovAction, ctx: Ctx): Reduced<GovState> {
  switch (action.type) {
    case 'home':
      return none(go(state, { kind: 'home' }, 'home-heading'));
    case 'query':
      return none({ ...state, query: action.value, focus: undefined });
    case 'search': {
      const query = state.query.trim();
      if (!query) return none({ ...state, focus: 'search-box' });
      return {
        state: go({ ...state, searched: query }, { kind: 'results' }, 'results-heading'),
        events: [{ event: 'portal.searched', data: { query } }],
      };
    }
    case 'service.open':
      return openService(state, action.id, ctx);
    case 'register.open':
      return none(go(state, { kind: 'register' }, 'register-heading'));
    case 'register.field':
      return none({
        ...state,
        register: { ...state.register, [action.field]: action.value },
        focus: undefined,
      });
    case 'register.consent':
      return none({ ...state, register: { ...state.register, consent: action.value }, focus: undefined });
    case 'register.submit':
      return register(state);
    case 'signin.open':
      return none(
        go(
          { ...state, signin: { ...state.signin, problem: undefined } },
          { kind: 'signin' },
          'signin-heading',
        ),
      );
    case 'signin.field':
      return none({
        ...state,
        signin: { ...state.signin, [action.field]: action.value, problem: undefined },
        focus: undefined,
      });
    case 'signin.submit':
      return signIn(state);
    case 'signin.eid':
      return {
        state: go({ ...state, signedIn: true }, { kind: 'home' }, 'home-heading'),
        events: [{ event: 'signed-in' }],
      };
    case 'signout':
      return none(go({ ...state, signedIn: false }, { kind: 'home' }, 'home-heading'));
    case 'requests.open':
      return none(
        go(
          state,
          state.signedIn ? { kind: 'requests' } : { kind: 'signin' },
          state.signedIn ? 'requests-heading' : 'signin-heading',
        ),
      );
    case 'status.open':
      return none(go({ ...state, statusResult: undefined }, { kind: 'status' }, 'status-heading'));
    case 'status.query':
      return none({ ...state, statusQuery: action.value, statusResult: undefined, focus: undefined });
    case 'status.check':
      return statusCheck(state);
    case 'request.status':
      return statusCheck({ ...go(state, { kind: 'status' }, 'status-result'), statusQuery: action.number });
    case 'apply':
    case 'field':
    case 'field.commit':
    case 'page.next':
    case 'page.back':
    case 'page.edit':
    case 'submit':
    case 'download':
      return formAction(state, action, ctx);
  }
}
