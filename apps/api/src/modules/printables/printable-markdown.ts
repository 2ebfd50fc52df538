import MarkdownIt from 'markdown-it';

export type MdToken = MarkdownIt.Token;

/**
 * Course files are written by trusted authors but still checked (markdown-it's safe mode, tightened):
 * `html: false` shows raw HTML as the text it is, images are not rendered (a printable is text), and
 * a link must be http, https or mailto. markdown-it escapes every text and attribute it writes.
 */
const markdown = new MarkdownIt('default', { html: false, linkify: false, typographer: false }).disable([
  'image',
]);
markdown.validateLink = (url) => /^(https?:|mailto:)/i.test(url.trim());

/** A printable's Markdown, parsed once for both the page and the PDF. */
export interface PrintableDocument {
  /** The text of the first top-level heading, or null when the file has none. */
  title: string | null;
  /** The block tokens after the title, headings renumbered from level 2 without gaps. */
  tokens: MdToken[];
}

/**
 * Parses a printable (CommonMark with tables and strikethrough). The first `#` heading becomes the
 * title; the other headings keep their order but lose gaps (a memo written with `###` under `#`
 * becomes h2), so the page's outline skips no level for a screen reader.
 */
export function parsePrintable(source: string): PrintableDocument {
  const tokens = markdown.parse(source, {});
  const titleAt = tokens.findIndex((token) => token.type === 'heading_open' && token.tag === 'h1');
  const title = titleAt >= 0 ? plainText(tokens[titleAt + 1].children) : null;
  // heading_open, inline, heading_close
  if (titleAt >= 0) tokens.splice(titleAt, 3);
  renumberHeadings(tokens);
  markBoxItems(tokens);
  return { title, tokens };
}

function renumberHeadings(tokens: MdToken[]): void {
  const levels = (type: string) => tokens.filter((token) => token.type === type);
  const depths = [...new Set(levels('heading_open').map((token) => Number(token.tag.slice(1))))].sort();
  for (const token of [...levels('heading_open'), ...levels('heading_close')]) {
    token.tag = `h${Math.min(6, 2 + depths.indexOf(Number(token.tag.slice(1))))}`;
  }
}

/** A list item starting with a box to tick gets the `box` class: the page shows the box, not a bullet. */
function markBoxItems(tokens: MdToken[]): void {
  tokens.forEach((token, index) => {
    if (token.type !== 'list_item_open') return;
    const inline = tokens.slice(index + 1, index + 3).find((next) => next.type === 'inline');
    if (inline?.content.trimStart().startsWith('☐')) token.attrJoin('class', 'box');
  });
}

/** Renders block tokens to HTML with the same parser settings (raw HTML already escaped). */
export function renderTokens(tokens: MdToken[]): string {
  return markdown.renderer.render(tokens, markdown.options, {});
}

/** The words of inline tokens without their formatting (a title, a table cell). */
export function plainText(tokens: readonly MdToken[] | null): string {
  if (!tokens) return '';
  return tokens
    .map((token) => {
      if (token.type === 'softbreak') return ' ';
      if (token.type === 'hardbreak') return '\n';
      if (token.children) return plainText(token.children);
      return token.content;
    })
    .join('');
}

/** A block of the document: its kind, the inline tokens of a leaf, the blocks inside it. */
export interface Block {
  type: string;
  tag: string;
  token: MdToken;
  inline: MdToken[];
  children: Block[];
}

/** The flat token stream as a tree of blocks (open/close pairs become a node). */
export function blockTree(tokens: readonly MdToken[]): Block[] {
  const root: Block = { type: 'root', tag: '', token: tokens[0], inline: [], children: [] };
  const stack = [root];
  for (const token of tokens) {
    const parent = stack[stack.length - 1];
    if (token.type === 'inline') parent.inline = token.children ?? [];
    else if (token.nesting === 1) {
      const block = {
        type: token.type.replace(/_open$/, ''),
        tag: token.tag,
        token,
        inline: [],
        children: [],
      };
      parent.children.push(block);
      stack.push(block);
    } else if (token.nesting === -1) stack.pop();
    else parent.children.push({ type: token.type, tag: token.tag, token, inline: [], children: [] });
  }
  return root.children;
}
