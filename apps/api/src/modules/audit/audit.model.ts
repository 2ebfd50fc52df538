import { Field, ID, ObjectType } from '@nestjs/graphql';
import { AuditEventEnum, type AuditEvent } from './audit-event';

@ObjectType({ description: 'A security event, for admins' })
export class AuditEntry {
  @Field(() => ID) id: string;
  @Field() at: Date;
  @Field(() => AuditEventEnum) event: AuditEvent;
  @Field(() => String, { nullable: true, description: 'Name of who did it, when known' }) actorName:
    string | null;
  @Field(() => String, { nullable: true, description: 'Name of whom it concerned, when known' })
  subjectName: string | null;
  @Field(() => String, { nullable: true }) ip: string | null;
  @Field(() => String, { description: 'Short facts as "key: value" pairs' }) detail: string;
}
