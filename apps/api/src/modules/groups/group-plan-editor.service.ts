import { Injectable } from '@nestjs/common';
import { Role, type Viewer } from '../../common/access';
import { AuditService } from '../audit/audit.service';
import { type FieldProblem, InvalidFieldsError, parseFields } from '../schedules/field-errors';
import { GroupPlansService } from '../schedules/group-plans.service';
import { type GroupSettings, groupSettingsSchema } from '../schedules/group-settings';
import { type GroupPlanInput } from '../schedules/models/group-plan.model';
import { sessionsOf } from '../schedules/schedule';
import { GroupAccessService } from './group-access.service';
import { GroupMembersRepository } from './group-members.repository';
import { type Group } from './group.model';
import { GroupsRepository } from './groups.repository';
import { GroupsService } from './groups.service';

const MAX_CO_TRAINERS = 10;

/** A group's plan as the trainer edits it: name and capacity on the group, the rest on its plan. */
@Injectable()
export class GroupPlanEditorService {
  constructor(
    private readonly groups: GroupsService,
    private readonly records: GroupsRepository,
    private readonly plans: GroupPlansService,
    private readonly people: GroupMembersRepository,
    private readonly access: GroupAccessService,
    private readonly audit: AuditService,
  ) {}

  /** A group with its plan in one step: nothing is stored unless every field is valid. */
  async createPlanned(viewer: Viewer, input: GroupPlanInput): Promise<Group> {
    const settings = parseFields(groupSettingsSchema, input);
    const coTrainers = await this.coTrainerIds(viewer, input.coTrainers ?? []);
    const endsAt = endOf(settings);
    if (endsAt.getTime() <= Date.now())
      throw new InvalidFieldsError([
        { field: 'schedule.lastDate', problem: 'in-past', message: 'must not be in the past' },
      ]);
    const group = await this.groups.insert(viewer, {
      name: settings.name,
      capacity: settings.capacity,
      endsAt,
    });
    const groupId = String(group._id);
    await this.plans.save(groupId, settings);
    await this.plans.setCoTrainers(groupId, coTrainers);
    return this.groups.get(viewer, groupId);
  }

  /**
   * Saves the plan; the sessions follow the schedule (a date with attendance stays). The capacity
   * may not drop below the learners already in the group.
   */
  async update(viewer: Viewer, groupId: string, input: GroupPlanInput): Promise<Group> {
    const { group, plan } = await this.access.reach(viewer, groupId, 'manage');
    const settings = parseFields(groupSettingsSchema, input);
    const members = group.capacity - group.seatsLeft;
    if (settings.capacity < members)
      throw new InvalidFieldsError([
        {
          field: 'capacity',
          problem: 'below-members',
          message: `must be at least the ${members} learners already in the group`,
          limit: members,
        },
      ]);
    const coTrainers =
      input.coTrainers === null || input.coTrainers === undefined
        ? (plan?.coTrainerIds ?? [])
        : await this.coTrainerIds(viewer, input.coTrainers, group.trainerId);
    const basics = { name: settings.name, capacity: settings.capacity, endsAt: endOf(settings) };
    if (!(await this.records.updateBasics(group._id, group.capacity, basics)))
      throw new InvalidFieldsError([
        { field: 'capacity', problem: 'changed', message: 'someone joined meanwhile; try again' },
      ]);
    await this.plans.save(groupId, settings);
    await this.plans.setCoTrainers(groupId, coTrainers);
    await this.audit.record('GROUP_PLAN_SAVED', { actorId: viewer.userId, detail: { groupId } });
    return this.groups.get(viewer, groupId);
  }

  /** Archived: out of the lists, the code admits no one; everything recorded stays. */
  async archive(viewer: Viewer, groupId: string, archived: boolean): Promise<Group> {
    const { group, plan } = await this.access.reach(viewer, groupId, 'manage');
    const updated = await this.records.setArchived(group._id, archived ? new Date() : null);
    await this.audit.record(archived ? 'GROUP_ARCHIVED' : 'GROUP_RESTORED', {
      actorId: viewer.userId,
      detail: { groupId },
    });
    return this.groups.view(viewer, updated!, plan);
  }

  /**
   * Co-trainers named by e-mail or account id, each a trainer or admin other than the group's own
   * trainer. An unknown one is refused naming its place in the list.
   */
  private async coTrainerIds(viewer: Viewer, given: readonly string[], ownerId = viewer.userId) {
    const wanted = [...new Set(given.map((v) => v.trim()).filter(Boolean))];
    if (wanted.length > MAX_CO_TRAINERS)
      throw new InvalidFieldsError([
        {
          field: 'coTrainers',
          problem: 'too-big',
          message: `must name at most ${MAX_CO_TRAINERS} people`,
          limit: MAX_CO_TRAINERS,
        },
      ]);
    const emails = wanted.filter((v) => v.includes('@'));
    const [byEmail, byId] = await Promise.all([
      this.people.staffByEmails(emails),
      this.people.staffByIds(wanted.filter((v) => !v.includes('@'))),
    ]);
    const problems: FieldProblem[] = [];
    const ids = wanted.flatMap((value, index) => {
      const person = value.includes('@')
        ? byEmail.find((p) => p.email === value.toLowerCase())
        : byId.find((p) => String(p._id) === value);
      const staff = person?.roles.some((r) => r === Role.trainer || r === Role.admin);
      if (!person || !staff) {
        problems.push({
          field: `coTrainers.${index}`,
          problem: 'unknown-trainer',
          message: `${value.slice(0, 120)} is not a trainer of this library`,
        });
        return [];
      }
      return String(person._id) === ownerId ? [] : [String(person._id)];
    });
    if (problems.length) throw new InvalidFieldsError(problems);
    return ids;
  }
}

/** The group stops admitting learners when its last session ends. */
function endOf(settings: GroupSettings): Date {
  return sessionsOf(settings.schedule).at(-1)!.endsAt;
}
