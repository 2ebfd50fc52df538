import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { Controller, Get, Inject, NotFoundException, Param, Res } from '@nestjs/common';
import { type FastifyReply } from 'fastify';
import { Public } from '../../common/access';
import { APP_CONFIG } from '../../config/config.token';
import { type AppConfig } from '../../config/env';

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

export const MEDIA_CSP = "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; sandbox";

/** Serves a course's media folder; nothing outside it, whatever the path says. */
@Controller('media')
export class MediaController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Public('course media (covers, images, captions) is part of the open catalogue')
  @Get(':slug/media/*')
  async media(
    @Param('slug') slug: string,
    @Param('*') path: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const mediaRoot = resolve(this.config.contentDir, slug, 'media');
    const file = resolve(mediaRoot, path);
    const type = MEDIA_TYPES[extname(file).toLowerCase()];
    if (!/^[a-z0-9-]+$/.test(slug) || !file.startsWith(mediaRoot + sep) || !type)
      throw new NotFoundException();
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) throw new NotFoundException();
    await reply
      .header('content-type', type)
      .header('content-length', info.size)
      .header('cache-control', 'public, max-age=3600')
      .header('x-content-type-options', 'nosniff')
      // A script inside an SVG (or any file) must never run in the site's origin.
      .header('content-security-policy', MEDIA_CSP)
      .send(createReadStream(file));
  }
}
