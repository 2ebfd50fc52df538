import { Inject, Injectable } from '@nestjs/common';
import { type Viewer } from '../../common/access';
import { NotFoundError } from '../../common/domain-errors';
import { APP_CONFIG } from '../../config/config.token';
import { type AppConfig } from '../../config/env';
import { GroupAccessService } from '../groups/group-access.service';
import { GroupMembersRepository } from '../groups/group-members.repository';
import { fileSafe } from '../reports/group-reports.service';
import { type GroupPlanRecord } from '../schedules/group-plan.schema';
import { HandoutsService } from './handouts.service';
import { type JoinHandout } from './models/join-handout.model';

export interface PdfFile {
  fileName: string;
  bytes: Buffer;
}

/** A group's join handout and learner cards, for its trainer and co-trainers, at the install's address. */
@Injectable()
export class GroupHandoutsService {
  constructor(
    private readonly access: GroupAccessService,
    private readonly people: GroupMembersRepository,
    private readonly handouts: HandoutsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async printable(viewer: Viewer, groupId: string): Promise<JoinHandout> {
    const { group, plan } = await this.planned(viewer, groupId);
    const { content, qrSvg } = await this.handouts.printable(group, plan, this.config.publicUrl);
    return { ...content, qrSvg };
  }

  async handoutPdf(viewer: Viewer, groupId: string): Promise<PdfFile> {
    const { group, plan } = await this.planned(viewer, groupId);
    const bytes = await this.handouts.pdf(group, plan, this.config.publicUrl);
    return { fileName: `${fileSafe(group.name)}-${group.joinCode}.pdf`, bytes };
  }

  async cardsPdf(viewer: Viewer, groupId: string): Promise<PdfFile> {
    const { group, plan } = await this.planned(viewer, groupId);
    const learners = await this.people.activeIn(groupId);
    const names = learners.map((l) => l.name);
    const bytes = await this.handouts.cards(group, plan, this.config.publicUrl, names);
    return { fileName: `${fileSafe(group.name)}-cards.pdf`, bytes };
  }

  private async planned(viewer: Viewer, groupId: string) {
    const { group, plan } = await this.access.reach(viewer, groupId, 'view');
    if (!plan) throw new NotFoundError('this group has no plan yet: save its schedule first');
    return { group, plan: plan as GroupPlanRecord };
  }
}
