import { startPolling } from './poller';

describe('polling the live view', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('asks again every interval and hands over each answer', async () => {
    let count = 0;
    const seen: number[] = [];
    const poller = startPolling(
      async () => ++count,
      (n) => seen.push(n),
      { intervalMs: 2000 },
    );
    await jest.advanceTimersByTimeAsync(1999);
    expect(seen).toEqual([]);
    await jest.advanceTimersByTimeAsync(1);
    await jest.advanceTimersByTimeAsync(2000);
    expect(seen).toEqual([1, 2]);
    poller.stop();
    await jest.advanceTimersByTimeAsync(10_000);
    expect(seen).toEqual([1, 2]);
  });

  it('never has two requests in flight, and keeps going after an error', async () => {
    let calls = 0;
    const errors: unknown[] = [];
    const resolvers: ((n: number) => void)[] = [];
    const poller = startPolling(
      () => {
        calls += 1;
        if (calls === 1) return Promise.reject(new Error('offline'));
        return new Promise<number>((resolve) => resolvers.push(resolve));
      },
      () => undefined,
      { intervalMs: 1000, onError: (e) => errors.push(e) },
    );
    await jest.advanceTimersByTimeAsync(1000);
    expect(errors).toHaveLength(1);
    await jest.advanceTimersByTimeAsync(1000);
    expect(calls).toBe(2);
    await jest.advanceTimersByTimeAsync(5000);
    void poller.refresh();
    expect(calls).toBe(2);
    resolvers[0](1);
    await jest.advanceTimersByTimeAsync(1000);
    expect(calls).toBe(3);
    poller.stop();
  });

  it('skips ticks while the page is hidden', async () => {
    let visible = false;
    const seen: string[] = [];
    const poller = startPolling(
      async () => 'data',
      (d) => seen.push(d),
      {
        intervalMs: 500,
        isVisible: () => visible,
      },
    );
    await jest.advanceTimersByTimeAsync(1500);
    expect(seen).toEqual([]);
    visible = true;
    await poller.refresh();
    expect(seen).toEqual(['data']);
    poller.stop();
  });
});
