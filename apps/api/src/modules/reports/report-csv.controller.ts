import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { type FastifyReply } from 'fastify';
import { CurrentViewer, RequireRoles, Role, type Viewer } from '../../common/access';
import { GroupReportsService } from './group-reports.service';
import { attachment, localeParam } from './http-download';

/** The group report as CSV: a plain GET, so the browser downloads it with the session cookie. */
@Controller('groups')
export class ReportCsvController {
  constructor(private readonly reports: GroupReportsService) {}

  /** GET /groups/:groupId/report.csv?lang=ro — UTF-8 with a byte-order mark, columns in `lang`. */
  @RequireRoles(Role.trainer, Role.admin)
  @Get(':groupId/report.csv')
  async csv(
    @CurrentViewer() viewer: Viewer,
    @Param('groupId') groupId: string,
    @Query('lang') lang: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { fileName, text } = await this.reports.csv(viewer, groupId, localeParam(lang));
    await attachment(reply, 'text/csv; charset=utf-8', fileName, Buffer.from(text, 'utf8'));
  }
}
