import type { LessonDefinition, PracticeStep } from '@punte/course-engine';
import { scenarioIssues } from './scenario-rules';

const t = { en: 'x' };
type Match = Record<string, string | boolean>;
function lessonWith(
  tool: PracticeStep['tool'],
  scenario: Record<string, unknown>,
  match: Match[],
): LessonDefinition {
  const checkpoints = match.map((m, i) => ({ id: `c${i}`, event: 'any', match: m, guidance: t }));
  return {
    id: 'l',
    title: t,
    estimatedMinutes: 1,
    steps: [{ id: 'p', kind: 'practice', tool, title: t, intro: t, scenario, checkpoints }],
  };
}
const messages = (lesson: LessonDefinition) =>
  scenarioIssues(lesson).map((i) => `${i.path.join('.')}: ${i.message}`);

describe('scenario addresses', () => {
  it.each([
    'ana@example.org',
    'ion@mail.example.com',
    'x@example.net',
    'https://portal.gov.example/apply',
    'www.primaria.test',
    'a@b.example',
  ])('accepts %s', (address) => {
    expect(
      messages(
        lessonWith(
          'email',
          {
            account: { address: 'maria@example.org', displayName: 'M' },
            note: { en: `Write to ${address}` },
          },
          [],
        ),
      ),
    ).toEqual([]);
  });

  it('rejects real domains in scenario data and in checkpoint data, at their path', () => {
    const lesson = lessonWith(
      'email',
      {
        contacts: [{ id: 'ana', name: 'Ana', address: 'ana@exemplu.md' }],
        inbox: [
          {
            id: 'm',
            from: { name: 'Bank', address: 'bank@example.org' },
            body: { ro: 'Intrați pe https://www.maib.md/login sau www.gov.md' },
          },
        ],
      },
      [{ to: 'ion@gmail.com' }],
    );
    expect(messages(lesson)).toEqual([
      'steps.0.scenario.contacts.0.address: scenario address "ana@exemplu.md" is a real domain: use example.org, example.com, example.net, *.example or *.test',
      'steps.0.scenario.inbox.0.body.ro: scenario address "https://www.maib.md" is a real domain: use example.org, example.com, example.net, *.example or *.test',
      'steps.0.scenario.inbox.0.body.ro: scenario address "www.gov.md" is a real domain: use example.org, example.com, example.net, *.example or *.test',
      'steps.0.checkpoints.0.match.to: scenario address "ion@gmail.com" is a real domain: use example.org, example.com, example.net, *.example or *.test',
      'steps.0.checkpoints.0.match.to: checkpoint "c0" waits for contact or sender address "ion@gmail.com", which the scenario does not have (it has: ana@exemplu.md, bank@example.org)',
    ]);
  });

  it('does not look at steps other than practice', () => {
    const lesson: LessonDefinition = {
      id: 'l',
      title: t,
      estimatedMinutes: 1,
      steps: [{ id: 'r', kind: 'reading', title: t, body: { ro: 'Intrați pe www.gov.md' } }],
    };
    expect(scenarioIssues(lesson)).toEqual([]);
  });
});

