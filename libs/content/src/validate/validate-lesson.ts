import {
  nextStepId,
  outcomesOf,
  PRACTICE_EVENTS,
  PRACTICE_TOOLS,
  QUESTION_KINDS,
  STEP_KINDS,
  WORKSHEET_FIELD_TYPES,
  type LessonDefinition,
  type PracticeTool,
  type Question,
  type Step,
  type WorksheetStep,
} from '@punte/course-engine';

// The rules a lesson must follow before the engine runs it. They live with the content loader, not
// in the engine: only authoring tools run them, and the browser bundle should not carry them.

export interface LessonIssue {
  lessonId: string;
  stepId?: string;
  questionId?: string;
  /** Key path inside the lesson object, so tooling can point at the line in the file. */
  path: (string | number)[];
  message: string;
}

type Path = (string | number)[];

class IssueList {
  readonly issues: LessonIssue[] = [];
  constructor(private readonly lessonId: string) {}

  add(path: Path, problem: string, stepId?: string, questionId?: string): void {
    const where = [`lesson "${this.lessonId}"`];
    if (stepId !== undefined) where.push(`step "${stepId}"`);
    if (questionId !== undefined) where.push(`question "${questionId}"`);
    const issue: LessonIssue = { lessonId: this.lessonId, path, message: `${where.join(', ')}: ${problem}` };
    if (stepId !== undefined) issue.stepId = stepId;
    if (questionId !== undefined) issue.questionId = questionId;
    this.issues.push(issue);
  }
}

function checkUniqueIds(
  items: readonly { id?: unknown }[] | undefined,
  path: Path,
  what: string,
  report: (path: Path, msg: string) => void,
): void {
  const seen = new Set<unknown>();
  (items ?? []).forEach((item, i) => {
    if (typeof item?.id !== 'string' || item.id === '') report([...path, i, 'id'], `${what} without an id`);
    else if (seen.has(item.id)) report([...path, i, 'id'], `duplicate ${what} id "${item.id}"`);
    seen.add(item?.id);
  });
}

function optionListOf(q: Question): { key: string; ids: Set<string> } | undefined {
  switch (q.kind) {
    case 'single-choice':
    case 'multiple-choice':
      return { key: 'options', ids: new Set((q.options ?? []).map((o) => o.id)) };
    case 'ordering':
    case 'pick-items':
      return { key: 'items', ids: new Set((q.items ?? []).map((o) => o.id)) };
    case 'true-false':
    case 'short-text':
    case 'number':
    case 'matching':
      return undefined;
  }
}

function checkQuestion(q: Question, path: Path, report: (path: Path, msg: string) => void): void {
  if (!QUESTION_KINDS.includes(q.kind)) {
    report(
      [...path, 'kind'],
      `unknown question kind "${String((q as { kind: unknown }).kind)}" (expected one of ${QUESTION_KINDS.join(', ')})`,
    );
    return;
  }
  const list = optionListOf(q);
  if (list)
    checkUniqueIds(
      (q as unknown as Record<string, { id: string }[]>)[list.key],
      [...path, list.key],
      'option',
      report,
    );
  const missingCorrect = () => report([...path, 'correct'], 'has no correct answer');
  switch (q.kind) {
    case 'single-choice':
      if (typeof q.correct !== 'string') missingCorrect();
      else if (!list?.ids.has(q.correct))
        report([...path, 'correct'], `correct answer "${q.correct}" is not one of its options`);
      break;
    case 'multiple-choice':
    case 'pick-items':
      if (!Array.isArray(q.correct) || q.correct.length === 0) missingCorrect();
      else
        q.correct.forEach((id, i) => {
          if (!list?.ids.has(id))
            report([...path, 'correct', i], `correct answer "${id}" is not one of its ${list?.key}`);
        });
      break;
    case 'true-false':
      if (typeof q.correct !== 'boolean') missingCorrect();
      break;
    case 'number':
      if (typeof q.correct !== 'number' || !Number.isFinite(q.correct)) missingCorrect();
      break;
    case 'short-text':
      if (!q.accepted || !Object.values(q.accepted).some((list) => Array.isArray(list) && list.length > 0))
        report([...path, 'accepted'], 'has no accepted answer');
      break;
    case 'ordering': {
      const order = q.correctOrder ?? [];
      if (order.length === 0) report([...path, 'correctOrder'], 'has no correct order');
      else if (order.length !== list?.ids.size || !order.every((id) => list.ids.has(id)))
        report([...path, 'correctOrder'], 'correct order must list every item exactly once');
      break;
    }
    case 'matching': {
      checkUniqueIds(q.left, [...path, 'left'], 'option', report);
      checkUniqueIds(q.right, [...path, 'right'], 'option', report);
      const left = new Set((q.left ?? []).map((o) => o.id));
      const right = new Set((q.right ?? []).map((o) => o.id));
      if (!Array.isArray(q.pairs) || q.pairs.length === 0) report([...path, 'pairs'], 'has no correct pairs');
      else
        q.pairs.forEach(([l, r], i) => {
          if (!left.has(l) || !right.has(r))
            report([...path, 'pairs', i], `pair [${l}, ${r}] names an option that does not exist`);
        });
      break;
    }
  }
}

