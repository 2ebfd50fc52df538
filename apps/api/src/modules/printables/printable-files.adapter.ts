import { findMediaFile } from '../catalog/media-files.adapter';

/** Past this a "printable" is not a page to print; refusing it keeps one request cheap. */
export const MAX_PRINTABLE_BYTES = 256 * 1024;

/** The text of a Markdown file in the course's media folder, or null when there is none. */
export async function readPrintableFile(
  contentDir: string,
  courseSlug: string,
  file: string,
): Promise<string | null> {
  const found = await findMediaFile(contentDir, courseSlug, file);
  if (!found) return null;
  if (found.size > MAX_PRINTABLE_BYTES)
    throw new Error(`${courseSlug}/media/${file} is larger than ${MAX_PRINTABLE_BYTES} bytes`);
  const chunks: Buffer[] = [];
  for await (const chunk of found.open()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
