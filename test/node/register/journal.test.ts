import { appendFile, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openJournal } from '../../../electron/main/services/register/journal';
import { nodeSha256Hex } from '../../../electron/main/services/register/nodeHash';
import type { RegisterEvent } from '../../../shared/register/event';
import { createEvent, createFieldsFor } from '../../support/registerEvents';

const events = Array.from({ length: 40 }, (_, i) =>
  createEvent(
    { id: `ev-${String(i + 1).padStart(6, '0')}`, desk: 'd1', seq: i + 1, ms: 1_770_000_000_000 + i, rec: `rec-${String(i + 1).padStart(6, '0')}` },
    createFieldsFor(i + 1),
  ),
);

let dir: string;
let file: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'laipni-journal-'));
  file = join(dir, 'journal.jsonl');
  const { journal } = await openJournal(file, nodeSha256Hex, 0, () => undefined);
  await journal.append(events.slice(0, 25));
  await journal.append(events.slice(25));
  await journal.close();
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function replay(fromByte: number, chunkBytes?: number) {
  const seen: RegisterEvent[] = [];
  const opened = await openJournal(file, nodeSha256Hex, fromByte, (e) => seen.push(e), chunkBytes);
  await opened.journal.close();
  return { seen, opened };
}

describe('reading a desk’s own journal on opening, a chunk at a time', () => {
  it('replays every saved entry in order whatever the chunk size, even one smaller than a line', async () => {
    for (const chunk of [1, 7, 100, 4096, 1 << 20]) {
      const { seen, opened } = await replay(0, chunk);
      expect(seen.map((e) => e.id)).toEqual(events.map((e) => e.id));
      expect(seen).toEqual(events);
      expect(opened.damagedLines).toBe(0);
      expect(opened.tornBytes).toBe(0);
    }
  });

  it('reads only what the cache does not cover', async () => {
    const whole = (await stat(file)).size;
    const lines = (await readFile(file, 'utf8')).split('\n');
    const firstTen = Buffer.byteLength(lines.slice(0, 10).join('\n') + '\n');
    const { seen, opened } = await replay(firstTen, 13);
    expect(seen.map((e) => e.id)).toEqual(events.slice(10).map((e) => e.id));
    expect(opened.journal.size()).toBe(whole);
  });

  it('sets a torn last line aside and keeps every complete entry, across chunk borders', async () => {
    const whole = (await stat(file)).size;
    await appendFile(file, '{"id":"ev-torn","desk":"d1');
    const { seen, opened } = await replay(0, 33);
    expect(seen).toEqual(events);
    expect(opened.tornBytes).toBe(Buffer.byteLength('{"id":"ev-torn","desk":"d1'));
    expect((await stat(file)).size).toBe(whole);
    expect(await readFile(`${file}.torn`, 'utf8')).toBe('{"id":"ev-torn","desk":"d1');
  });

  it('counts a damaged line and goes on with the lines after it', async () => {
    await appendFile(file, 'not an event\n');
    const { journal } = await openJournal(file, nodeSha256Hex, 0, () => undefined);
    await journal.append([createEvent({ id: 'ev-000099', desk: 'd1', seq: 99, ms: 1_770_000_000_099, rec: 'rec-000099' }, createFieldsFor(99))]);
    await journal.close();
    const { seen, opened } = await replay(0, 50);
    expect(opened.damagedLines).toBe(1);
    expect(seen.map((e) => e.id)).toEqual([...events.map((e) => e.id), 'ev-000099']);
  });
});
