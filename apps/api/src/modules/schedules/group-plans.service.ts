import { Injectable } from '@nestjs/common';
import { NotFoundError } from '../../common/domain-errors';
import { AttendanceService } from '../attendance/attendance.service';
import { parseFields } from './field-errors';
import { type GroupPlanRecord } from './group-plan.schema';
import { GroupPlansRepository } from './group-plans.repository';
import { GroupSessionsService } from './group-sessions.service';
import { type GroupSettings, type GroupSettingsInput, groupSettingsSchema } from './group-settings';

/**
 * A group's plan: validated settings, and its sessions regenerated from the schedule each time it
 * is saved (a date with attendance taken is never dropped).
 */
@Injectable()
export class GroupPlansService {
  constructor(
    private readonly plans: GroupPlansRepository,
    private readonly sessions: GroupSessionsService,
    private readonly attendance: AttendanceService,
  ) {}

  /** Refuses bad input naming each field; returns the settings as stored (capacity for the group record). */
  async save(groupId: string, input: GroupSettingsInput | unknown): Promise<GroupSettings> {
    const settings = parseFields(groupSettingsSchema, input);
    await this.plans.save(groupId, {
      language: settings.language,
      courseSlugs: settings.courseSlugs,
      place: settings.place,
      schedule: settings.schedule,
      whatToBring: settings.whatToBring,
      stuckAfterMinutes: settings.stuckAfterMinutes,
    });
    await this.sessions.plan(groupId, settings.schedule, await this.attendance.datesWithMarks(groupId));
    return settings;
  }

  async get(groupId: string): Promise<GroupPlanRecord> {
    const plan = await this.plans.find(groupId);
    if (!plan) throw new NotFoundError('this group has no schedule yet');
    return plan;
  }

  find(groupId: string): Promise<GroupPlanRecord | null> {
    return this.plans.find(groupId);
  }

  findMany(groupIds: readonly string[]): Promise<GroupPlanRecord[]> {
    return this.plans.findMany(groupIds);
  }

  coTrainedBy(userId: string): Promise<string[]> {
    return this.plans.coTrainedBy(userId);
  }

  async setCoTrainers(groupId: string, userIds: readonly string[]): Promise<void> {
    if (!(await this.plans.setCoTrainers(groupId, [...new Set(userIds)])))
      throw new NotFoundError('this group has no plan yet: save its schedule first');
  }

  async archive(groupId: string, archived: boolean, now: Date): Promise<void> {
    if (!(await this.plans.setArchived(groupId, archived ? now : null)))
      throw new NotFoundError('this group has no plan yet: save its schedule first');
  }
}
