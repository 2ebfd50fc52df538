import { Controller, Get, Param, Res } from '@nestjs/common';
import { type FastifyReply } from 'fastify';
import { CurrentViewer, RequireRoles, Role, SignedIn, type Viewer } from '../../common/access';
import { type PlanPdf, PlansService } from './plans.service';

/** A plan's PDF: plain routes, so a browser can download it; private, never cached by others. */
@Controller('plans')
export class PlanPdfController {
  constructor(private readonly plans: PlansService) {}

  @SignedIn()
  @Get(':slug/:document/:locale')
  async mine(
    @Param('slug') slug: string,
    @Param('document') document: string,
    @Param('locale') locale: string,
    @CurrentViewer() viewer: Viewer,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const plan = await this.plans.mine(viewer, slug, document, locale);
    await send(reply, await this.plans.pdf(plan));
  }

  @RequireRoles(Role.trainer, Role.admin)
  @Get(':slug/:document/:locale/learners/:learnerId')
  async ofLearner(
    @Param('slug') slug: string,
    @Param('document') document: string,
    @Param('locale') locale: string,
    @Param('learnerId') learnerId: string,
    @CurrentViewer() viewer: Viewer,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const plan = await this.plans.ofLearner(viewer, learnerId, slug, document, locale);
    await send(reply, await this.plans.pdf(plan));
  }
}

async function send(reply: FastifyReply, { bytes, fileName }: PlanPdf): Promise<void> {
  await reply
    .header('content-type', 'application/pdf')
    .header('content-length', bytes.length)
    .header('content-disposition', `attachment; filename="${fileName}"`)
    .header('cache-control', 'private, no-store')
    .header('x-content-type-options', 'nosniff')
    .send(bytes);
}
