import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { GroupPlan } from '../schedules/models/group-plan.model';

@ObjectType({ description: 'A learner of a group, as the trainer sees them' })
export class GroupMember {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => Date, { nullable: true, description: 'Too many wrong PINs: locked until then' })
  lockedUntil: Date | null;
}

@ObjectType({ description: 'A trainer or volunteer helping with a group' })
export class GroupStaffMember {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => String, { nullable: true }) email: string | null;
}

@ObjectType({ description: "A trainer's group, its join code and members" })
export class Group {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() joinCode: string;
  @Field({ description: 'Web path learners open to join and later to sign in, e.g. /join/ABCD2345' })
  joinPath: string;
  @Field(() => Int) capacity: number;
  @Field(() => Int) memberCount: number;
  @Field(() => Date, { nullable: true }) endsAt: Date | null;
  @Field({ description: 'The code admits no one new: the group is full, has ended or is archived' })
  closed: boolean;
  @Field(() => ID) trainerId: string;
  @Field(() => Date, { nullable: true, description: 'Archived: out of the list, admits no one; kept' })
  archivedAt: Date | null;
  @Field({ description: 'The viewer may change the plan, archive, move or remove learners (trainer, admin)' })
  canManage: boolean;
  @Field(() => GroupPlan, {
    nullable: true,
    description: 'Courses, language, place, schedule; null until the trainer saves one',
  })
  plan: GroupPlan | null;
  @Field(() => [GroupStaffMember], { description: 'Volunteers who see the group as its trainer does' })
  coTrainers: GroupStaffMember[];
}

@ObjectType({ description: "A learner's name button on the group's sign-in page" })
export class RosterMember {
  @Field(() => ID) id: string;
  @Field() name: string;
}

@ObjectType({ description: 'What the join link shows before anyone signs in' })
export class GroupRoster {
  @Field() groupName: string;
  @Field({ description: 'The code still admits new learners' }) admitting: boolean;
  @Field(() => [RosterMember]) members: RosterMember[];
}

@InputType()
export class NewGroupInput {
  @Field() name: string;
  @Field(() => Int, { defaultValue: 10, description: '1 to 50 learners' }) capacity: number;
  @Field(() => Date, { nullable: true, description: 'After this the join code admits no one' })
  endsAt?: Date | null;
}

@InputType({ description: 'A learner joining with the code their trainer gave them' })
export class JoinGroupInput {
  @Field() code: string;
  @Field() firstName: string;
  @Field(() => String, { nullable: true, description: 'Asked only when the first name is taken' })
  lastInitial?: string | null;
  @Field({ description: '4 digits' }) pin: string;
  @Field({ description: 'The same 4 digits again' }) pinRepeat: string;
}

@InputType({ description: "The trainer's word on one learner at one session" })
export class AttendanceMarkInput {
  @Field(() => ID) learnerId: string;
  @Field() present: boolean;
}
