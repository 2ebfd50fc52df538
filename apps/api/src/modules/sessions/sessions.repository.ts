import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { type Model } from 'mongoose';
import { type Role } from '../../common/access';
import { SessionRecord } from './session.schema';

export type SessionView = Pick<
  SessionRecord,
  'userId' | 'roles' | 'idleSeconds' | 'lastSeenAt' | 'expiresAt'
> & {
  _id: unknown;
};

/** The only code that touches the sessions' mongoose model. */
@Injectable()
export class SessionsRepository {
  constructor(@InjectModel(SessionRecord.name) private readonly sessions: Model<SessionRecord>) {}

  /** Returns the new session's id. */
  async insert(session: SessionRecord): Promise<string> {
    const record = await this.sessions.create(session);
    return String(record._id);
  }

  /**
   * Runs on every signed-in request: the driver's collection, one equality on the unique index and a
   * projection; expiry is left to the caller rather than put in the filter.
   */
  findByTokenHash(tokenHash: string): Promise<SessionView | null> {
    return this.sessions.collection.findOne<SessionView>(
      { tokenHash },
      { projection: { userId: 1, roles: 1, idleSeconds: 1, lastSeenAt: 1, expiresAt: 1 } },
    );
  }

  async slide(sessionId: unknown, lastSeenAt: Date, expiresAt: Date): Promise<void> {
    await this.sessions.updateOne({ _id: sessionId }, { $set: { lastSeenAt, expiresAt } });
  }

  async delete(sessionId: string): Promise<void> {
    await this.sessions.deleteOne({ _id: sessionId });
  }

  /** Returns how many sessions ended; `except` keeps that one session. */
  async revokeAllFor(userId: string, except?: string): Promise<number> {
    const filter = except ? { userId, _id: { $ne: except } } : { userId };
    const { deletedCount } = await this.sessions.deleteMany(filter);
    return deletedCount;
  }

  async setRolesFor(userId: string, roles: readonly Role[]): Promise<void> {
    await this.sessions.updateMany({ userId }, { $set: { roles: [...roles] } });
  }
}
