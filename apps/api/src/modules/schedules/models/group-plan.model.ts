import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { LocaleEnum, type Locale } from '../../../common/contract-enums';

@InputType({ description: "When a group meets, in the library's local time" })
export class ScheduleInput {
  @Field(() => [Int], { description: 'ISO weekdays: 1 is Monday, 7 is Sunday' }) weekdays: number[];
  @Field({ description: 'HH:mm' }) startTime: string;
  @Field({ description: 'HH:mm, after the start' }) endTime: string;
  @Field({ description: 'YYYY-MM-DD' }) firstDate: string;
  @Field({ description: 'YYYY-MM-DD, not before the first date' }) lastDate: string;
  @Field({ description: 'IANA time zone of the library, e.g. Europe/Chisinau' }) timeZone: string;
}

@InputType()
export class PlaceInput {
  @Field() library: string;
  @Field({ defaultValue: '' }) room: string;
  @Field({ defaultValue: '' }) address: string;
}

@InputType({ description: "A group's plan; refused fields are named in extensions.fields" })
export class GroupPlanInput {
  @Field() name: string;
  @Field(() => LocaleEnum) language: Locale;
  @Field(() => [String]) courseSlugs: string[];
  @Field(() => PlaceInput) place: PlaceInput;
  @Field(() => Int, { defaultValue: 10, description: '1 to 50 learners' }) capacity: number;
  @Field({ defaultValue: '' }) whatToBring: string;
  @Field(() => Int, {
    defaultValue: 10,
    description: 'Minutes without progress before the live view flags a learner',
  })
  stuckAfterMinutes: number;
  @Field(() => ScheduleInput) schedule: ScheduleInput;
  @Field(() => [String], {
    nullable: true,
    description: 'Co-trainers by e-mail or account id (trainers or admins); null keeps them as they are',
  })
  coTrainers?: string[] | null;
}

@ObjectType()
export class Schedule {
  @Field(() => [Int]) weekdays: number[];
  @Field() startTime: string;
  @Field() endTime: string;
  @Field() firstDate: string;
  @Field() lastDate: string;
  @Field() timeZone: string;
}

@ObjectType()
export class GroupPlace {
  @Field() library: string;
  @Field() room: string;
  @Field() address: string;
}

@ObjectType({ description: "A group's plan: courses, language, place, schedule, co-trainers, archive" })
export class GroupPlan {
  @Field(() => ID) groupId: string;
  @Field(() => LocaleEnum) language: Locale;
  @Field(() => [String]) courseSlugs: string[];
  @Field(() => GroupPlace) place: GroupPlace;
  @Field(() => Schedule) schedule: Schedule;
  @Field() whatToBring: string;
  @Field(() => Int) stuckAfterMinutes: number;
  @Field(() => [ID]) coTrainerIds: string[];
  @Field(() => Date, { nullable: true }) archivedAt: Date | null;
}
