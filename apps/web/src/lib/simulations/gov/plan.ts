import { portalCountry } from './country';
import type { Checkpoint } from '@punte/course-engine';
import type { ToolEvent } from '../contract';
import { interpolateSim } from '../i18n/interpolate';
import { localized, type ToolContext } from '../tool-module';
import { gov, type GovAction } from './actions';
import { GOV_LABELS } from './labels';
import { fieldProblem, formPages, searchServices, type FormField, type GovScenario } from './scenario';
import type { GovState } from './state';

type Ctx = ToolContext<GovScenario>;
const DEMO_PASSWORD = 'practice-only-2026';

export function govFacts(state: GovState): ToolEvent[] {
  const out: ToolEvent[] = [];
  if (state.view.kind === 'results' && state.searched)
    out.push({ event: 'portal.searched', data: { query: state.searched } });
  if (state.view.kind === 'service')
    out.push({ event: 'service.opened', data: { serviceId: state.view.id } });
  if (state.signedIn) out.push({ event: 'signed-in' });
  for (const field of Object.keys(state.reported)) out.push({ event: 'form.field-filled', data: { field } });
  return out;
}

/** The first thing, from the learner's language, that finds `serviceId` in the search. */
function keywordFor(ctx: Ctx, serviceId: string): string | undefined {
  const s = ctx.scenario.services.find((x) => x.id === serviceId);
  if (!s) return undefined;
  const words = [...(s.keywords[ctx.locale] ?? []), localized(s.title, ctx.locale)];
  return words.find((w) => searchServices(ctx.scenario, w, ctx.locale).some((x) => x.id === serviceId));
}

function openPlan(state: GovState, ctx: Ctx, serviceId: string): GovAction[] | undefined {
  if (state.view.kind === 'service' && state.view.id === serviceId) return [];
  if (
    state.view.kind === 'results' &&
    state.searched &&
    searchServices(ctx.scenario, state.searched, ctx.locale).some((s) => s.id === serviceId)
  )
    return [gov.open(serviceId)];
  const word = keywordFor(ctx, serviceId);
  return word ? [gov.query(word), gov.search(), gov.open(serviceId)] : undefined;
}

function nextWeekMonday(): string {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + ((8 - d.getUTCDay()) % 7 || 7));
  return d.toISOString().slice(0, 10);
}

function exampleValue(field: FormField, ctx: Ctx): string | boolean {
  const ex = GOV_LABELS[ctx.locale].example;
  switch (field.type) {
    case 'checkbox':
      return true;
    case 'select':
      return field.options[0]?.id ?? '';
    case 'email':
      return ex.email;
    case 'phone':
      return portalCountry(ctx.scenario, ctx.locale).phone;
    case 'date':
      return nextWeekMonday();
    case 'textarea':
      return ex.message;
    case 'text':
      return ex.name;
  }
}

function fill(state: GovState, field: FormField, ctx: Ctx, always = false): GovAction[] {
  if (!always && !fieldProblem(field, state.values[field.id]) && state.values[field.id] !== undefined)
    return [];
  return [gov.field(field.id, exampleValue(field, ctx)), gov.commit(field.id)];
}

/** From wherever the learner is, into the form and through its pages up to `stop` (a field id, or the review). */
function formPlan(state: GovState, ctx: Ctx, stop: string | 'review'): GovAction[] | undefined {
  const form = ctx.scenario.form;
  if (!form) return undefined;
  const steps: GovAction[] = [];
  let page = state.view.kind === 'form' ? state.view.page : state.view.kind === 'review' ? -1 : 0;
  if (state.view.kind !== 'form' && state.view.kind !== 'review') {
    const open = openPlan(state, ctx, form.id);
    if (!open) return undefined;
    steps.push(...open, gov.apply());
  }
  const pages = formPages(form);
  if (page === -1) {
    if (stop === 'review') return steps;
    const at = pages.findIndex((p) => p.some((f) => f.id === stop));
    if (at < 0) return undefined;
    steps.push(gov.edit(at));
    page = at;
  }
  for (; page < pages.length; page++) {
    for (const f of pages[page]!) {
      steps.push(...fill(state, f, ctx, f.id === stop));
      if (f.id === stop) return steps;
    }
    steps.push(gov.next());
  }
  return stop === 'review' ? steps : undefined;
}

