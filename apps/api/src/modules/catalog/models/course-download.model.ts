import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: "A file the course's summary steps offer, in the asked language" })
export class CourseDownload {
  @Field() title: string;
  @Field({ description: 'Where the web app shows it: a printable page, or the file itself' }) href: string;
}
