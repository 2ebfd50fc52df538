import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '../../common/access';

@ObjectType({ description: 'The signed-in person, as they see themselves' })
export class Account {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => String, { nullable: true }) email: string | null;
  @Field(() => [Role]) roles: Role[];
  @Field(() => ID, { nullable: true, description: 'The group a learner joined with a code' })
  groupId: string | null;
}

@ObjectType({ description: 'What the first page needs to know before anyone signs in' })
export class SetupStatus {
  @Field({ description: 'No administrator exists yet: the web app offers to create one' })
  needsFirstAdmin: boolean;
  @Field({ description: 'Self-paced learners may create their own account' })
  openSignUp: boolean;
}

@ObjectType({ description: 'A person, as an administrator sees them' })
export class Person {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => String, { nullable: true }) email: string | null;
  @Field(() => [Role]) roles: Role[];
  @Field() active: boolean;
  @Field(() => ID, { nullable: true }) groupId: string | null;
  @Field(() => Date, { nullable: true }) createdAt: Date | null;
}

@ObjectType({ description: 'A one-use link for the admin to copy, print or (with SMTP) e-mail' })
export class IssuedLink {
  @Field() url: string;
  @Field() expiresAt: Date;
  @Field({ description: 'Also sent by e-mail (only when SMTP is configured)' }) emailed: boolean;
}
