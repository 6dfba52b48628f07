import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createReviewHandlers } from '../../../electron/main/ipc/review/reviewHandlers';
import { checkShare } from '../../../electron/main/services/register/sync/shareCheck';
import { STAFF_PATH } from '../../../electron/main/services/directory/directoryService';
import type { Person } from '../../../shared/directory/person';
import { person as directoryPerson } from '../../support/people';
import { openDesk, sampleInput, tempShare, type TestDesk } from '../../support/registerDesk';
import { person, reviewOn } from '../../support/reviewDesk';

const open: TestDesk[] = [];
afterEach(async () => {
  while (open.length) await open.pop()!.close();
});
const ctx = { window: 'desk' as const };

const at = (id: string, name: string, surname: string, roles: Person['roles'], institutionCode = 'RNP') =>
  directoryPerson({ id, name, surname, roles, institutionCode, accounts: [`RNP\\${id}`] });
/** A municipality whose ethics commission has one member, and no council chair in the directory. */
const people = [
  at('laura.kalnina', 'Laura', 'Kalniņa', ['desk_staff']),
  at('aija.liepina', 'Aija', 'Liepiņa', ['head']),
  at('juris.ozols', 'Juris', 'Ozols', ['executive_director'], 'RND'),
  at('kitija.jaunzeme', 'Kitija', 'Jaunzeme', ['ethics_commission']),
];

async function publishDirectory(share: string) {
  await mkdir(join(share, 'catalog'), { recursive: true });
  await writeFile(join(share, STAFF_PATH), JSON.stringify({ publishedAt: '2026-05-01T08:00:00.000Z', data: { people } }));
}

describe('every entry reaches a reviewer', () => {
  it('share check lists the entries nobody in the published directory may review, and says when it could not check', async () => {
    const share = await tempShare();
    const desk = await openDesk(share);
    open.push(desk);
    const reg = desk.opened.register;
    await reg.add(sampleInput(1), 'laura.kalnina');
    // About the commission's only member: she may not see it, and nobody else may.
    const lost = await reg.add({ ...sampleInput(2), subject: 'ethics', employee: { personId: 'kitija.jaunzeme', name: 'Kitija Jaunzeme' } }, 'laura.kalnina');
    const voided = await reg.add({ ...sampleInput(3), subject: 'ethics', employee: { personId: 'kitija.jaunzeme', name: 'Kitija Jaunzeme' } }, 'laura.kalnina');
    await reg.voidEntry(voided.id, 'reģistrēts kļūdas pēc', 'laura.kalnina');
    await desk.sync.round();

    const unchecked = await checkShare(share);
    expect([unchecked.reviewersChecked, unchecked.findings]).toEqual([false, []]);

    await publishDirectory(share);
    const report = await checkShare(share);
    expect(report.reviewersChecked).toBe(true);
    expect(report.findings).toEqual([{ code: 'no_reviewer', problem: true, detail: lost.number }]);
    expect(report.problems).toBe(1);
  });

  it('refuses a re-routing that would leave an entry with nobody to review it, and saves one that does not', async () => {
    const share = await tempShare();
    const desk = await openDesk(share);
    open.push(desk);
    const e = await desk.opened.register.add(sampleInput(4), 'laura.kalnina');
    const services = reviewOn(
      desk,
      share,
      () => person('aija.liepina', ['head']),
      undefined,
      () => people,
    );
    const handlers = createReviewHandlers(services);
    // Nobody holds the council chair's role in the directory.
    await expect(
      handlers['review:act']({ id: e.id, act: { action: 'route', routedTo: 'council_chair', reason: 'pēc piederības' } }, ctx),
    ).rejects.toMatchObject({
      details: { field: 'route_leaves_nobody' },
    });
    // The same check for fields set directly, as `laipni register set` does.
    await expect(services.review.setFields(e.id, { routedTo: 'council_chair', routeReason: 'pēc piederības' })).rejects.toMatchObject({
      details: { field: 'route_leaves_nobody' },
    });
    expect(desk.opened.register.entry(e.id)!.routedTo).toBe('head');
    await services.review.setFields(e.id, { routedTo: 'executive_director', routeReason: 'attiecas uz vadītāju' });
    expect(desk.opened.register.entry(e.id)!.routedTo).toBe('executive_director');
  });

  it('keeps the clerk who registered an 11.2 complaint to its number and status: no notes, reply or history', async () => {
    const share = await tempShare();
    const desk = await openDesk(share);
    open.push(desk);
    const reg = desk.opened.register;
    // Subject "service quality", but it names the head (typed, surname first): 11.2, for the executive director.
    const e = await reg.add({ ...sampleInput(5), employee: { personId: null, name: 'liepina aija' } }, 'laura.kalnina', { people });
    expect([e.routedTo, e.routeRule, e.employee?.personId]).toEqual(['executive_director', '11.2', 'aija.liepina']);
    await reg.note(e.id, 'Izpilddirektora piezīme', 'juris.ozols');
    await reg.set(e.id, { status: 'answered', reply: 'Atbilde klientam' }, 'juris.ozols');
    const clerk = reviewOn(
      desk,
      share,
      () => person('laura.kalnina', ['desk_staff']),
      undefined,
      () => people,
    );
    const view = await clerk.review.entry(e.id);
    expect([view.entry.number, view.entry.status]).toEqual([e.number, 'answered']);
    expect([view.entry.notes, view.entry.reply, view.history, view.canReview]).toEqual([[], null, [], false]);
  });
});
