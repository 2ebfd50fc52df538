import { Injectable } from '@nestjs/common';
import { type Role, type Viewer } from '../../common/access';
import { idleSecondsFor, SLIDE_AFTER_SECONDS } from './session-lifetime';
import { hashToken, isTokenShaped, newSessionToken } from './session-token';
import { SessionsRepository } from './sessions.repository';

export interface StartedSession {
  token: string;
  sessionId: string;
  maxAgeSeconds: number;
}

@Injectable()
export class SessionsService {
  constructor(private readonly sessions: SessionsRepository) {}

  async start(userId: string, roles: readonly Role[], keepSignedIn = false): Promise<StartedSession> {
    const token = newSessionToken();
    const now = new Date();
    const idleSeconds = idleSecondsFor(roles, keepSignedIn);
    const sessionId = await this.sessions.insert({
      tokenHash: hashToken(token),
      userId,
      roles: [...roles],
      idleSeconds,
      expiresAt: new Date(now.getTime() + idleSeconds * 1000),
      lastSeenAt: now,
      createdAt: now,
    });
    return { token, sessionId, maxAgeSeconds: idleSeconds };
  }

  /** The viewer a cookie's token stands for, or null when it is unknown, ended or malformed. */
  async viewerOf(token: unknown): Promise<Viewer | null> {
    if (!isTokenShaped(token)) return null;
    const now = Date.now();
    const session = await this.sessions.findByTokenHash(hashToken(token));
    if (!session || session.expiresAt.getTime() <= now) return null;
    if (now - session.lastSeenAt.getTime() > SLIDE_AFTER_SECONDS * 1000) {
      await this.sessions.slide(session._id, new Date(now), new Date(now + session.idleSeconds * 1000));
    }
    return { userId: session.userId, roles: session.roles, sessionId: String(session._id) };
  }

  async end(sessionId: string): Promise<void> {
    await this.sessions.delete(sessionId);
  }

  /** Sign out everywhere, deactivation, password reset; `except` keeps the caller's own session. */
  async endAllOf(userId: string, except?: string): Promise<number> {
    return this.sessions.revokeAllFor(userId, except);
  }

  async updateRoles(userId: string, roles: readonly Role[]): Promise<void> {
    await this.sessions.setRolesFor(userId, roles);
  }
}
