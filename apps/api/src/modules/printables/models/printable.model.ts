import { Field, ObjectType } from '@nestjs/graphql';
import { LocaleEnum, type Locale } from '../../../common/contract-enums';

@ObjectType({ description: 'A course download as a page to print, in one language' })
export class Printable {
  @Field() courseSlug: string;
  @Field() courseTitle: string;
  @Field({ description: 'The download name, as in /courses/<slug>/downloads/<name>' }) name: string;
  @Field({ description: 'The title of the document (its first heading, else its label)' }) title: string;
  @Field({ description: 'How the course names the download' }) label: string;
  @Field(() => LocaleEnum, {
    description: 'The language of the text: the one asked for, or the course fallback when it lacks it',
  })
  locale: Locale;
  @Field({ description: 'The text as HTML: no raw HTML, script, image or non-http(s)/mailto link' })
  html: string;
}
