import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '../../config/config.token';
import { type AppConfig } from '../../config/env';
import { RefusedInputError } from '../security/auth-errors';
import { hashToken, newSessionToken } from '../sessions/session-token';
import { type AccountLinkKind, type AccountLinkRecord } from './account-link.schema';
import { AccountLinksRepository } from './account-links.repository';

const DAY_MS = 24 * 3600 * 1000;

const LINK_PATHS: Record<AccountLinkKind, string> = {
  invitation: '/sign-in/invitation/',
  reset: '/sign-in/reset/',
};

/** One-use links valid 24 hours; the token lives only in the URL, its hash in MongoDB. */
@Injectable()
export class AccountLinksService {
  constructor(
    private readonly links: AccountLinksRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async issue(
    kind: AccountLinkKind,
    fields: { userId?: string; email?: string },
    createdBy: string,
  ): Promise<{ url: string; expiresAt: Date }> {
    const token = newSessionToken();
    const expiresAt = new Date(Date.now() + DAY_MS);
    await this.links.insert({ tokenHash: hashToken(token), kind, ...fields, createdBy, expiresAt });
    return { url: `${this.config.publicUrl}${LINK_PATHS[kind]}${token}`, expiresAt };
  }

  /** Whether the link would be accepted now, without using it. */
  async peek(kind: AccountLinkKind, token: string): Promise<AccountLinkRecord | null> {
    return this.links.findUsable(kind, tokenHashOf(token), new Date());
  }

  /** Marks the link used, atomically: of two tabs using one link, one wins. */
  async consume(kind: AccountLinkKind, token: string): Promise<AccountLinkRecord> {
    const link = await this.links.markUsed(kind, tokenHashOf(token), new Date());
    if (!link) throw linkInvalid();
    return link;
  }
}

// A token longer than any we issue is cut before hashing, so junk input costs nothing.
const tokenHashOf = (token: string) => hashToken(String(token).slice(0, 100));

export const linkInvalid = () =>
  new RefusedInputError('LINK_INVALID', 'this link has expired or was already used; ask for a new one');
