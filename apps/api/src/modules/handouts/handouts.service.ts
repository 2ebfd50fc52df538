import { Injectable } from '@nestjs/common';
import { type GroupPlanRecord } from '../schedules/group-plan.schema';
import { type HandoutContent, handoutContent } from './handout-content';
import { joinAddresses } from './handout-input';
import { qrSvg } from './join-qr';
import { joinHandoutPdf } from './join-handout';
import { learnerCardsPdf } from './learner-cards';

/** The group as the accounts module knows it: its name and join code. */
export interface HandoutGroupBasics {
  name: string;
  joinCode: string;
}

/** The printable join handout (PDF and print page) and learner cards of a group, in its language. */
@Injectable()
export class HandoutsService {
  content(group: HandoutGroupBasics, plan: GroupPlanRecord, publicUrl: string): HandoutContent {
    return handoutContent(
      {
        name: group.name,
        joinCode: group.joinCode,
        language: plan.language,
        place: plan.place,
        schedule: plan.schedule,
        whatToBring: plan.whatToBring,
      },
      joinAddresses(publicUrl, group.joinCode),
    );
  }

  async printable(
    group: HandoutGroupBasics,
    plan: GroupPlanRecord,
    publicUrl: string,
  ): Promise<{ content: HandoutContent; qrSvg: string }> {
    const content = this.content(group, plan, publicUrl);
    return { content, qrSvg: await qrSvg(content.joinAddress) };
  }

  pdf(group: HandoutGroupBasics, plan: GroupPlanRecord, publicUrl: string): Promise<Buffer> {
    return joinHandoutPdf(this.content(group, plan, publicUrl));
  }

  /** Cards carry the group's own sign-in page, where the learner picks their name; never a PIN. */
  cards(
    group: HandoutGroupBasics,
    plan: GroupPlanRecord,
    publicUrl: string,
    learnerNames: string[],
  ): Promise<Buffer> {
    return learnerCardsPdf({
      groupName: group.name,
      language: plan.language,
      signInAddress: joinAddresses(publicUrl, group.joinCode).join,
      learnerNames,
    });
  }
}