function submitPlan(state: GovState, ctx: Ctx): GovAction[] | undefined {
  const form = ctx.scenario.form;
  const toReview = formPlan(state, ctx, 'review');
  if (!form || !toReview) return undefined;
  const ticks = form.fields.filter((f) => f.type === 'checkbox').flatMap((f) => fill(state, f, ctx));
  return [...toReview, ...ticks, gov.submit()];
}

function signedInPlan(state: GovState): GovAction[] {
  const open = state.view.kind === 'signin' ? [] : [gov.signinOpen()];
  if (!state.account) return [...open, gov.eid()];
  return [
    ...open,
    gov.signinField('email', state.account.email),
    gov.signinField('password', DEMO_PASSWORD),
    gov.signinSubmit(),
  ];
}

function requestPlan(state: GovState, formId: unknown): { number: string; steps: GovAction[] } | undefined {
  const req = [...state.requests].reverse().find((r) => formId === undefined || r.formId === formId);
  if (!req) return undefined;
  if (state.view.kind === 'receipt' && state.view.number === req.number)
    return { number: req.number, steps: [] };
  const signIn = state.signedIn ? [] : [gov.signinOpen(), gov.eid()];
  return { number: req.number, steps: [...signIn, gov.requests()] };
}

export function planGov(state: GovState, c: Checkpoint, ctx: Ctx): GovAction[] | undefined {
  const ex = GOV_LABELS[ctx.locale].example;
  switch (c.event) {
    case 'portal.searched': {
      const word =
        typeof c.match?.query === 'string'
          ? c.match.query
          : ctx.scenario.services[0] && keywordFor(ctx, ctx.scenario.services[0].id);
      return word ? [gov.query(word), gov.search()] : undefined;
    }
    case 'service.opened':
      return typeof c.match?.serviceId === 'string'
        ? openPlan(state, ctx, c.match.serviceId)
        : ctx.scenario.services[0] && openPlan(state, ctx, ctx.scenario.services[0].id);
    case 'account.registered':
      if (state.account) return undefined;
      return [
        gov.registerOpen(),
        gov.registerField('name', ex.name),
        gov.registerField('email', ex.email),
        gov.registerField('password', DEMO_PASSWORD),
        gov.registerField('repeat', DEMO_PASSWORD),
        gov.registerConsent(true),
        gov.registerSubmit(),
      ];
    case 'signed-in':
      return state.signedIn
        ? [gov.signout(), ...signedInPlan({ ...state, view: { kind: 'home' } })]
        : signedInPlan(state);
    case 'form.field-filled':
      return typeof c.match?.field === 'string'
        ? formPlan(state, ctx, c.match.field)
        : formPlan(state, ctx, ctx.scenario.form?.fields[0]?.id ?? '');
    case 'form.submitted':
      return c.match?.formId === undefined || c.match.formId === ctx.scenario.form?.id
        ? submitPlan(state, ctx)
        : undefined;
    case 'receipt.downloaded': {
      const r = requestPlan(state, c.match?.formId);
      return r && [...r.steps, gov.download(r.number, r.steps.length ? `download-${r.number}` : 'download')];
    }
    case 'status.checked': {
      const r = requestPlan(state, undefined);
      if (!r || (typeof c.match?.requestId === 'string' && c.match.requestId !== r.number)) return undefined;
      return [gov.statusOpen(), gov.statusQuery(r.number), gov.statusCheck()];
    }
    default:
      return undefined;
  }
}

export function describeGov(e: ToolEvent, _state: GovState, ctx: Ctx): string {
  const l = GOV_LABELS[ctx.locale].wrong;
  if (e.event === 'service.opened') {
    const s = ctx.scenario.services.find((x) => x.id === e.data?.serviceId);
    return interpolateSim(l.service, { title: s ? localized(s.title, ctx.locale) : '' });
  }
  if (e.event === 'form.field-filled') {
    const f = ctx.scenario.form?.fields.find((x) => x.id === e.data?.field);
    return interpolateSim(l.field, { label: f ? localized(f.label, ctx.locale) : '' });
  }
  return l.other;
}
