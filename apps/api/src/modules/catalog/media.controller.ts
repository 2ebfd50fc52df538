import { Controller, Get, Inject, NotFoundException, Param, Res } from '@nestjs/common';
import { type FastifyReply } from 'fastify';
import { Public } from '../../common/access';
import { APP_CONFIG } from '../../config/config.token';
import { type AppConfig } from '../../config/env';
import { CatalogRepository } from './catalog.repository';
import { findMediaFile } from './media-files.adapter';
import { isPrivateMedia } from './private-media';

export const MEDIA_CSP = "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; sandbox";

/** Serves a course's media folder, except the trainer's guide (see private-media.ts). */
@Controller('media')
export class MediaController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly catalog: CatalogRepository,
  ) {}

  @Public(
    'course media (covers, images, captions) is part of the open catalogue; the trainer guide is refused',
  )
  @Get(':slug/media/*')
  async media(
    @Param('slug') slug: string,
    @Param('*') path: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const file = await findMediaFile(this.config.contentDir, slug, path);
    // Not found, rather than forbidden: the public route does not say the file exists.
    if (!file || isPrivateMedia(await this.catalog.findTrainerGuideSrc(slug), file.relativePath))
      throw new NotFoundException();
    await reply
      .header('content-type', file.type)
      .header('content-length', file.size)
      .header('cache-control', 'public, max-age=3600')
      .header('x-content-type-options', 'nosniff')
      // A script inside an SVG (or any file) must never run in the site's origin.
      .header('content-security-policy', MEDIA_CSP)
      .send(file.open());
  }
}
