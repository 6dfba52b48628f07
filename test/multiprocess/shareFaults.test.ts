import { execFileSync, type ChildProcess } from 'node:child_process';
import { chmod, mkdir, readdir, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import { chownTree, expectConverged, finished, newDesk, newShare, runCli, tempFolder, type Desk } from '../support/cliDesks';

const NOBODY = 65534;
// Mounting a tmpfs and running desks as another user take root (as here and in CI).
const notRoot = process.getuid?.() !== 0;
const FAST_RETRY = { LAIPNI_TEST_RETRY_SCALE: '20' };
const problemCodes = (stdout: string) => (JSON.parse(stdout) as { problems: Array<{ code: string }> }).problems.map((p) => p.code);
const mounts: string[] = [];
afterEach(() => {
  for (const m of mounts.splice(0)) execFileSync('umount', ['-l', m]);
});

/** A real small file system for the share, so that "full" and "read-only" are the kernel's own answers. */
async function tmpfsShare(size: string): Promise<string> {
  const mount = join(await tempFolder('tmpfs'), 'mnt');
  await mkdir(mount);
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', mount]);
  mounts.push(mount);
  const share = join(mount, 'share');
  expect((await runCli(['share', 'init', share])).code).toBe(0);
  return share;
}

const remount = (share: string, options: string) => execFileSync('mount', ['-o', `remount,${options}`, join(share, '..')]);

/** Status lines a running `laipni sync --json` prints, awaited one condition at a time. */
function statusLines(child: ChildProcess) {
  const seen: Array<{ state: string; waiting: number; problems: Array<{ code: string }> }> = [];
  const waiters: Array<() => void> = [];
  createInterface({ input: child.stdout! }).on('line', (line) => {
    if (line.startsWith('{')) seen.push(JSON.parse(line) as (typeof seen)[number]);
    waiters.splice(0).forEach((w) => w());
  });
  return {
    async until(test: (s: (typeof seen)[number]) => boolean, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const hit = seen.find(test);
        if (hit) return hit;
        if (Date.now() > deadline) throw new Error(`no such status; saw ${JSON.stringify(seen)}`);
        await new Promise<void>((r) => {
          waiters.push(r);
          setTimeout(r, 200);
        });
      }
    },
    clear: () => seen.splice(0),
  };
}

