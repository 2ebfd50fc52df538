import { Inject, Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { type Model } from 'mongoose';
import { APP_CONFIG } from '../../config/config.token';
import { type AppConfig } from '../../config/env';
import { RefusedInputError } from '../security/auth-errors';
import { hashToken, newSessionToken } from '../sessions/session-token';
import { type AccountLinkKind, AccountLinkRecord } from './account-link.schema';

const DAY_MS = 24 * 3600 * 1000;

const LINK_PATHS: Record<AccountLinkKind, string> = {
  invitation: '/sign-in/invitation/',
  reset: '/sign-in/reset/',
};

/** One-use links valid 24 hours; the token lives only in the URL, its hash in MongoDB. */
@Injectable()
export class AccountLinksService {
  constructor(
    @InjectModel(AccountLinkRecord.name) private readonly links: Model<AccountLinkRecord>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async issue(
    kind: AccountLinkKind,
    fields: { userId?: string; email?: string },
    createdBy: string,
  ): Promise<{ url: string; expiresAt: Date }> {
    const token = newSessionToken();
    const expiresAt = new Date(Date.now() + DAY_MS);
    await this.links.create({ tokenHash: hashToken(token), kind, ...fields, createdBy, expiresAt });
    return { url: `${this.config.publicUrl}${LINK_PATHS[kind]}${token}`, expiresAt };
  }

  /** Whether the link would be accepted now, without using it. */
  async peek(kind: AccountLinkKind, token: string): Promise<AccountLinkRecord | null> {
    return this.links.findOne(this.usable(kind, token)).lean();
  }

  /** Marks the link used, atomically: of two tabs using one link, one wins. */
  async consume(kind: AccountLinkKind, token: string): Promise<AccountLinkRecord> {
    const link = await this.links
      .findOneAndUpdate(this.usable(kind, token), { $set: { usedAt: new Date() } }, { new: true })
      .lean();
    if (!link) throw linkInvalid();
    return link;
  }

  private usable(kind: AccountLinkKind, token: string) {
    return {
      tokenHash: hashToken(String(token).slice(0, 100)),
      kind,
      usedAt: null,
      expiresAt: { $gt: new Date() },
    };
  }
}

export const linkInvalid = () =>
  new RefusedInputError('LINK_INVALID', 'this link has expired or was already used; ask for a new one');
