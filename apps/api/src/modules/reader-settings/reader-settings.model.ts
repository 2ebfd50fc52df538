import { Field, Float, InputType, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'How a person likes to read; applied on every page before it is shown' })
export class ReaderSettings {
  @Field(() => Float, { description: '1 to 2: 100% to 200% of the site’s text size' }) textSize: number;
  @Field() highContrast: boolean;
  @Field() reducedMotion: boolean;
  @Field({ description: 'Wider line and letter spacing' }) wideSpacing: boolean;
  @Field({ description: 'False until the person saves some: then these are the defaults' }) saved: boolean;
}

@InputType()
export class ReaderSettingsInput {
  @Field(() => Float, { description: '1 to 2: 100% to 200% of the site’s text size' }) textSize: number;
  @Field() highContrast: boolean;
  @Field() reducedMotion: boolean;
  @Field() wideSpacing: boolean;
}
