import type { Document } from 'bson';
import { MongoError } from './errors';
import { renderValue } from './keys';

/** Server-wide settings that mongod exposes through getParameter/setParameter. */
export interface ServerParameters {
  /** Refuse queries that only a full collection scan could answer, like mongod's `notablescan`. */
  notablescan: boolean;
}

export function defaultParameters(): ServerParameters {
  return { notablescan: false };
}

/** A filter the way mongod prints a parsed query tree in its planner errors (`a $eq 1`). */
function renderTree(filter: Document, depth = 0): string {
  const pad = '    '.repeat(depth);
  const lines: string[] = [];
  for (const [k, v] of Object.entries(filter)) {
    if ((k === '$and' || k === '$or' || k === '$nor') && Array.isArray(v)) {
      lines.push(`${pad}${k}`);
      for (const sub of v) lines.push(renderTree(sub as Document, depth + 1));
    } else if (v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v)[0]?.startsWith('$')) {
      for (const [op, x] of Object.entries(v as Document)) lines.push(`${pad}${k} ${op} ${renderValue(x)}`);
    } else lines.push(`${pad}${k} $eq ${renderValue(v)}`);
  }
  return lines.join('\n');
}

/** mongod's answer (code 291) to a query that needs a collection scan while notablescan is on. */
export function noTableScanError(ns: string, filter: Document, sort?: Document): MongoError {
  return new MongoError(
    291,
    'NoQueryExecutionPlans',
    `error processing query: ns=${ns}Tree: ${renderTree(filter)}\nSort: ${renderValue(sort ?? {})}\nProj: {}\n` +
      " planner returned error :: caused by :: No indexed plans available, and running with 'notablescan'",
  );
}
