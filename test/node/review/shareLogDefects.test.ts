import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { encodeEvent } from '../../../shared/register/event';
import { DEFAULT_SORT } from '../../../shared/review/inbox';
import { nodeSha256Hex } from '../../../electron/main/services/register/nodeHash';
import { openDesk, sampleInput, tempDir, tempShare, type TestDesk } from '../../support/registerDesk';
import { person, reviewOn } from '../../support/reviewDesk';
import { eventsFor } from '../../support/reviewEntries';

const head = person('aija.liepina', ['head']);

const open: TestDesk[] = [];
afterEach(async () => {
  while (open.length) await open.pop()!.close();
});

describe('review reads the share through the same reader as sync', () => {
  it('gives an entry found only in a sync client’s conflict copy its history and its answer date', async () => {
    const share = await tempShare();
    const desk = await openDesk(share, { deskCode: 'K2' });
    open.push(desk);
    // Dated well in the past, so no clock makes these events "from the future".
    const events = eventsFor(1, { registeredAt: '2020-03-02T08:00:00.000Z' }, [{ status: 'in_review' }, { status: 'answered' }]);
    const lost = join(share, 'desks', 'd1');
    await mkdir(lost, { recursive: true });
    await writeFile(join(lost, '000001.sync-conflict-20261201-ABC.jsonl'), events.map((e) => encodeEvent(e, nodeSha256Hex)).join(''));
    await desk.sync.round();
    const review = reviewOn(desk, share, () => head).review;
    const id = events[0]!.rec;
    const row = (await review.inbox({}, DEFAULT_SORT, 0, 50)).rows.find((r) => r.id === id);
    expect(row?.status).toBe('answered');
    const view = await review.entry(id);
    expect(view.history.map((h) => h.op)).toEqual(['create', 'set', 'set']);
    const report = await review.report({ from: '2020-03-01', to: '2020-03-31' });
    expect(report.answered).toBe(1);
    expect(report.medianAnswerDays).toBe(0);
  });

  it('writes nothing into the working folder when no share is configured', async () => {
    const desk = await openDesk(null);
    open.push(desk);
    const entry = await desk.opened.register.add(sampleInput(1), 'laura.kalnina');
    const cwd = await tempDir('cwd');
    const before = process.cwd();
    process.chdir(cwd);
    try {
      const review = reviewOn(desk, null, () => head).review;
      await review.entry(entry.id);
      expect(await readdir(cwd)).toEqual([]);
    } finally {
      process.chdir(before);
    }
    // The opening is still logged, on this computer.
    expect((await readFile(join(desk.dataDir, 'review', 'access.jsonl'), 'utf8')).trim().split('\n')).toHaveLength(1);
  });
});
