import { Field, InputType } from '@nestjs/graphql';

@InputType({ description: 'A staff member or self-paced learner with an e-mail address' })
export class NewAccountInput {
  @Field() name: string;
  @Field() email: string;
  @Field({ description: 'At least 10 characters, not a common password' }) password: string;
}

@InputType()
export class SignInInput {
  @Field() email: string;
  @Field() password: string;
  @Field({ defaultValue: false, description: 'Staff only: stay signed in for 30 days on this computer' })
  keepSignedIn: boolean;
}
