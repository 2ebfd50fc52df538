import { Controller, Get, Param, Res } from '@nestjs/common';
import { type FastifyReply } from 'fastify';
import { CurrentViewer, RequireRoles, Role, type Viewer } from '../../common/access';
import { attachment } from '../reports/http-download';
import { GroupHandoutsService } from './group-handouts.service';

/** The handout and the learner cards as PDF downloads (A4, the group's language). */
@Controller('groups')
export class HandoutsController {
  constructor(private readonly handouts: GroupHandoutsService) {}

  /** GET /groups/:groupId/handout.pdf */
  @RequireRoles(Role.trainer, Role.admin)
  @Get(':groupId/handout.pdf')
  async handout(
    @CurrentViewer() viewer: Viewer,
    @Param('groupId') groupId: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { fileName, bytes } = await this.handouts.handoutPdf(viewer, groupId);
    await attachment(reply, 'application/pdf', fileName, bytes);
  }

  /** GET /groups/:groupId/cards.pdf — one card per learner; never a PIN. */
  @RequireRoles(Role.trainer, Role.admin)
  @Get(':groupId/cards.pdf')
  async cards(
    @CurrentViewer() viewer: Viewer,
    @Param('groupId') groupId: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { fileName, bytes } = await this.handouts.cardsPdf(viewer, groupId);
    await attachment(reply, 'application/pdf', fileName, bytes);
  }
}
