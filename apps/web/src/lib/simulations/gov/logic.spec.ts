import type { ToolContext } from '../tool-module';
import { gov, type GovAction } from './actions';
import { portalCountry } from './country';
import { govLogic } from './logic';
import { fieldProblem, parseGovScenario, searchServices, type GovScenario } from './scenario';
import type { GovState } from './state';

const scenario = parseGovScenario({
  portal: { name: { en: 'Portal' } },
  services: [
    {
      id: 'appeal',
      title: { en: 'Appeal', ro: 'Petiție' },
      description: { en: 'Send an appeal.' },
      keywords: { ro: ['petiție'], en: ['complaint'] },
    },
    { id: 'other', title: { en: 'Other', ro: 'Altceva' }, description: { en: 'Else.' } },
  ],
  form: {
    id: 'appeal',
    title: { en: 'Appeal' },
    fields: [
      { id: 'name', label: { en: 'Name' }, type: 'text', required: true },
      { id: 'email', label: { en: 'E-mail' }, type: 'email', required: true },
      { id: 'phone', label: { en: 'Phone' }, type: 'phone' },
      { id: 'text', label: { en: 'Text' }, type: 'textarea', required: true },
      { id: 'consent', label: { en: 'I agree' }, type: 'checkbox', required: true },
    ],
  },
});
const ctx: ToolContext<GovScenario> = { scenario, locale: 'en' };

function run(actions: GovAction[], state: GovState = govLogic.init(ctx)) {
  const events: string[] = [];
  for (const a of actions) {
    const r = govLogic.reduce(state, a, ctx);
    state = r.state;
    events.push(...r.events.map((e) => `${e.event}${e.data ? ' ' + JSON.stringify(e.data) : ''}`));
  }
  return { state, events };
}

describe('the practice portal', () => {
  it('searches titles and keywords of the learner language, without minding diacritics or case', () => {
    expect(searchServices(scenario, 'PETITIE', 'ro').map((s) => s.id)).toEqual(['appeal']);
    expect(searchServices(scenario, 'complaints please', 'en').map((s) => s.id)).toEqual(['appeal']);
    expect(searchServices(scenario, 'xy', 'en')).toEqual([]);
  });

  it('checks fields kindly: required, e-mail, phone, ticked consent', () => {
    const [name, email, phone, , consent] = scenario.form!.fields;
    expect(fieldProblem(name!, ' ')).toBe('required');
    expect(fieldProblem(email!, 'ann@example')).toBe('email');
    expect(fieldProblem(phone!, '')).toBeUndefined();
    expect(fieldProblem(phone!, '12a456')).toBe('phone');
    expect(fieldProblem(consent!, false)).toBe('required');
  });

  it('walks the form page by page, lists problems, reviews, submits with a registration number', () => {
    const open = run([gov.query('complaint'), gov.search(), gov.open('appeal'), gov.apply(), gov.next()]);
    expect(open.events).toEqual([
      'portal.searched {"query":"complaint"}',
      'service.opened {"serviceId":"appeal"}',
    ]);
    expect(open.state.problems).toEqual(['name', 'email']);
    expect(open.state.focus).toBe('form-problems');
    const filled = run(
      [gov.field('name', 'Ann'), gov.commit('name'), gov.field('email', 'ann@example.org'), gov.next()],
      open.state,
    );
    expect(filled.events).toEqual([
      'form.field-filled {"field":"name"}',
      'form.field-filled {"field":"email"}',
    ]);
    expect(filled.state.view).toEqual({ kind: 'form', page: 1 });
    const review = run([gov.field('text', 'Lamps'), gov.next()], filled.state);
    expect(review.state.view).toEqual({ kind: 'review' });
    expect(run([gov.submit()], review.state).state.problems).toEqual(['consent']);
    const done = run([gov.field('consent', true), gov.commit('consent'), gov.submit()], review.state);
    expect(done.events.at(-1)).toBe('form.submitted {"formId":"appeal"}');
    expect(done.state.view).toEqual({ kind: 'receipt', number: 'EX-01042' });
    expect(done.state.values).toEqual({});
  });

  it('finds a request by its number only, and downloads its confirmation', () => {
    const s: GovState = {
      ...govLogic.init(ctx),
      requests: [{ number: 'EX-01042', formId: 'appeal', status: 'received' }],
    };
    expect(run([gov.statusOpen(), gov.statusQuery('EX-9'), gov.statusCheck()], s).state.statusResult).toBe(
      'not-found',
    );
    expect(run([gov.statusOpen(), gov.statusQuery(' ex-01042 '), gov.statusCheck()], s).events).toEqual([
      'status.checked {"requestId":"EX-01042"}',
    ]);
    expect(run([gov.download('EX-01042')], s).events).toEqual(['receipt.downloaded {"formId":"appeal"}']);
  });

  it('registers, signs in with the same address, and never persists passwords', () => {
    const reg = run([
      gov.registerOpen(),
      gov.registerField('name', 'Ann Sample'),
      gov.registerField('email', 'Ann@Example.org'),
      gov.registerField('password', 'practice-pass'),
      gov.registerField('repeat', 'practice-pass'),
      gov.registerSubmit(),
    ]);
    expect(reg.state.register.problems).toEqual(['consent']);
    expect((govLogic.persist(reg.state, ctx) as GovState).register.password).toBe('');
    const ok = run([gov.registerConsent(true), gov.registerSubmit()], reg.state);
    expect(ok.events).toEqual(['account.registered']);
    expect(
      run(
        [
          gov.signinField('email', 'other@example.org'),
          gov.signinField('password', 'practice-pass'),
          gov.signinSubmit(),
        ],
        ok.state,
      ).state.signin.problem,
    ).toBe('unknown');
    expect(run([gov.signinField('password', 'practice-pass'), gov.signinSubmit()], ok.state).events).toEqual([
      'signed-in',
    ]);
  });
});

