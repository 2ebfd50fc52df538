#!/usr/bin/env node
import { resolve } from 'node:path';
import { LOCALES, type Locale } from '@punte/course-engine';
import { completeness, formatIssue, formatTable, loadAllCourses } from '../index';

function main(argv: string[]): number {
  const i = argv.indexOf('--root');
  const root = resolve(i >= 0 && argv[i + 1] ? argv[i + 1] : 'content');
  const { courses, issues } = loadAllCourses(root);
  for (const issue of issues) console.log(formatIssue(issue));
  const rows = courses.map(completeness);
  const langs = new Map(courses.map((c) => [c.manifest.id, c.manifest.languages as readonly Locale[]]));
  let incomplete = false;
  for (const r of rows)
    for (const l of langs.get(r.courseId) ?? LOCALES) {
      if (r.missing[l].length === 0) continue;
      incomplete = true;
      console.log(`\n${r.courseId}: ${r.missing[l].length} text(s) missing in ${l}`);
      for (const m of r.missing[l]) console.log('  ' + formatIssue(m));
    }
  console.log('\nTranslation completeness:\n' + formatTable(rows, (id) => langs.get(id) ?? LOCALES));
  console.log(
    `\n${courses.length} course(s), ${courses.reduce((n, c) => n + c.lessons.length, 0)} lesson(s), ${issues.length} error(s)${incomplete ? ', translations incomplete' : ''}`,
  );
  return issues.length > 0 || incomplete ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