function checkWorksheet(step: WorksheetStep, path: Path, report: (path: Path, msg: string) => void): void {
  if (!Array.isArray(step.fields) || step.fields.length === 0) {
    report([...path, 'fields'], 'a worksheet needs at least one field');
    return;
  }
  checkUniqueIds(step.fields, [...path, 'fields'], 'field', report);
  step.fields.forEach((f, i) => {
    const at: Path = [...path, 'fields', i];
    if (!WORKSHEET_FIELD_TYPES.includes(f.type)) {
      report([...at, 'type'], `field "${f.id}" has unknown type "${String(f.type)}"`);
      return;
    }
    if (f.type === 'choice') {
      if (!Array.isArray(f.options) || f.options.length < 2)
        report([...at, 'options'], `choice field "${f.id}" needs at least two options`);
      checkUniqueIds(f.options, [...at, 'options'], 'option', report);
    } else if (f.options !== undefined)
      report([...at, 'options'], `field "${f.id}" is not a choice and takes no options`);
    const isText = f.type === 'short-text' || f.type === 'long-text';
    if (f.maxLength !== undefined && (!isText || !Number.isInteger(f.maxLength) || f.maxLength < 1))
      report([...at, 'maxLength'], `field "${f.id}": maxLength is for text fields, a whole number from 1`);
  });
}

function checkStep(step: Step, path: Path, issues: IssueList): void {
  const report = (p: Path, msg: string, questionId?: string) => issues.add(p, msg, step.id, questionId);
  if (step.kind === 'quiz') {
    if (!Array.isArray(step.questions) || step.questions.length === 0)
      report([...path, 'questions'], 'a quiz needs at least one question');
    checkUniqueIds(step.questions, [...path, 'questions'], 'question', report);
    (step.questions ?? []).forEach((q, i) =>
      checkQuestion(q, [...path, 'questions', i], (p, msg) => report(p, msg, q.id)),
    );
  }
  if (step.kind === 'worksheet') checkWorksheet(step, path, report);
  if (step.kind === 'practice') {
    if (!PRACTICE_TOOLS.includes(step.tool)) {
      report([...path, 'tool'], `unknown practice tool "${String(step.tool)}"`);
      return;
    }
    checkUniqueIds(step.checkpoints, [...path, 'checkpoints'], 'checkpoint', report);
    const known: readonly string[] = PRACTICE_EVENTS[step.tool as PracticeTool];
    (step.checkpoints ?? []).forEach((c, i) => {
      if (!known.includes(c.event))
        report(
          [...path, 'checkpoints', i, 'event'],
          `checkpoint "${c.id}" waits for "${c.event}", which the ${step.tool} simulation never reports`,
        );
    });
  }
}

