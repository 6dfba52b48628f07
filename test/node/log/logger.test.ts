import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFileLogger } from '../../../electron/main/services/log/logger';

describe('the log file', () => {
  it('appends timestamped lines', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'laipni-log-')), 'logs', 'laipni.log');
    const log = createFileLogger(file, () => new Date('2026-11-24T08:00:00Z'));
    log.info('start');
    log.error('sync failed', new Error('EBUSY'));
    expect(await readFile(file, 'utf8')).toBe('2026-11-24T08:00:00.000Z INFO start\n2026-11-24T08:00:00.000Z ERROR sync failed: Error: EBUSY\n');
  });

  it('starts a new file when the old one has grown too big, keeping one previous', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'laipni-log-'));
    const file = join(dir, 'laipni.log');
    await writeFile(file, 'x'.repeat(2000));
    createFileLogger(file, () => new Date(), 1000).info('fresh');
    expect((await readFile(file, 'utf8')).trim().endsWith('INFO fresh')).toBe(true);
    expect((await readFile(`${file}.1`, 'utf8')).length).toBe(2000);
  });
});
