import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum AttendanceStatusEnum {
  present = 'present',
  absent = 'absent',
  upcoming = 'upcoming',
}
registerEnumType(AttendanceStatusEnum, { name: 'AttendanceStatus' });

export enum AttendanceSourceEnum {
  activity = 'activity',
  trainer = 'trainer',
  none = 'none',
}
registerEnumType(AttendanceSourceEnum, {
  name: 'AttendanceSource',
  description: "Who decided: the learner's activity during the session, or the trainer",
});

@ObjectType('AttendanceEntry', { description: "One learner's attendance at one session" })
export class AttendanceEntryModel {
  @Field(() => ID) learnerId: string;
  @Field(() => AttendanceStatusEnum) status: AttendanceStatusEnum;
  @Field(() => AttendanceSourceEnum) source: AttendanceSourceEnum;
}

@ObjectType('GroupSession', { description: 'One meeting of a group, with who came' })
export class GroupSessionModel {
  @Field({ description: "The library's local date, YYYY-MM-DD" }) date: string;
  @Field(() => Date) startsAt: Date;
  @Field(() => Date) endsAt: Date;
  @Field({ description: 'Dropped from the schedule after attendance was taken; kept' }) offSchedule: boolean;
  @Field(() => [AttendanceEntryModel]) attendance: AttendanceEntryModel[];
}