/** Steps reachable from the first step from which the lesson's end can never be reached. */
function findTraps(lesson: LessonDefinition, index: Map<string, number>): number[] {
  const edges = lesson.steps.map((step, i) =>
    outcomesOf(step)
      .map((o) => nextStepId(lesson, i, o))
      .map((to) => (to === null || index.has(to) ? to : null)),
  );
  // A route to a missing step is reported on its own; here it counts as an exit.
  const reachable = new Set<number>();
  const stack = [0];
  while (stack.length) {
    const i = stack.pop() as number;
    if (reachable.has(i)) continue;
    reachable.add(i);
    for (const to of edges[i] ?? []) if (to !== null) stack.push(index.get(to) as number);
  }
  const canEnd = new Set<number>();
  let grew = true;
  while (grew) {
    grew = false;
    edges.forEach((tos, i) => {
      if (!canEnd.has(i) && tos.some((to) => to === null || canEnd.has(index.get(to) as number))) {
        canEnd.add(i);
        grew = true;
      }
    });
  }
  const leadsBackTo = (start: number): boolean => {
    const seen = new Set<number>();
    const todo = (edges[start] ?? [])
      .filter((to): to is string => to !== null)
      .map((to) => index.get(to) as number);
    while (todo.length) {
      const i = todo.pop() as number;
      if (i === start) return true;
      if (seen.has(i)) continue;
      seen.add(i);
      for (const to of edges[i] ?? []) if (to !== null) todo.push(index.get(to) as number);
    }
    return false;
  };
  // Only the steps of the loop itself are named; the steps leading into it are not at fault.
  return [...reachable].filter((i) => !canEnd.has(i) && leadsBackTo(i)).sort((a, b) => a - b);
}

/** Everything wrong with a lesson definition, before any machine is built. Empty means valid. */
export function validateLesson(lesson: LessonDefinition): LessonIssue[] {
  const issues = new IssueList(typeof lesson?.id === 'string' ? lesson.id : '?');
  if (!Array.isArray(lesson?.steps) || lesson.steps.length === 0) {
    issues.add(['steps'], 'a lesson needs at least one step');
    return issues.issues;
  }
  checkUniqueIds(lesson.steps, ['steps'], 'step', (p, msg) => issues.add(p, msg));
  const index = new Map<string, number>();
  lesson.steps.forEach((s, i) => {
    if (typeof s?.id === 'string' && !index.has(s.id)) index.set(s.id, i);
  });
  lesson.steps.forEach((step, i) => {
    const path: Path = ['steps', i];
    if (!STEP_KINDS.includes(step?.kind)) {
      issues.add(
        [...path, 'kind'],
        `unknown step kind "${String(step?.kind)}" (expected one of ${STEP_KINDS.join(', ')})`,
        step?.id,
      );
      return;
    }
    if (step.next !== undefined && !index.has(step.next))
      issues.add([...path, 'next'], `next step "${step.next}" does not exist`, step.id);
    (step.routes ?? []).forEach((r, j) => {
      if (!index.has(r.to))
        issues.add(
          [...path, 'routes', j, 'to'],
          `route on "${r.on}" goes to missing step "${r.to}"`,
          step.id,
        );
      if (!outcomesOf(step).includes(r.on))
        issues.add([...path, 'routes', j, 'on'], `a ${step.kind} step never ends with "${r.on}"`, step.id);
    });
    checkStep(step, path, issues);
  });
  const traps = findTraps(lesson, index);
  if (traps.length) {
    const ids = traps.map((i) => lesson.steps[i]?.id);
    for (const i of traps)
      issues.add(
        ['steps', i],
        `is in a cycle with no exit: from steps ${ids.map((id) => `"${id}"`).join(', ')} the lesson can never end`,
        lesson.steps[i]?.id,
      );
  }
  return issues.issues;
}
