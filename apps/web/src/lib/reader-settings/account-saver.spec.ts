import { AccountSaver } from './account-saver';
import { DEFAULT_SETTINGS, type ReaderSettings } from './settings';

/** A stand-in for the account's endpoint whose replies the test releases one by one. */
function slowAccount() {
  const sent: ReaderSettings[] = [];
  const replies: ((ok: boolean) => void)[] = [];
  const send = (settings: ReaderSettings) => {
    sent.push(settings);
    return new Promise<boolean>((resolve) => replies.push(resolve));
  };
  const answer = async (ok: boolean) => {
    replies.shift()!(ok);
    // Let the saver see the reply and send what waits.
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { sent, send, answer };
}

const size = (textSize: number): ReaderSettings => ({ ...DEFAULT_SETTINGS, textSize });

describe('saving reader settings to the account', () => {
  it('sends one change at a time and, of those made meanwhile, only the newest, last', async () => {
    const account = slowAccount();
    const saver = new AccountSaver(account.send);
    const first = saver.save(size(1.25));
    const second = saver.save(size(1.5));
    const third = saver.save(size(1.75));
    expect(account.sent).toEqual([size(1.25)]);
    await account.answer(true);
    expect(account.sent).toEqual([size(1.25), size(1.75)]);
    await account.answer(true);
    await expect(Promise.all([first, second, third])).resolves.toEqual([true, true, true]);
  });

  it('tells when the newest change did not reach the account, and tries again with the next', async () => {
    const account = slowAccount();
    const saver = new AccountSaver(account.send);
    const failed = saver.save(size(2));
    await account.answer(false);
    await expect(failed).resolves.toBe(false);
    const again = saver.save(size(2));
    expect(account.sent).toEqual([size(2), size(2)]);
    await account.answer(true);
    await expect(again).resolves.toBe(true);
  });

  it('counts a send that throws as not saved', async () => {
    const saver = new AccountSaver(() => Promise.reject(new Error('offline')));
    await expect(saver.save(size(1.5))).resolves.toBe(false);
  });
});
