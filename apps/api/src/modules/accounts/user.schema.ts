import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { type HydratedDocument } from 'mongoose';
import { Role } from '../../common/access';

/**
 * A person. Staff and self-paced learners have an e-mail and a password; learners who joined a
 * group have a first name (and last initial) unique in that group, and a PIN.
 */
@Schema({ collection: 'users', timestamps: true })
export class UserRecord {
  @Prop({ required: true }) name: string;
  /** Lower-cased; absent for learners who joined a group without one. */
  @Prop() email?: string;
  @Prop({ type: [String], enum: Object.values(Role), required: true }) roles: Role[];
  @Prop() passwordHash?: string;
  @Prop() pinHash?: string;
  @Prop() groupId?: string;
  /** `<groupId>:<name in lower case>`: unique, so two learners of a group never share a name. */
  @Prop() groupNameKey?: string;
  @Prop({ default: true }) active: boolean;
  createdAt?: Date;
}
export type UserDocument = HydratedDocument<UserRecord>;
export const UserSchema = SchemaFactory.createForClass(UserRecord);
UserSchema.index({ email: 1 }, { unique: true, partialFilterExpression: { email: { $exists: true } } });
UserSchema.index(
  { groupNameKey: 1 },
  { unique: true, partialFilterExpression: { groupNameKey: { $exists: true } } },
);
UserSchema.index({ groupId: 1 });
