import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

declare global {
  /** True only in test builds (`npm run build:test`, vitest); the bundler drops the branches it guards otherwise. */
  const __LAIPNI_TEST_BUILD__: boolean;
}

/**
 * The wall clock a desk uses. In test builds only, tests choose it through the environment:
 * LAIPNI_TEST_NOW (an ISO time the clock starts from and then runs on), LAIPNI_CLOCK_FIXED_MS
 * (a clock stopped at that moment) or LAIPNI_CLOCK_OFFSET_MS (a clock days ahead or a year
 * behind). With LAIPNI_TEST_FILE_CLOCK=1 the clock first agrees with the time the file system
 * stamps files with, measured by this process itself: under libfaketime a process's clock moves
 * but file times do not, and a process that cannot reach libfaketime's shared clock (one run as
 * another user) starts again at the fake moment, so only the process itself can tell its offset.
 * A production build always reads the real clock.
 */
export function testableWall(env: Record<string, string | undefined>): () => number {
  if (!__LAIPNI_TEST_BUILD__) return Date.now;
  const fixed = Number(env.LAIPNI_CLOCK_FIXED_MS);
  if (env.LAIPNI_CLOCK_FIXED_MS && Number.isFinite(fixed)) return () => fixed;
  const aligned = env.LAIPNI_TEST_FILE_CLOCK === '1' ? fileSystemOffsetMs() : 0;
  const offset = Number(env.LAIPNI_CLOCK_OFFSET_MS ?? 0) + aligned;
  if ((env.LAIPNI_CLOCK_OFFSET_MS || aligned) && Number.isFinite(offset)) return () => Date.now() + offset;
  const start = Date.parse(env.LAIPNI_TEST_NOW ?? '');
  if (Number.isFinite(start)) {
    const begun = performance.now();
    return () => start + Math.round(performance.now() - begun);
  }
  return Date.now;
}

/**
 * How far LAIPNI_TEST_NOW moves the world from the real time (test builds only, else 0). The
 * share's file times are real (even under libfaketime, which does not move them), so a desk
 * adds this to them before judging its own clock: the chosen date is the whole world's, not
 * one desk's clock gone wrong. `fileSystemNowMs` is the time a file written now is stamped with.
 */
export function testWorldShift(env: Record<string, string | undefined>, fileSystemNowMs: number): number {
  if (!__LAIPNI_TEST_BUILD__) return 0;
  const start = Date.parse(env.LAIPNI_TEST_NOW ?? '');
  return Number.isFinite(start) && !env.LAIPNI_CLOCK_FIXED_MS && !env.LAIPNI_CLOCK_OFFSET_MS ? start - fileSystemNowMs : 0;
}

/** Whether this build honours a clock from the environment (shown by preview mode to its tests). */
export const clockFromEnvironment = (): boolean => __LAIPNI_TEST_BUILD__;

/** How far the file system's time is from this process's clock; 0 when within a second. */
function fileSystemOffsetMs(): number {
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
