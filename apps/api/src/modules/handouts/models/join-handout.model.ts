import { Field, ObjectType } from '@nestjs/graphql';
import { LocaleEnum, type Locale } from '../../../common/contract-enums';

@ObjectType({
  description: "The join handout's words in the group's language, for the print page (the PDF says the same)",
})
export class JoinHandout {
  @Field(() => LocaleEnum) language: Locale;
  @Field() library: string;
  @Field() groupName: string;
  @Field() title: string;
  @Field() intro: string;
  @Field() addressLabel: string;
  @Field({ description: 'The page a learner types in, e.g. https://punte.example.org/join' })
  signInAddress: string;
  @Field({ description: "The group's own join page, which the QR code opens" }) joinAddress: string;
  @Field() codeLabel: string;
  @Field() joinCode: string;
  @Field() scanHint: string;
  @Field() stepsTitle: string;
  @Field(() => [String]) steps: string[];
  @Field() scheduleTitle: string;
  @Field() scheduleText: string;
  @Field() placeLabel: string;
  @Field() placeText: string;
  @Field() bringTitle: string;
  @Field() bringText: string;
  @Field({ description: 'The QR code of joinAddress as SVG markup (generated here, safe to inline)' })
  qrSvg: string;
}
