import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { type Model } from 'mongoose';
import { type Role, type Viewer } from '../../common/access';
import { idleSecondsFor, SLIDE_AFTER_SECONDS } from './session-lifetime';
import { SessionRecord } from './session.schema';
import { hashToken, isTokenShaped, newSessionToken } from './session-token';

type SessionView = Pick<SessionRecord, 'userId' | 'roles' | 'idleSeconds' | 'lastSeenAt' | 'expiresAt'> & {
  _id: unknown;
};

export interface StartedSession {
  token: string;
  sessionId: string;
  maxAgeSeconds: number;
}

@Injectable()
export class SessionsService {
  constructor(@InjectModel(SessionRecord.name) private readonly sessions: Model<SessionRecord>) {}

  async start(userId: string, roles: readonly Role[], keepSignedIn = false): Promise<StartedSession> {
    const token = newSessionToken();
    const now = new Date();
    const idleSeconds = idleSecondsFor(roles, keepSignedIn);
    const record = await this.sessions.create({
      tokenHash: hashToken(token),
      userId,
      roles: [...roles],
      idleSeconds,
      expiresAt: new Date(now.getTime() + idleSeconds * 1000),
      lastSeenAt: now,
      createdAt: now,
    });
    return { token, sessionId: String(record._id), maxAgeSeconds: idleSeconds };
  }

  /** The viewer a cookie's token stands for, or null when it is unknown, ended or malformed. */
  async viewerOf(token: unknown): Promise<Viewer | null> {
    if (!isTokenShaped(token)) return null;
    const now = Date.now();
    // Runs on every signed-in request: the driver's collection, one equality on the unique index and
    // a projection; the expiry is checked here rather than in the filter.
    const session = await this.sessions.collection.findOne<SessionView>(
      { tokenHash: hashToken(token) },
      { projection: { userId: 1, roles: 1, idleSeconds: 1, lastSeenAt: 1, expiresAt: 1 } },
    );
    if (!session || session.expiresAt.getTime() <= now) return null;
    if (now - session.lastSeenAt.getTime() > SLIDE_AFTER_SECONDS * 1000) {
      await this.sessions.updateOne(
        { _id: session._id },
        { $set: { lastSeenAt: new Date(now), expiresAt: new Date(now + session.idleSeconds * 1000) } },
      );
    }
    return { userId: session.userId, roles: session.roles, sessionId: String(session._id) };
  }

  async end(sessionId: string): Promise<void> {
    await this.sessions.deleteOne({ _id: sessionId });
  }

  /** Sign out everywhere, deactivation, password reset; `except` keeps the caller's own session. */
  async endAllOf(userId: string, except?: string): Promise<number> {
    const filter = except ? { userId, _id: { $ne: except } } : { userId };
    const { deletedCount } = await this.sessions.deleteMany(filter);
    return deletedCount;
  }

  async updateRoles(userId: string, roles: readonly Role[]): Promise<void> {
    await this.sessions.updateMany({ userId }, { $set: { roles: [...roles] } });
  }
}
