#!/usr/bin/env node
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LOCALES } from '@punte/course-engine';
import { parse } from 'yaml';
import { addCounts, countWords, wordsOf, type WordCounts } from '../load/word-counts';

/**
 * Words per course and language: the course and lesson files (what the learner reads in the
 * player), and the one-language downloads and guides (`media/<name>.<locale>.md`) apart.
 * Reads the files as they are, so an older checkout can be counted too: `--root <content dir>`.
 */
function main(argv: string[]): number {
  const i = argv.indexOf('--root');
  const root = resolve(i >= 0 && argv[i + 1] ? argv[i + 1] : 'content');
  const courses = join(root, 'courses');
  const rows: string[] = [];
  const pad = (text: string | number, width: number) => String(text).padStart(width);
  rows.push(`${'course'.padEnd(30)} ${'part'.padEnd(10)} ${LOCALES.map((l) => pad(l, 7)).join(' ')}`);
  for (const slug of readdirSync(courses).sort()) {
    const folder = join(courses, slug);
    if (!existsSync(join(folder, 'course.yaml'))) continue;
    let lessons = wordsOf(parse(readFileSync(join(folder, 'course.yaml'), 'utf8')));
    const lessonDir = join(folder, 'lessons');
    for (const file of existsSync(lessonDir) ? readdirSync(lessonDir) : [])
      if (file.endsWith('.yaml'))
        lessons = wordsOf(parse(readFileSync(join(lessonDir, file), 'utf8')), lessons);
    const media = Object.fromEntries(LOCALES.map((l) => [l, 0])) as WordCounts;
    const mediaDir = join(folder, 'media');
    for (const file of existsSync(mediaDir) ? readdirSync(mediaDir) : []) {
      const locale = LOCALES.find((l) => file.endsWith(`.${l}.md`));
      if (locale) media[locale] += countWords(readFileSync(join(mediaDir, file), 'utf8'));
    }
    const line = (part: string, counts: WordCounts) =>
      `${slug.padEnd(30)} ${part.padEnd(10)} ${LOCALES.map((l) => pad(counts[l], 7)).join(' ')}`;
    rows.push(line('lessons', lessons), line('downloads', media), line('total', addCounts(lessons, media)));
  }
  console.log(rows.join('\n'));
  return 0;
}

process.exitCode = main(process.argv.slice(2));
