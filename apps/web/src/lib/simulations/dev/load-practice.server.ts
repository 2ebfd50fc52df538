import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import YAML from 'yaml';
import { PRACTICE_TOOLS, type PracticeTool } from '@punte/course-engine';
import type { PracticeStepView } from '../contract';

export interface DevPracticeStep {
  course: string;
  lesson: string;
  step: PracticeStepView;
}

export function isTool(value: string): value is PracticeTool {
  return (PRACTICE_TOOLS as readonly string[]).includes(value);
}

/** The courses folder: PUNTE_CONTENT_DIR, else the repository's content/courses (run from the root or apps/web). */
export function contentDir(env: Record<string, string | undefined>): string {
  const given = env.PUNTE_CONTENT_DIR || env.CONTENT_DIR;
  if (given) return resolve(given);
  const candidates = [join(process.cwd(), 'content/courses'), join(process.cwd(), '../../content/courses')];
  return candidates.find((d) => existsSync(d)) ?? resolve(candidates[1]!);
}

/**
 * Reads the practice steps of one tool straight from the course files (the preview page exists
 * before the lesson API serves them). Content validity is `npm run content:check`'s job.
 */
export function practiceStepsOf(tool: PracticeTool, dir: string): DevPracticeStep[] {
  if (!existsSync(dir)) throw new Error(`content folder ${dir} does not exist`);
  const out: DevPracticeStep[] = [];
  for (const course of readdirSync(dir).sort()) {
    const lessons = join(dir, course, 'lessons');
    if (!existsSync(lessons)) continue;
    for (const file of readdirSync(lessons)
      .filter((f) => f.endsWith('.yaml'))
      .sort()) {
      const lesson = YAML.parse(readFileSync(join(lessons, file), 'utf8')) as {
        id: string;
        steps: Record<string, unknown>[];
      };
      for (const s of lesson.steps ?? []) {
        if (s.kind !== 'practice' || s.tool !== tool) continue;
        const { id, title, intro, success, scenario, checkpoints } = s as unknown as PracticeStepView;
        out.push({
          course,
          lesson: lesson.id,
          step: { id, tool, title, intro, success, scenario, checkpoints },
        });
      }
    }
  }
  return out;
}