describe('the share going away, read-only, full or locked', () => {
  it('keeps a running desk going when the share drops mid-session and writes nothing while it is gone', async () => {
    const share = await newShare();
    const a = await newDesk(share, 'K1');
    const b = await newDesk(share, 'K2');
    expect((await a.importMany(300, 'pirms pārtraukuma')).code).toBe(0);
    const child = a.startSync(100);
    const done = finished(child);
    const lines = statusLines(child);
    await lines.until((s) => s.state === 'online' && s.waiting === 0);
    await rename(share, `${share}.away`);
    await mkdir(share);
    lines.clear();
    await lines.until((s) => s.state === 'offline' && s.problems.some((p) => p.code === 'share_missing'));
    await new Promise((r) => setTimeout(r, 500));
    expect(await readdir(share)).toEqual([]);
    await rename(share, `${share}.empty`);
    await rename(`${share}.away`, share);
    lines.clear();
    await lines.until((s) => s.state === 'online');
    child.kill('SIGTERM');
    expect((await done).code).toBe(0);
    const ids = (await a.entries()).map((e) => e.id);
    await expectConverged([a, b], ids);
    expect((await b.entries()).length).toBe(300);
  });

  it('treats a share without its marker as unavailable, never as an empty register', async () => {
    const share = await newShare();
    const a = await newDesk(share, 'K1');
    const b = await newDesk(share, 'K2');
    const kept = await a.add('paliek');
    await expectConverged([a, b], [kept.id]);
    await rename(join(share, 'laipni-share.json'), join(share, '..', 'marker.away'));
    const offline = await b.sync();
    expect(offline.code).toBe(1);
    expect(problemCodes(offline.stdout)).toEqual(['share_missing']);
    const waiting = await b.add('bezsaistē');
    expect((await b.entries()).map((e) => e.id).sort()).toEqual([kept.id, waiting.id].sort());
    await rename(join(share, '..', 'marker.away'), join(share, 'laipni-share.json'));
    await expectConverged([a, b], [kept.id, waiting.id]);
  });

  it.skipIf(notRoot)('keeps entries waiting on a read-only share and sends them when it is writable again (needs root: mounts a tmpfs)', async () => {
    const share = await tmpfsShare('4m');
    const a = await newDesk(share, 'K1');
    const b = await newDesk(share, 'K2');
    const first = await a.add('pirms tikai lasāmās');
    await a.sync();
    remount(share, 'ro');
    const second = await a.add('kamēr tikai lasāma');
    const blocked = await a.sync();
    expect(blocked.code).toBe(1);
    expect(problemCodes(blocked.stdout)).toContain('share_read_only');
    expect(JSON.parse(blocked.stdout).waiting).toBe(1);
    remount(share, 'rw');
    await expectConverged([a, b], [first.id, second.id]);
  });

  it.skipIf(notRoot)('survives a full share: what did not fit is sent once there is room (needs root: mounts a tmpfs)', async () => {
    const share = await tmpfsShare('64k');
    const a = await newDesk(share, 'K1');
    const b = await newDesk(share, 'K2');
    expect((await a.importMany(400, 'pilna mape, garš apraksts, lai aizpildītu vietu ātrāk')).code).toBe(0);
    const full = await a.sync();
    expect(full.code).toBe(1);
    expect(problemCodes(full.stdout)).toContain('share_full');
    expect(problemCodes(full.stdout)).not.toContain('clone_detected');
    const deskId = (await a.status()).deskId;
    expect(JSON.parse(full.stdout).waiting).toBeGreaterThan(0);
    remount(share, 'size=8m');
    const ids = (await a.entries()).map((e) => e.id);
    await expectConverged([a, b], ids);
    expect((await b.entries()).length).toBe(400);
    expect((await a.status()).deskId).toBe(deskId);
    const check = JSON.parse((await runCli(['share', 'check', share, '--json'])).stdout) as { problems: number; findings: unknown[] };
    expect(check.problems, JSON.stringify(check.findings)).toBe(0);
  });

  it.skipIf(notRoot)(
    "waits out a folder held by antivirus for 30 seconds instead of failing (the desk's retry clock runs 20 times faster; needs root: runs the desks as another user)",
    async () => {
      const share = await newShare();
      const a = await newDesk(share, 'K1');
      const b = await newDesk(share, 'K2');
      for (const d of [a, b] as Desk[]) {
        d.uid = NOBODY;
        await mkdir(d.data, { recursive: true });
        chownTree(join(d.data, '..'), NOBODY);
      }
      chownTree(join(share, '..'), NOBODY);
      const first = await a.add('pirms bloķēšanas');
      await a.sync();
      const second = await a.add('bloķēšanas laikā');
      const folder = join(share, 'desks', (await a.status()).deskId);
      await chmod(folder, 0o000);
      // 30 s on the desk's retry clock; its give-up point (60 s) is 3 s away.
      const started = performance.now();
      const syncing = a.sync(FAST_RETRY);
      const held = new Promise((r) => setTimeout(r, 30_000 / 20)).then(() => chmod(folder, 0o755));
      const result = await syncing;
      await held;
      expect(performance.now() - started).toBeGreaterThanOrEqual(30_000 / 20 - 50);
      expect(result.code, result.stdout + result.stderr).toBe(0);
      expect(JSON.parse(result.stdout)).toMatchObject({ state: 'online', waiting: 0, problems: [] });
      await expectConverged([a, b], [first.id, second.id]);
    },
  );
});
