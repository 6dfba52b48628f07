import { afterEach, describe, expect, it } from 'vitest';
import { createDeadlineNotifier, type DesktopAttention } from '../../../electron/main/services/review/deadlineNotifier';
import { openDesk, sampleInput, tempShare, type TestDesk } from '../../support/registerDesk';
import { person, reviewOn } from '../../support/reviewDesk';

const open: TestDesk[] = [];
afterEach(async () => {
  while (open.length) await open.pop()!.close();
});

function recorder() {
  const notes: Array<{ title: string; body: string }> = [];
  const badges: number[] = [];
  const attention: DesktopAttention = { notify: (title, body) => notes.push({ title, body }), setBadge: (n) => badges.push(n) };
  return { notes, badges, attention };
}

const texts = { title: (n: number) => `${n} due soon`, body: (numbers: string[]) => numbers.join(', ') };

describe('deadline reminders', () => {
  it('announces an entry once when its answer becomes due within 2 working days, and counts it on the icon', async () => {
    const share = await tempShare();
    const desk = await openDesk(share, { wall: () => Date.parse('2026-03-02T09:00:00.000Z') });
    open.push(desk);
    const entry = await desk.opened.register.add(sampleInput(1), 'laura.kalnina');
    expect(entry.dueDate).toBe('2026-03-16');
    let now = Date.parse('2026-03-03T09:00:00.000Z');
    const services = reviewOn(
      desk,
      share,
      () => person('aija.liepina', ['head']),
      () => now,
    );
    await services.review.act(entry.id, { action: 'start' });
    const { notes, badges, attention } = recorder();
    const notifier = createDeadlineNotifier({ review: services.review, attention, texts });

    now = Date.parse('2026-03-10T09:00:00.000Z');
    await notifier.check();
    expect(notes).toEqual([]);
    expect(badges.at(-1)).toBe(0);

    now = Date.parse('2026-03-12T09:00:00.000Z');
    await notifier.check();
    await notifier.check();
    expect(notes).toEqual([{ title: '1 due soon', body: entry.number }]);
    expect(badges.at(-1)).toBe(1);

    now = Date.parse('2026-03-17T09:00:00.000Z');
    await notifier.check();
    expect(notes).toHaveLength(1);
    expect(badges.at(-1)).toBe(1);
  });

  it('reminds of the forwarding deadline of an entry nobody has taken into review, and stops once it is', async () => {
    const share = await tempShare();
    const desk = await openDesk(share, { wall: () => Date.parse('2026-03-02T09:00:00.000Z') });
    open.push(desk);
    const entry = await desk.opened.register.add(sampleInput(1), 'laura.kalnina');
    // Received Monday 2 March 2026: forward within 5 working days, by Monday 9 March.
    expect(entry.forwardDue).toBe('2026-03-09');
    let now = Date.parse('2026-03-03T09:00:00.000Z');
    const services = reviewOn(
      desk,
      share,
      () => person('aija.liepina', ['head']),
      () => now,
    );
    const { notes, badges, attention } = recorder();
    const notifier = createDeadlineNotifier({ review: services.review, attention, texts });
    await notifier.check();
    expect([notes.length, badges.at(-1)]).toEqual([0, 0]);

    now = Date.parse('2026-03-05T09:00:00.000Z');
    await notifier.check();
    expect(notes).toEqual([{ title: '1 due soon', body: entry.number }]);
    const inbox = await services.review.inbox({}, { by: 'dueDate', dir: 'asc' }, 0, 10);
    expect(inbox.rows.map((r) => [r.forwardDue, r.forward, r.due])).toEqual([['2026-03-09', 'due_soon', 'on_time']]);

    now = Date.parse('2026-03-10T09:00:00.000Z');
    expect((await services.review.inbox({ overdue: true }, { by: 'dueDate', dir: 'asc' }, 0, 10)).rows.map((r) => r.forward)).toEqual(['overdue']);
    await services.review.act(entry.id, { action: 'start' });
    await notifier.check();
    expect(badges.at(-1)).toBe(0);
    expect((await services.review.entry(entry.id)).forward).toBe('done');
  });

  it('announces again after the deadline was extended and comes close once more', async () => {
    const share = await tempShare();
    const desk = await openDesk(share, { wall: () => Date.parse('2026-03-02T09:00:00.000Z') });
    open.push(desk);
    const entry = await desk.opened.register.add(sampleInput(1), 'laura.kalnina');
    let now = Date.parse('2026-03-12T09:00:00.000Z');
    const services = reviewOn(
      desk,
      share,
      () => person('aija.liepina', ['head']),
      () => now,
    );
    const { notes, attention } = recorder();
    const notifier = createDeadlineNotifier({ review: services.review, attention, texts });
    await services.review.act(entry.id, { action: 'start' });
    await notifier.check();
    await services.review.act(entry.id, { action: 'extend', ground: 'other_institutions', dueDate: '2026-03-31', reason: 'atzinums', clientNotified: true });
    now = Date.parse('2026-03-27T09:00:00.000Z');
    await notifier.check();
    expect(notes).toHaveLength(2);
  });
});
