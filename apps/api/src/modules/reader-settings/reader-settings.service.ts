import { Injectable } from '@nestjs/common';
import { BadUserInputError } from '../../common/domain-errors';
import { ReaderSettingsRepository, type StoredReaderSettings } from './reader-settings.repository';

export const MIN_TEXT_SIZE = 1;
export const MAX_TEXT_SIZE = 2;

/** Refuses a text size outside 100% to 200%, naming the field. */
export function checkedSettings(input: StoredReaderSettings): StoredReaderSettings {
  if (!Number.isFinite(input.textSize) || input.textSize < MIN_TEXT_SIZE || input.textSize > MAX_TEXT_SIZE)
    throw new BadUserInputError(
      `textSize must be from ${MIN_TEXT_SIZE} to ${MAX_TEXT_SIZE} (100% to 200%), got ${input.textSize}`,
    );
  return {
    textSize: input.textSize,
    highContrast: input.highContrast,
    reducedMotion: input.reducedMotion,
    wideSpacing: input.wideSpacing,
  };
}

export const DEFAULT_READER_SETTINGS: StoredReaderSettings = {
  textSize: 1,
  highContrast: false,
  reducedMotion: false,
  wideSpacing: false,
};

export type AccountReaderSettings = StoredReaderSettings & { saved: boolean };

/** A person's reader settings: the defaults, marked not saved, until they save some. */
@Injectable()
export class ReaderSettingsService {
  constructor(private readonly repository: ReaderSettingsRepository) {}

  async mine(userId: string): Promise<AccountReaderSettings> {
    const stored = await this.repository.find(userId);
    return stored ? { ...stored, saved: true } : { ...DEFAULT_READER_SETTINGS, saved: false };
  }

  async save(userId: string, input: StoredReaderSettings): Promise<AccountReaderSettings> {
    const settings = checkedSettings(input);
    await this.repository.save(userId, settings);
    return { ...settings, saved: true };
  }

  /**
   * At sign-in: the settings a guest chose in this browser become the account's, unless the
   * account has its own already (they win, as the boot script applies them over the browser's).
   */
  async claimGuest(userId: string, input: StoredReaderSettings): Promise<AccountReaderSettings> {
    const settings = checkedSettings(input);
    if (await this.repository.saveIfNone(userId, settings)) return { ...settings, saved: true };
    return this.mine(userId);
  }
}
