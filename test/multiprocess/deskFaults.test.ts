import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { converge, Desk, expectConverged, newDesk, newShare, runCli, tempFolder } from '../support/cliDesks';
import { fileClock } from '../support/fileClock';

const DAY = 86_400_000;
const offset = (ms: number) => ({ LAIPNI_CLOCK_OFFSET_MS: String(ms) });
const problemCodes = (stdout: string) => (JSON.parse(stdout) as { problems: Array<{ code: string }> }).problems.map((p) => p.code);

describe('desks that are copied, mistimed or away', () => {
  it('gives a cloned desk a new identity and loses no entry of either copy', async () => {
    const share = await newShare();
    const a = await newDesk(share, 'K1');
    const b = await newDesk(share, 'K2');
    const first = await a.add('pirms kopēšanas');
    await a.sync();
    const copy = new Desk(join(await tempFolder('clone'), 'data'), share, 'K1');
    await cp(a.data, copy.data, { recursive: true });
    const original = await a.add('oriģinālā');
    const cloned = await copy.add('kopijā');
    await a.sync();
    const before = (await copy.status()).deskId;
    const synced = await copy.sync();
    expect(problemCodes(synced.stdout)).toContain('clone_detected');
    expect((await copy.status()).deskId).not.toBe(before);
    const after = await copy.add('kopijā pēc atklāšanas');
    expect(after.number).not.toMatch(/\/K1-/);
    await expectConverged([a, b, copy], [first.id, original.id, cloned.id, after.id]);
    const check = JSON.parse((await runCli(['share', 'check', share, '--json'])).stdout) as { findings: Array<{ code: string; detail?: string }> };
    expect(check.findings.map((f) => f.code).sort()).toEqual(['clone', 'duplicate_number']);
  });

  it('holds back changes from a clock days ahead, takes the share’s time on a clock a year behind, and converges once time catches up', async () => {
    const share = await newShare();
    const ahead = await newDesk(share, 'K1');
    const behind = await newDesk(share, 'K2');
    const normal = await newDesk(share, 'K3');
    ahead.env = offset(3 * DAY);
    behind.env = offset(-365 * DAY);
    const fromAhead = await ahead.add('pulkstenis steidzas');
    const oldBehind = await behind.add('pulkstenis atpaliek');
    const fromNormal = await normal.add('pareizs pulkstenis');
    const states = await converge([ahead, behind, normal]);
    const aheadSync = await ahead.sync();
    expect(problemCodes(aheadSync.stdout)).toContain('clock_wrong');
    const normalSync = await normal.sync();
    expect(problemCodes(normalSync.stdout)).toContain('future_events');
    expect(states[2]!.held.future).toBe(1);
    const seenByNormal = (await normal.entries()).map((e) => e.id);
    expect(seenByNormal.sort()).toEqual([oldBehind.id, fromNormal.id].sort());
    expect((await behind.entries()).map((e) => e.id)).toContain(fromNormal.id);
    const fixedBehind = await behind.add('pēc sinhronizācijas');
    expect(Math.abs(Date.parse(fixedBehind.registeredAt) - fileClock())).toBeLessThan(10 * 60_000);
    const later = offset(3 * DAY + 10 * 60_000);
    await expectConverged([ahead, behind, normal], [fromAhead.id, oldBehind.id, fromNormal.id, fixedBehind.id], later);
  });

  it('flags an entry for review when two desks change its status in the same millisecond, and both agree on the winner', async () => {
    const share = await newShare();
    const a = await newDesk(share, 'K1');
    const b = await newDesk(share, 'K2');
    const entry = await a.add('strīdīgs statuss');
    await converge([a, b]);
    const same = { LAIPNI_CLOCK_FIXED_MS: String(fileClock() + 60_000) };
    expect((await a.set(entry.number, 'answered', same)).code).toBe(0);
    expect((await b.set(entry.number, 'in_review', same)).code).toBe(0);
    const states = await expectConverged([a, b], [entry.id]);
    expect(states.map((s) => s.needsReview)).toEqual([[entry.number], [entry.number]]);
    const [fromA, fromB] = await Promise.all([a.entries(), b.entries()]);
    expect(fromA[0]!.status).toBe(fromB[0]!.status);
    expect(['answered', 'in_review']).toContain(fromA[0]!.status);
  });

  it('brings back six weeks of offline work without losing it or anyone else’s', async () => {
    const share = await newShare();
    const away = await newDesk(share, 'K9');
    const a = await newDesk(share, 'K1');
    const b = await newDesk(share, 'K2');
    const shared = await a.add('pirms prombūtnes', offset(-42 * DAY));
    await a.sync(offset(-42 * DAY));
    await away.sync(offset(-42 * DAY));
    away.share = join(share, '..', 'not-mounted');
    const offline: string[] = [];
    for (const days of [30, 20, 10, 1]) {
      offline.push((await away.add(`bezsaistē pirms ${days} dienām`, offset(-days * DAY))).id);
      if (days === 20) expect((await away.set(shared.number, 'in_review', offset(-20 * DAY))).code).toBe(0);
    }
    const stuck = await away.sync();
    expect(stuck.code).toBe(1);
    expect(JSON.parse(stuck.stdout)).toMatchObject({ state: 'offline', waiting: 5 });
    expect((await a.set(shared.number, 'answered', offset(-5 * DAY))).code).toBe(0);
    const other = await b.add('kamēr citi strādāja', offset(-3 * DAY));
    away.share = share;
    const states = await expectConverged([away, a, b], [shared.id, other.id, ...offline]);
    expect(states[0]!.needsReview).toEqual([shared.number]);
    const back = (await away.entries()).find((e) => e.id === shared.id)!;
    expect(back.status).toBe('answered');
    expect(JSON.parse((await away.sync()).stdout)).toMatchObject({ state: 'online', waiting: 0 });
  });
});
