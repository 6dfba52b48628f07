import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * How far this process's clock is from the file system's, which stamps the files on the share.
 * Zero in a normal run. Under libfaketime the process clock is shifted but file times are not
 * (Node reads them with the statx system call, which the preload does not intercept), so a desk
 * rightly reports its clock as wrong against the share. Desks in tests that assume a correct
 * clock read this one instead; tests of clock faults shift it.
 */
export const FILE_CLOCK_OFFSET_MS = measure();

/** The time as the file system has it. */
export const fileClock = (): number => Date.now() + FILE_CLOCK_OFFSET_MS;

function measure(): number {
  const dir = mkdtempSync(join(tmpdir(), 'laipni-clock-'));
  try {
    const before = Date.now();
    writeFileSync(join(dir, 'stamp'), '');
    const after = Date.now();
    const offset = Math.round(statSync(join(dir, 'stamp')).mtimeMs - (before + after) / 2);
    return Math.abs(offset) < 1000 ? 0 : offset;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Environment for a `laipni` process whose clock agrees with the file system, with a test's own
 * skew kept. The process measures its own offset (LAIPNI_TEST_FILE_CLOCK): one run as another
 * user may not share this process's faked clock.
 */
export function cliClockEnv(env: Record<string, string | undefined>): Record<string, string> {
  if (env.LAIPNI_CLOCK_FIXED_MS) return {};
  return { LAIPNI_TEST_FILE_CLOCK: '1' };
}
