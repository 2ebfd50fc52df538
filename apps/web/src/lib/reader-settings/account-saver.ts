import { saveToAccount, type ReaderSettings } from './settings';

/**
 * Sends a signed-in learner's changes to the account one at a time, the newest last, so that
 * quick clicks on a slow library connection never arrive out of order and leave an older choice
 * saved. Changes made while one is on its way are sent as one: only the newest counts.
 */
export class AccountSaver {
  #newest: ReaderSettings | null = null;
  #sending: Promise<boolean> | null = null;

  constructor(private readonly send: (settings: ReaderSettings) => Promise<boolean> = saveToAccount) {}

  /** Resolves true once the account has these settings (or newer ones), false if that save failed. */
  save(settings: ReaderSettings): Promise<boolean> {
    this.#newest = settings;
    this.#sending ??= this.#sendAll();
    return this.#sending;
  }

  async #sendAll(): Promise<boolean> {
    let saved = true;
    while (this.#newest) {
      const settings = this.#newest;
      this.#newest = null;
      saved = await this.send(settings).catch(() => false);
    }
    this.#sending = null;
    return saved;
  }
}
