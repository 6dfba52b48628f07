import { execFileSync } from 'node:child_process';
import { mkdir, symlink, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeSha256Hex } from '../../electron/main/services/register/nodeHash';
import { encodeEvent } from '../../shared/register/event';
import { createEvent, createFieldsFor } from '../support/registerEvents';
import { finished, newDesk, newShare, runCli, tempFolder, type Desk } from '../support/cliDesks';
import { fileClock } from '../support/fileClock';

/**
 * Files on the share an attacker (or a confused sync client) can leave: a 3 GB sparse
 * segment, FIFOs, a device, symbolic links to files and folders elsewhere. Reading them must
 * change nothing and stop nothing, and the desk must say which files it did not read.
 */
const problemsOf = (stdout: string) => (JSON.parse(stdout) as { problems: Array<{ code: string; count?: number; detail?: string }> }).problems;

/** A valid entry by the directory's desk clerk, reachable only by following a link. */
async function entryBehindLink(folder: string, rec: string) {
  await mkdir(folder, { recursive: true });
  const e = {
    ...createEvent({ id: `ev-${rec}`, desk: 'elsewhere', seq: 1, ms: fileClock() - 60_000, rec }, createFieldsFor(7, { registeredBy: 'cli.tester' })),
    by: 'cli.tester',
  };
  await writeFile(join(folder, '000001.jsonl'), encodeEvent(e, nodeSha256Hex));
}

async function hostileShare() {
  const share = await newShare();
  const a = await newDesk(share, 'K1');
  const b = await newDesk(share, 'K2');
  const entry = await a.add('parasts ieraksts');
  expect((await a.sync()).stderr).toBe('');
  const outside = await tempFolder('outside');
  const desks = join(share, 'desks');
  for (const d of ['huge', 'fifo', 'link', 'dev']) await mkdir(join(desks, d), { recursive: true });
  // 3 GB of nothing: sparse, so it costs no disk, but its size is real.
  await writeFile(join(desks, 'huge', '000001.jsonl'), '');
  await truncate(join(desks, 'huge', '000001.jsonl'), 3 * 1024 ** 3);
  execFileSync('mkfifo', [join(desks, 'fifo', '000001.jsonl')]);
  // The zero device: read as a file it would never end.
  execFileSync('mknod', [join(desks, 'dev', '000001.jsonl'), 'c', '1', '5']);
  await entryBehindLink(join(outside, 'file'), 'rec-behind-file');
  await symlink(join(outside, 'file', '000001.jsonl'), join(desks, 'link', '000001.jsonl'));
  await entryBehindLink(join(outside, 'folder'), 'rec-behind-folder');
  await symlink(join(outside, 'folder'), join(desks, 'linkdir'));
  // Published documents as FIFOs: a plain read of either would wait for ever.
  execFileSync('mkfifo', [join(share, 'catalog', 'staff.json')]);
  await mkdir(join(share, 'config'), { recursive: true });
  execFileSync('mkfifo', [join(share, 'config', 'register-rules.json')]);
  return { share, a, b, entry };
}

const UNREAD = [
  'dev/000001.jsonl (not_a_file)',
  'fifo/000001.jsonl (not_a_file)',
  'huge/000001.jsonl (too_large)',
  'link/000001.jsonl (not_a_file)',
  'linkdir (not_a_file)',
];

describe('hostile files on the share', () => {
  it('skips a 3 GB sparse segment, FIFOs, a device and links to files and folders, says which, and still syncs', async () => {
    const { share, b, entry } = await hostileShare();
    const synced = await b.sync();
    expect(synced.code).toBe(1);
    const unread = problemsOf(synced.stdout).find((p) => p.code === 'unreadable_files');
    expect(unread?.count).toBe(5);
    expect(unread?.detail?.split(', ').sort()).toEqual(UNREAD);
    // Only the real entry arrived; nothing behind the links was read.
    expect((await b.entries()).map((e) => e.id)).toEqual([entry.id]);

    const plain = await b.run(['sync', '--once', '--data', b.data, '--institution', 'RNP', '--desk', b.code, '--share', share]);
    expect(plain.stdout).toContain('5 files in the shared folder were not read: not an ordinary file, or far too large; ask IT to look at them.');

    const check = await runCli(['share', 'check', share, '--json']);
    expect(check.code).toBe(1);
    const findings = (JSON.parse(check.stdout) as { findings: Array<{ code: string; file?: string; detail?: string }> }).findings;
    expect(
      findings
        .filter((f) => f.code === 'unreadable')
        .map((f) => `${f.file} (${f.detail})`)
        .sort(),
    ).toEqual(UNREAD);
    const text = await runCli(['share', 'check', share]);
    expect(text.stderr).toContain('huge/000001.jsonl: not read (too_large).');
  });

  it('ends a running sync on SIGTERM with FIFOs and a 3 GB file on the share', async () => {
    const { b } = await hostileShare();
    const child = (b as Desk).startSync(200);
    const firstStatus = new Promise<string>((resolve) => {
      let out = '';
      child.stdout!.on('data', (d: Buffer) => {
        out += d.toString();
        if (out.includes('\n')) resolve(out.slice(0, out.indexOf('\n')));
      });
    });
    const done = finished(child);
    const status = await firstStatus;
    expect(problemsOf(status).map((p) => p.code)).toContain('unreadable_files');
    child.kill('SIGTERM');
    const result = await done;
    expect(result.code, result.stderr).toBe(0);
  });
});
