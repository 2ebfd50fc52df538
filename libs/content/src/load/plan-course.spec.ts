import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatIssue } from './issue';
import { loadCourse } from './load-course';

const fixture = join(__dirname, '../__fixtures__/plan');

/** A scratch copy of the fixture course (folder named `plan`, as its id requires) to break on purpose. */
function scratch(): { dir: string; root: string; edit: (file: string, from: string, to: string) => void } {
  const root = mkdtempSync(join(tmpdir(), 'punte-plan-'));
  const dir = join(root, 'plan');
  cpSync(fixture, dir, { recursive: true });
  const edit = (file: string, from: string, to: string) => {
    const path = join(dir, file);
    const text = readFileSync(path, 'utf8');
    if (!text.includes(from)) throw new Error(`${file} has no ${from}`);
    writeFileSync(path, text.replace(from, to));
  };
  return { dir, root, edit };
}

const issuesOf = (dir: string, cwd: string) => loadCourse(dir, cwd).issues.map(formatIssue);

describe('a course with a worksheet, a document and a one-language download', () => {
  let s: ReturnType<typeof scratch>;
  beforeEach(() => (s = scratch()));
  afterEach(() => rmSync(s.root, { recursive: true, force: true }));

  it('loads without issues, the worksheet and the document intact', () => {
    const { course, issues } = loadCourse(s.dir, s.root);
    expect(issues).toEqual([]);
    expect(course?.manifest.documents?.map((d) => d.id)).toEqual(['service-plan']);
    const sheet = course?.lessons[0]?.steps[0];
    expect(sheet).toMatchObject({ kind: 'worksheet', document: 'service-plan' });
    expect(sheet?.kind === 'worksheet' && sheet.fields.map((f) => f.type)).toEqual([
      'short-text',
      'choice',
      'date',
    ]);
  });

  it("keeps the trainer's guide, and wants it in every course language, at its line", () => {
    expect(loadCourse(s.dir, s.root).course?.manifest.trainerGuide).toEqual({
      src: 'media/guide.{locale}.md',
    });
    unlinkSync(join(s.dir, 'media/guide.en.md'));
    writeFileSync(join(s.dir, 'media/guide.ro.md'), '# Ghid\n\n- [ ] Pregătiți sala\n');
    expect(issuesOf(s.dir, s.root)).toEqual([
      'plan/media/guide.ro.md:3: a printable download uses a "- [ ]" checkbox; write a plain list item or ☐',
      'plan/course.yaml:17: media file media/guide.en.md (the en version of media/guide.{locale}.md) does not exist',
    ]);
  });

  it('rejects a worksheet naming an unknown document, and the document nobody names, with file and line', () => {
    s.edit('lessons/idea.yaml', 'document: service-plan', 'document: activity-plan');
    expect(issuesOf(s.dir, s.root)).toEqual([
      'plan/lessons/idea.yaml:9: worksheet "service-idea" names document "activity-plan", which course.yaml does not declare under documents',
      'plan/course.yaml:9: document "service-plan" is named by no worksheet step',
    ]);
  });

  it('rejects a document declared twice', () => {
    s.edit(
      'course.yaml',
      'modules:',
      '  - {id: service-plan, title: {ro: a, ru: a, uk: a, pl: a, en: a}}\nmodules:',
    );
    expect(issuesOf(s.dir, s.root)).toEqual([
      'plan/course.yaml:12: document "service-plan" is declared twice',
    ]);
  });

  it('rejects a worksheet without fields at the line of the step', () => {
    const path = join(s.dir, 'lessons/idea.yaml');
    const text = readFileSync(path, 'utf8');
    writeFileSync(
      path,
      text.slice(0, text.indexOf('    fields:')) +
        '    fields: []\n' +
        text.slice(text.indexOf('  - id: done')),
    );
    expect(issuesOf(s.dir, s.root)).toEqual([
      'plan/lessons/idea.yaml:10: steps.0.fields: a worksheet needs at least one field',
    ]);
  });

  it('wants a {locale} download in every course language', () => {
    unlinkSync(join(s.dir, 'media/memo.en.md'));
    expect(issuesOf(s.dir, s.root)).toEqual([
      'plan/lessons/idea.yaml:28: media file media/memo.en.md (the en version of media/memo.{locale}.md) does not exist',
    ]);
  });

  it('rejects "- [ ]" checkboxes in a one-language download, at their line', () => {
    writeFileSync(
      join(s.dir, 'media/memo.ro.md'),
      '# Memo\n\n- [ ] Pasul unu\n* [x] Pasul doi\n- ☐ Pasul trei\n',
    );
    expect(issuesOf(s.dir, s.root)).toEqual([
      'plan/media/memo.ro.md:3: a printable download uses a "- [ ]" checkbox; write a plain list item or ☐',
      'plan/media/memo.ro.md:4: a printable download uses a "- [ ]" checkbox; write a plain list item or ☐',
    ]);
  });

  it("rejects a course time that disagrees with its lessons' sum, at its line", () => {
    s.edit('course.yaml', 'estimatedMinutes: 10', 'estimatedMinutes: 12');
    expect(issuesOf(s.dir, s.root)).toEqual([
      'plan/course.yaml:7: estimatedMinutes is 12, but the 1 lessons add up to 10: make them agree',
    ]);
  });

  it('rejects a real address and a checkpoint naming a missing contact in a scenario, at their lines', () => {
    s.edit('course.yaml', 'estimatedMinutes: 10', 'estimatedMinutes: 15');
    s.edit('course.yaml', 'lessons: [idea]', 'lessons: [idea, call]');
    writeFileSync(
      join(s.dir, 'lessons/call.yaml'),
      [
        'id: call',
        'title: &t {ro: a, ru: a, uk: a, pl: a, en: a}',
        'estimatedMinutes: 5',
        'steps:',
        '  - id: call',
        '    kind: practice',
        '    tool: email',
        '    title: *t',
        '    intro: *t',
        '    scenario:',
        '      contacts:',
        '        - {id: ion, name: Ion, address: ion@exemplu.md}',
        '    checkpoints:',
        '      - id: sent',
        '        event: message.sent',
        '        match: {to: ana@example.org}',
        '        guidance: *t',
        '',
      ].join('\n'),
    );
    expect(issuesOf(s.dir, s.root)).toEqual([
      'plan/lessons/call.yaml:12: scenario address "ion@exemplu.md" is a real domain: use example.org, example.com, example.net, *.example or *.test',
      'plan/lessons/call.yaml:16: checkpoint "sent" waits for contact or sender address "ana@example.org", which the scenario does not have (it has: ion@exemplu.md)',
    ]);
  });
});