describe("the portal follows its scenario's country, not the learner's language", () => {
  const inCountry = (country: 'md' | 'ua' | 'pl' | undefined) =>
    parseGovScenario({ portal: { name: { en: 'Portal' }, ...(country ? { country } : {}) }, services: [] });

  it('numbers, phone format and the real sign-in follow the country in every language', () => {
    expect(portalCountry(inCountry('ua'), 'ro')).toMatchObject({
      prefix: 'EX-UA',
      phone: '+380 00 000 0000',
      name: 'Ucraina',
    });
    expect(portalCountry(inCountry('ua'), 'ru').eid).toContain('BankID');
    expect(portalCountry(inCountry('md'), 'uk')).toMatchObject({
      prefix: 'EX-MD',
      name: 'Республіка Молдова',
    });
    expect(portalCountry(inCountry('pl'), 'en')).toMatchObject({ prefix: 'EX-PL', phone: '+48 000 000 000' });
    expect(portalCountry(inCountry(undefined), 'pl')).toEqual({ prefix: 'EX', phone: '000 000 000' });
  });

  it('a registration number carries the scenario country whatever the language', () => {
    const pl: ToolContext<GovScenario> = {
      scenario: { ...scenario, portal: { ...scenario.portal, country: 'pl' } },
      locale: 'ru',
    };
    let state = govLogic.init(pl);
    for (const a of govLogic.plan(state, { id: 'x', event: 'form.submitted', guidance: { en: '' } }, pl) ??
      [])
      state = govLogic.reduce(state, a, pl).state;
    expect(state.requests.map((r) => r.number)).toEqual(['EX-PL-01042']);
  });

  it('refuses a country it does not know', () => {
    expect(() => parseGovScenario({ portal: { name: { en: 'P' }, country: 'fr' }, services: [] })).toThrow(
      'portal.country must be one of md, ua, pl',
    );
  });
});
