import { type MdToken, renderTokens } from './printable-markdown';

/**
 * The printable's tokens as HTML for the page. Safe by construction: the parser (see
 * printable-markdown.ts) emits no raw HTML, no image and no link outside http, https and mailto,
 * and escapes every text; the only attributes are href, start and the `box` class.
 */
export function printableHtml(tokens: MdToken[]): string {
  return renderTokens(tokens).replace(/<th>/g, '<th scope="col">');
}
