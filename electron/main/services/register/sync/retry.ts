/**
 * Antivirus scanners and indexers hold files for a while on Windows shares: opens and
 * renames then fail with EPERM, EBUSY or EACCES. Those are retried with backoff for up to a
 * minute before the desk reports a problem; any other error is reported at once.
 */
export const TRANSIENT = new Set(['EPERM', 'EBUSY', 'EACCES']);

export interface RetryOptions {
  maxMs: number;
  firstDelayMs: number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  onRetry?: (code: string, attempt: number) => void;
}

export const DEFAULT_RETRY: RetryOptions = { maxMs: 60_000, firstDelayMs: 100 };

// Test builds only: LAIPNI_TEST_RETRY_SCALE=n runs the retry's clock n times faster, so a test
// holds a folder for "30 seconds" in a fraction of that.
let scale = 1;
if (__LAIPNI_TEST_BUILD__) scale = Number(process.env.LAIPNI_TEST_RETRY_SCALE) || 1;
const wait = (ms: number) => new Promise<void>((r) => setTimeout(r, ms / scale));

export async function withRetry<T>(action: () => Promise<T>, options: RetryOptions = DEFAULT_RETRY): Promise<T> {
  const sleep = options.sleep ?? wait;
  const now = options.now ?? (() => Date.now() * scale);
  const start = now();
  let delay = options.firstDelayMs;
  for (let attempt = 1; ; attempt++) {
    try {
      return await action();
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (!TRANSIENT.has(code) || now() - start + delay > options.maxMs) throw error;
      options.onRetry?.(code, attempt);
      await sleep(delay);
      delay = Math.min(delay * 2, 5_000);
    }
  }
}

export const errorCode = (error: unknown): string => (error as NodeJS.ErrnoException | undefined)?.code ?? 'UNKNOWN';
