import { isMap, isSeq, isScalar, type Document, type LineCounter, type Node } from 'yaml';

export interface ContentIssue {
  file: string;
  line: number;
  message: string;
}

export function formatIssue(i: ContentIssue): string {
  return `${i.file}:${i.line}: ${i.message}`;
}

/** The deepest node along `path` that exists, so a missing field points at its parent. */
export function nodeAt(doc: Document, path: readonly (string | number)[]): Node | null {
  let node: unknown = doc.contents;
  let found = node as Node | null;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === key);
      if (!pair) break;
      node = pair.value ?? pair.key;
    } else if (isSeq(node) && typeof key === 'number') {
      node = node.items[key];
      if (!node) break;
    } else break;
    found = node as Node;
  }
  return found;
}

export function lineOf(doc: Document, lc: LineCounter, path: readonly (string | number)[]): number {
  const node = nodeAt(doc, path);
  const offset = node?.range?.[0] ?? 0;
  return lc.linePos(offset).line;
}
