const PRINTABLE_SRC = /^media\/([a-z0-9-]+)\.\{locale\}\.md$/;

/**
 * Where a summary step's download opens. A `{locale}` Markdown file is a printable: its page in
 * the learner's language (with a print stylesheet and a PDF link). Any other file is served as it
 * is through the media proxy. The API's course `downloads` follow the same rule.
 */
export function downloadHref(courseSlug: string, src: string, locale: string): string {
  const name = PRINTABLE_SRC.exec(src)?.[1];
  if (name) return `/courses/${courseSlug}/downloads/${name}?lang=${locale}`;
  return `/media/${courseSlug}/${src.replaceAll('{locale}', locale)}`;
}

/** The PDF of a printable, in the language of the text shown on its page. */
export function pdfHref(courseSlug: string, name: string, locale: string): string {
  return `/courses/${courseSlug}/downloads/${name}/pdf?lang=${locale}`;
}

/** Course ids and download names: lowercase letters, digits and hyphens. */
export function isDownloadName(value: string): boolean {
  return /^[a-z0-9-]{1,80}$/.test(value);
}
