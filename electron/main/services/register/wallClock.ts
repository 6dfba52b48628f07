declare global {
  /** True only in test builds (`npm run build:test`, vitest); the bundler drops the branches it guards otherwise. */
  const __LAIPNI_TEST_BUILD__: boolean;
}

/**
 * The wall clock a desk uses. In test builds only, tests choose it through the environment:
 * LAIPNI_TEST_NOW (an ISO time the clock starts from and then runs on), LAIPNI_CLOCK_FIXED_MS
 * (a clock stopped at that moment) or LAIPNI_CLOCK_OFFSET_MS (a clock days ahead or a year
 * behind). A production build always reads the real clock.
 */
export function testableWall(env: Record<string, string | undefined>): () => number {
  if (!__LAIPNI_TEST_BUILD__) return Date.now;
  const fixed = Number(env.LAIPNI_CLOCK_FIXED_MS);
  if (env.LAIPNI_CLOCK_FIXED_MS && Number.isFinite(fixed)) return () => fixed;
  const offset = Number(env.LAIPNI_CLOCK_OFFSET_MS);
  if (env.LAIPNI_CLOCK_OFFSET_MS && Number.isFinite(offset)) return () => Date.now() + offset;
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
