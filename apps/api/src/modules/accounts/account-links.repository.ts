import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { type Model } from 'mongoose';
import { type AccountLinkKind, AccountLinkRecord } from './account-link.schema';

export interface NewAccountLink {
  tokenHash: string;
  kind: AccountLinkKind;
  userId?: string;
  email?: string;
  createdBy: string;
  expiresAt: Date;
}

/** The only code that touches the account links' mongoose model. */
@Injectable()
export class AccountLinksRepository {
  constructor(@InjectModel(AccountLinkRecord.name) private readonly links: Model<AccountLinkRecord>) {}

  async insert(link: NewAccountLink): Promise<void> {
    await this.links.create(link);
  }

  /** The unused link of that kind and token hash, still valid at `now`. */
  findUsable(kind: AccountLinkKind, tokenHash: string, now: Date): Promise<AccountLinkRecord | null> {
    return this.links.findOne(usable(kind, tokenHash, now)).lean();
  }

  /** Marks a usable link used in one atomic step; null when none was usable. */
  markUsed(kind: AccountLinkKind, tokenHash: string, now: Date): Promise<AccountLinkRecord | null> {
    return this.links
      .findOneAndUpdate(usable(kind, tokenHash, now), { $set: { usedAt: now } }, { returnDocument: 'after' })
      .lean();
  }
}

const usable = (kind: AccountLinkKind, tokenHash: string, now: Date) => ({
  tokenHash,
  kind,
  usedAt: null,
  expiresAt: { $gt: now },
});