describe('checkpoint references into the scenario', () => {
  it('email: messages, addresses, photos and attachments', () => {
    const scenario = {
      inbox: [{ id: 'from-ana', from: { address: 'ana@example.org' }, attachments: [{ fileName: 'a.jpg' }] }],
      contacts: [{ id: 'ion', address: 'ion@example.org' }],
      photos: [{ fileName: 'garden.jpg' }],
    };
    const ok: Match[] = [
      { messageId: 'from-ana' },
      { to: 'ion@example.org' },
      { to: 'ana@example.org' },
      { fileName: 'garden.jpg' },
      { fileName: 'a.jpg', hasAttachment: true },
    ];
    expect(messages(lessonWith('email', scenario, ok))).toEqual([]);
    expect(
      messages(lessonWith('email', scenario, [{ messageId: 'from-elena' }, { fileName: 'dog.jpg' }])),
    ).toEqual([
      'steps.0.checkpoints.0.match.messageId: checkpoint "c0" waits for message "from-elena", which the scenario does not have (it has: from-ana)',
      'steps.0.checkpoints.1.match.fileName: checkpoint "c1" waits for photo or attachment "dog.jpg", which the scenario does not have (it has: garden.jpg, a.jpg)',
    ]);
  });

  it('inside the scenario: the incoming call and the privacy settings’ starting values', () => {
    const call = { self: { name: 'M' }, contacts: [{ id: 'ion' }], incomingCall: { contactId: 'olena' } };
    expect(messages(lessonWith('video-call', call, []))).toEqual([
      'steps.0.scenario.incomingCall.contactId: the incoming call comes from contact "olena", which the scenario does not have',
    ]);
    const privacy = {
      settings: [{ id: 'phone', options: [{ id: 'friends' }, { id: 'only-me' }], value: 'public' }],
    };
    expect(messages(lessonWith('social-privacy', privacy, []))).toEqual([
      'steps.0.scenario.settings.0.value: privacy setting "phone" starts at "public", which is not one of its options',
    ]);
    expect(messages(lessonWith('video-call', { ...call, incomingCall: { contactId: 'ion' } }, []))).toEqual(
      [],
    );
  });

  it('video call: contacts', () => {
    const scenario = { self: { name: 'M' }, contacts: [{ id: 'ion' }] };
    expect(messages(lessonWith('video-call', scenario, [{ contactId: 'ion', video: true }]))).toEqual([]);
    expect(messages(lessonWith('video-call', scenario, [{ contactId: 'olena' }]))[0]).toContain(
      'waits for contact "olena"',
    );
  });

  it('social network: settings and their options, requests, messages, posts', () => {
    const scenario = {
      settings: [{ id: 'phone', options: [{ id: 'friends' }, { id: 'only-me' }], value: 'friends' }],
      friendRequests: [{ id: 'r-ana' }],
      messages: [{ id: 'msg-money' }],
      feed: [{ id: 'p-away' }],
    };
    const ok: Match[] = [
      { setting: 'phone', value: 'only-me' },
      { requestId: 'r-ana' },
      { accountId: 'r-ana' },
      { messageId: 'msg-money' },
      { postId: 'p-away' },
      { audience: 'friends' },
    ];
    expect(messages(lessonWith('social-privacy', scenario, ok))).toEqual([]);
    const bad: Match[] = [
      { setting: 'phone', value: 'everyone' },
      { setting: 'birthday' },
      { requestId: 'r-x' },
      { postId: 'p-x' },
    ];
    expect(messages(lessonWith('social-privacy', scenario, bad)).map((m) => m.split(': ')[0])).toEqual([
      'steps.0.checkpoints.0.match.value',
      'steps.0.checkpoints.1.match.setting',
      'steps.0.checkpoints.2.match.requestId',
      'steps.0.checkpoints.3.match.postId',
    ]);
  });

  it('e-government portal: services, the form and its fields', () => {
    const scenario = { services: [{ id: 'appeal' }], form: { id: 'appeal-form', fields: [{ id: 'date' }] } };
    expect(
      messages(
        lessonWith('e-government-portal', scenario, [
          { serviceId: 'appeal' },
          { formId: 'appeal-form' },
          { field: 'date' },
        ]),
      ),
    ).toEqual([]);
    expect(
      messages(
        lessonWith('e-government-portal', { services: [] }, [{ formId: 'appeal-form' }, { field: 'date' }]),
      ),
    ).toEqual([
      'steps.0.checkpoints.0.match.formId: checkpoint "c0" waits for form "appeal-form", which the scenario does not have (it has: none)',
      'steps.0.checkpoints.1.match.field: checkpoint "c1" waits for form field "date", which the scenario does not have (it has: none)',
    ]);
  });
});
