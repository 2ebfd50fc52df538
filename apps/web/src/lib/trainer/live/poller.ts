export interface PollerOptions {
  intervalMs: number;
  /** Polling pauses while the page is hidden (another tab, a locked screen) and resumes at once when shown. */
  isVisible?: () => boolean;
  onError?: (error: unknown) => void;
}

export interface Poller {
  /** Fetches now, without waiting for the next tick. */
  refresh(): Promise<void>;
  stop(): void;
}

/**
 * Asks for fresh data every `intervalMs`, one request at a time: a slow answer delays the next tick
 * instead of piling requests up on a library's weak connection. Plain polling works through any
 * reverse proxy and against any API instance, since the state it reads lives in the database.
 */
export function startPolling<T>(
  fetcher: () => Promise<T>,
  onData: (data: T) => void,
  options: PollerOptions,
): Poller {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight: Promise<void> | undefined;

  const run = async (): Promise<void> => {
    try {
      if (options.isVisible?.() ?? true) onData(await fetcher());
    } catch (error) {
      options.onError?.(error);
    }
    if (!stopped) {
      clearTimeout(timer);
      timer = setTimeout(() => void tick(), options.intervalMs);
    }
  };

  const tick = (): Promise<void> => {
    if (stopped) return Promise.resolve();
    // The promise is stored before it settles, and cleared only by its own completion.
    inFlight ??= run().finally(() => (inFlight = undefined));
    return inFlight;
  };

  timer = setTimeout(() => void tick(), options.intervalMs);
  return {
    refresh: tick,
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
