import { appendFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeEvent } from '../../../shared/register/event';
import { createEventHistory } from '../../../electron/main/services/review/eventHistory';
import { nodeSha256Hex } from '../../../electron/main/services/register/nodeHash';
import { setEvent } from '../../support/registerEvents';
import { eventsFor } from '../../support/reviewEntries';
import { tempDir } from '../../support/registerDesk';

const line = (e: Parameters<typeof encodeEvent>[0]) => encodeEvent(e, nodeSha256Hex);

describe('entry history read from journal and share', () => {
  it('finds an entry’s events across desks, skips damaged lines, and gives the first answer time', async () => {
    const dir = await tempDir('history');
    const journal = join(dir, 'journal.jsonl');
    const share = join(dir, 'share');
    await mkdir(join(share, 'desks', 'd2'), { recursive: true });
    const [create, answer] = eventsFor(1, {}, [{ status: 'answered' }]);
    const remote = setEvent(
      { id: 'ev-remote-1', desk: 'd2', seq: 1, ms: Date.parse('2026-03-03T10:00:00Z'), rec: create!.rec, saw: answer!.hlc },
      { status: 'closed' },
    );
    await writeFile(journal, line(create!) + line(answer!));
    await writeFile(join(share, 'desks', 'd2', '000001.jsonl'), `${line(remote).replace('closed', 'clozed')}${line(remote)}{"torn`);
    await writeFile(
      join(share, 'desks', 'd2', 'desk.json'),
      JSON.stringify({ deskId: 'd2', lease: 'x', institution: 'RNP', deskCode: 'K2', updatedAt: '2026-03-03T10:00:00Z' }),
    );
    const history = createEventHistory({ journalFile: journal, shareFolder: share, hash: nodeSha256Hex, minIntervalMs: 0 });
    expect((await history.events(create!.rec)).map((e) => e.id).sort()).toEqual([create!.id, answer!.id, 'ev-remote-1'].sort());
    expect(await history.answeredAt(create!.rec)).toBe(answer!.at);
    expect(history.deskCode('d2')).toBe('K2');
  });

  it('reads only what was appended, and starts over when a file was replaced by a shorter copy', async () => {
    const dir = await tempDir('history');
    const journal = join(dir, 'journal.jsonl');
    const events = eventsFor(2, {}, [{ status: 'in_review' }, { status: 'answered' }]);
    await writeFile(journal, line(events[0]!));
    const history = createEventHistory({ journalFile: journal, shareFolder: join(dir, 'none'), hash: nodeSha256Hex, minIntervalMs: 0 });
    expect(await history.events(events[0]!.rec)).toHaveLength(1);
    await appendFile(journal, line(events[1]!) + line(events[2]!));
    expect(await history.events(events[0]!.rec)).toHaveLength(3);
    const full = await readFile(journal, 'utf8');
    await writeFile(journal, full.split('\n').slice(0, 2).join('\n') + '\n');
    expect(await history.events(events[0]!.rec)).toHaveLength(2);
    expect(await history.answeredAt(events[0]!.rec)).toBeNull();
  });
});
