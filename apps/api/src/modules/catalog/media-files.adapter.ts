import { createReadStream, type ReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, relative, resolve, sep } from 'node:path';

const MEDIA_TYPES: Record<string, string> = {
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.vtt': 'text/vtt; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.pdf': 'application/pdf',
};

export interface MediaFile {
  type: string;
  /** Inside the course folder, with forward slashes: `media/…`. */
  relativePath: string;
  size: number;
  open(): ReadStream;
}

/** A file of a course's media folder, or null: nothing outside that folder, whatever the path says. */
export async function findMediaFile(
  contentDir: string,
  slug: string,
  path: string,
): Promise<MediaFile | null> {
  const mediaRoot = resolve(contentDir, slug, 'media');
  const file = resolve(mediaRoot, path);
  const type = MEDIA_TYPES[extname(file).toLowerCase()];
  if (!/^[a-z0-9-]+$/.test(slug) || !file.startsWith(mediaRoot + sep) || !type) return null;
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) return null;
  const relativePath = relative(resolve(contentDir, slug), file).split(sep).join('/');
  return { type, relativePath, size: info.size, open: () => createReadStream(file) };
}
