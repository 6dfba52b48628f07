import { execFileSync } from 'node:child_process';
import { appendFile, mkdir, readFile, symlink, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sha256OfBytes } from '../../../electron/main/services/register/nodeHash';
import {
  accessLogs,
  catchUp,
  emptyCursors,
  localLog,
  readLogs,
  registerSegments,
  restoreCursors,
  shareLogIo,
  type Cursors,
  type LineBatch,
  type LogFamily,
  type ReadOptions,
} from '../../../electron/main/services/shareLog';
import { tempDir } from '../../support/registerDesk';

const io = shareLogIo({ maxMs: 200, firstDelayMs: 10 });

async function read(family: LogFamily, cursors: Cursors, options?: ReadOptions) {
  const batches: LineBatch[] = [];
  const report = await readLogs(family, cursors, io, (b) => void batches.push(b), options);
  return { report, lines: batches.flatMap((b) => b.lines.filter(Boolean)), batches };
}

async function deskFolder(desk = 'desk-a') {
  const share = await tempDir('sharelog');
  const dir = join(share, 'desks', desk);
  await mkdir(dir, { recursive: true });
  return { share, dir };
}

describe('share log reader', () => {
  it('resumes where it stopped and reads only the new bytes', async () => {
    const dir = await tempDir('sharelog');
    const file = join(dir, 'log.jsonl');
    await writeFile(file, 'one\ntwo\n');
    const cursors = emptyCursors();
    expect((await read(localLog(file), cursors)).lines).toEqual(['one', 'two']);
    await appendFile(file, 'three\n');
    const again = await read(localLog(file), cursors);
    expect(again.lines).toEqual(['three']);
    // The new line, plus the last line read before (checked to be unchanged): never the whole file.
    expect(again.report.bytesRead).toBe('three\n'.length + 'two\n'.length);
    expect((await read(localLog(file), cursors)).report.bytesRead).toBe(0);
  });

  it('reads a file again from the start when it shrank or its last read line changed', async () => {
    const dir = await tempDir('sharelog');
    const file = join(dir, 'log.jsonl');
    await writeFile(file, 'one\ntwo\nthree\n');
    const cursors = emptyCursors();
    await read(localLog(file), cursors);
    await writeFile(file, 'one\n2\n');
    const shrunk = await read(localLog(file), cursors);
    expect(shrunk.report.restarted).toEqual(['local/log.jsonl']);
    expect(shrunk.lines).toEqual(['one', '2']);
    await writeFile(file, 'one\nTWO\nthree\nfour\n');
    const replaced = await read(localLog(file), cursors);
    expect(replaced.report.restarted).toEqual(['local/log.jsonl']);
    expect(replaced.lines).toEqual(['one', 'TWO', 'three', 'four']);
  });

  it('leaves a torn last line for later, reads it once complete, and drops NUL padding', async () => {
    const dir = await tempDir('sharelog');
    const file = join(dir, 'log.jsonl');
    await writeFile(file, 'one\n\0\0\0\0two\n{"half');
    const cursors = emptyCursors();
    const first = await read(localLog(file), cursors);
    expect(first.lines).toEqual(['one', 'two']);
    expect(first.report.waiting).toEqual(['local/log.jsonl']);
    await appendFile(file, '":1}\n');
    const second = await read(localLog(file), cursors);
    expect(second.lines).toEqual(['{"half":1}']);
    expect(second.report.waiting).toEqual([]);
  });

  it.skipIf(process.platform === 'win32')('skips and reports a FIFO and a symbolic link named like segments, without hanging or following', async () => {
    const { share, dir } = await deskFolder();
    await writeFile(join(dir, '000001.jsonl'), 'own\n');
    execFileSync('mkfifo', [join(dir, '000002.jsonl')]);
    const secret = join(share, 'secret.txt');
    await writeFile(secret, 'not for the register\n');
    await symlink(secret, join(dir, '000003.jsonl'));
    const cursors = emptyCursors();
    const { report, lines } = await read(registerSegments(share), cursors);
    expect(lines).toEqual(['own']);
    expect(report.skipped.sort((a, b) => (a.key < b.key ? -1 : 1))).toEqual([
      { key: 'desk-a/000002.jsonl', reason: 'not_a_file' },
      { key: 'desk-a/000003.jsonl', reason: 'not_a_file' },
    ]);
    // Appending never follows a link either.
    await expect(io.appendVerified(join(dir, '000003.jsonl'), 0, Buffer.from('x\n'))).rejects.toMatchObject({ code: 'EINVAL' });
    expect(await readFile(secret, 'utf8')).toBe('not for the register\n');
  });

  it('refuses a file beyond the size limit (a 3 GB sparse segment) without reading it', async () => {
    const { share, dir } = await deskFolder();
    await writeFile(join(dir, '000001.jsonl'), '');
    await truncate(join(dir, '000001.jsonl'), 3 * 1024 * 1024 * 1024);
    await writeFile(join(dir, '000002.jsonl'), 'fine\n');
    const { report, lines } = await read(registerSegments(share), emptyCursors());
    expect(report.skipped).toEqual([{ key: 'desk-a/000001.jsonl', reason: 'too_large' }]);
    expect(lines).toEqual(['fine']);
    expect(report.bytesRead).toBe('fine\n'.length);
  });

  it('skips an absurdly long line in bounded chunks and keeps the lines around it', async () => {
    const dir = await tempDir('sharelog');
    const file = join(dir, 'log.jsonl');
    await writeFile(file, `before\n${'x'.repeat(20_000)}\nafter\n${'y'.repeat(20_000)}`);
    const limits = { maxLineBytes: 1000, chunkBytes: 4096 };
    const cursors = emptyCursors();
    const { report, lines } = await read(localLog(file), cursors, { limits });
    expect(lines).toEqual(['before', 'after']);
    expect(report.skipped).toEqual([{ key: 'local/log.jsonl', reason: 'line_too_long' }]);
    await appendFile(file, '\nlast\n');
    expect((await read(localLog(file), cursors, { limits })).lines).toEqual(['last']);
  });

  it('reads conflict copies made by sync clients and reports them', async () => {
    const { share, dir } = await deskFolder();
    await writeFile(join(dir, '000001.jsonl'), 'own\n');
    await writeFile(join(dir, '000001.sync-conflict-20261201-ABC.jsonl'), 'only in the copy\n');
    await writeFile(join(dir, '000001.seal (conflicted copy).json'), '{}');
    await writeFile(join(dir, 'desk.json'), '{}');
    const { report, lines } = await read(registerSegments(share), emptyCursors());
    expect(lines.sort()).toEqual(['only in the copy', 'own']);
    expect(report.conflicts.sort()).toEqual(['desk-a/000001.seal (conflicted copy).json', 'desk-a/000001.sync-conflict-20261201-ABC.jsonl']);
    await mkdir(join(share, 'access'));
    await writeFile(join(share, 'access', 'desk-a.jsonl'), 'a\n');
    await writeFile(join(share, 'access', 'desk-a (conflicted copy).jsonl'), 'b\n');
    const access = await read(accessLogs(share), emptyCursors());
    expect(access.lines.sort()).toEqual(['a', 'b']);
    expect(access.report.conflicts).toEqual(['access/desk-a (conflicted copy).jsonl']);
  });

  it('trusts a segment that matches its seal, and reports one with a flipped byte as damaged', async () => {
    const { share, dir } = await deskFolder();
    const bytes = Buffer.from('{"a":1}\n{"b":2}\n');
    const seal = { deskId: 'desk-a', segment: 1, lines: 2, bytes: bytes.length, sha256: sha256OfBytes(bytes), torn: false };
    await writeFile(join(dir, '000001.jsonl'), bytes);
    await writeFile(join(dir, '000001.seal.json'), JSON.stringify(seal));
    const good = await read(registerSegments(share), emptyCursors());
    expect(good.report.damaged).toEqual([]);
    expect(good.batches.every((b) => b.trusted)).toBe(true);
    const flipped = Buffer.from(bytes);
    flipped[3] = flipped[3]! ^ 0x01;
    await writeFile(join(dir, '000001.jsonl'), flipped);
    const bad = await read(registerSegments(share), emptyCursors());
    expect(bad.report.damaged).toEqual(['desk-a/000001.jsonl']);
    expect(bad.batches.some((b) => b.trusted)).toBe(false);
  });

  it('keeps cursors saved by an earlier version and drops malformed ones', () => {
    const saved = { files: { 'd/000001.jsonl': { size: 10, offset: 8, tail: 'ab', tailLen: 4 }, 'd/bad.jsonl': { size: 'x' } }, seals: {} };
    expect(restoreCursors(saved).files).toEqual({ 'd/000001.jsonl': { size: 10, offset: 8, tail: 'ab', tailLen: 4 } });
    expect(restoreCursors(null)).toEqual(emptyCursors());
    expect(restoreCursors('garbage')).toEqual(emptyCursors());
  });
});

describe('share log writer', () => {
  it('copies the whole local lines the share file lacks, and leaves a torn local line for later', async () => {
    const dir = await tempDir('sharelog');
    const local = join(dir, 'local.jsonl');
    const shared = join(dir, 'share', 'access', 'desk-a.jsonl');
    await writeFile(local, 'one\ntwo\nthr');
    expect(await catchUp(io, local, shared)).toEqual({ copied: 8 });
    await appendFile(local, 'ee\n');
    expect(await catchUp(io, local, shared)).toEqual({ copied: 6 });
    expect(await readFile(shared, 'utf8')).toBe('one\ntwo\nthree\n');
  });
});
