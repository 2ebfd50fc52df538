import { Controller, Get, Param, Res } from '@nestjs/common';
import { type FastifyReply } from 'fastify';
import { Public } from '../../common/access';
import { PrintablesService } from './printables.service';

/** The PDF of a printable: a plain route, so a browser can download it. */
@Controller('printables')
export class PrintablePdfController {
  constructor(private readonly printables: PrintablesService) {}

  @Public('a course download is part of the open catalogue, like the course page that lists it')
  @Get(':slug/:name/:locale')
  async pdf(
    @Param('slug') slug: string,
    @Param('name') name: string,
    @Param('locale') locale: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { bytes, fileName } = await this.printables.pdf(slug, name, locale);
    await reply
      .header('content-type', 'application/pdf')
      .header('content-length', bytes.length)
      .header('content-disposition', `attachment; filename="${fileName}"`)
      .header('cache-control', 'public, max-age=3600')
      .header('x-content-type-options', 'nosniff')
      .send(bytes);
  }
}
