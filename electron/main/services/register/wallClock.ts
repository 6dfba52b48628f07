/**
 * The wall clock a desk uses. Tests of clock faults (a clock days ahead or a year behind,
 * two desks in the same millisecond) set LAIPNI_CLOCK_OFFSET_MS or LAIPNI_CLOCK_FIXED_MS on
 * real desk processes; nothing else should.
 */
export function testableWall(env: Record<string, string | undefined>): () => number {
  const fixed = Number(env.LAIPNI_CLOCK_FIXED_MS);
  if (env.LAIPNI_CLOCK_FIXED_MS && Number.isFinite(fixed)) return () => fixed;
  const offset = Number(env.LAIPNI_CLOCK_OFFSET_MS);
  if (env.LAIPNI_CLOCK_OFFSET_MS && Number.isFinite(offset)) return () => Date.now() + offset;
  return Date.now;
}
