import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description: "A plan the learner assembles from the course's worksheets (course.yaml documents)",
})
export class CoursePlan {
  @Field({ description: 'The document id, as in /courses/<slug>/plan/<id>' }) id: string;
  @Field() title: string;
  @Field({ description: "Where the web app shows the learner's plan" }) href: string;
}
