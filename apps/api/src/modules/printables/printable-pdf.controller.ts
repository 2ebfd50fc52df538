import { Controller, Get, Param, Res } from '@nestjs/common';
import { type FastifyReply } from 'fastify';
import { Public, RequireRoles, Role } from '../../common/access';
import { type PrintablePdf, PrintablesService } from './printables.service';

/** The PDF of a printable: a plain route, so a browser can download it. */
@Controller('printables')
export class PrintablePdfController {
  constructor(private readonly printables: PrintablesService) {}

  @RequireRoles(Role.trainer, Role.admin)
  @Get(':slug/trainer-guide/:locale')
  async trainerGuide(
    @Param('slug') slug: string,
    @Param('locale') locale: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await send(reply, await this.printables.trainerGuidePdf(slug, locale), 'private, max-age=3600');
  }

  @Public('a course download is part of the open catalogue, like the course page that lists it')
  @Get(':slug/:name/:locale')
  async pdf(
    @Param('slug') slug: string,
    @Param('name') name: string,
    @Param('locale') locale: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await send(reply, await this.printables.pdf(slug, name, locale), 'public, max-age=3600');
  }
}

async function send(reply: FastifyReply, { bytes, fileName }: PrintablePdf, cache: string): Promise<void> {
  await reply
    .header('content-type', 'application/pdf')
    .header('content-length', bytes.length)
    .header('content-disposition', `attachment; filename="${fileName}"`)
    .header('cache-control', cache)
    .header('x-content-type-options', 'nosniff')
    .send(bytes);
}
