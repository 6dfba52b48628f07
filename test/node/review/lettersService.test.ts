import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createReviewHandlers } from '../../../electron/main/ipc/review/reviewHandlers';
import { ContractError } from '../../../shared/contract/result';
import { DEFAULT_REGISTER_RULES, REGISTER_RULES_PATH, type RegisterRules } from '../../../shared/register/rules';
import { person as directoryPerson } from '../../support/people';
import { openDesk, sampleInput, tempShare, type TestDesk } from '../../support/registerDesk';
import { person, reviewOn } from '../../support/reviewDesk';

const open: TestDesk[] = [];
afterEach(async () => {
  while (open.length) await open.pop()!.close();
});
const ctx = { window: 'desk' as const };

const people = [
  directoryPerson({ id: 'aija.liepina', name: 'Aija', surname: 'Liepiņa', position: 'Pārvaldes vadītāja', accounts: ['RNP\\aija.liepina'], roles: ['head'] }),
  directoryPerson({
    id: 'kitija.jaunzeme',
    name: 'Kitija',
    surname: 'Jaunzeme',
    position: 'Juriste',
    accounts: ['RNP\\kitija.jaunzeme'],
    roles: ['ethics_commission'],
  }),
  directoryPerson({ id: 'ojars.zarins', name: 'Ojārs', surname: 'Zariņš', position: 'Jurists', accounts: ['RNP\\ojars.zarins'], roles: ['ethics_commission'] }),
];

async function publishLetterhead(share: string, letterhead: RegisterRules['letterheads'][string]) {
  await mkdir(join(share, 'config'), { recursive: true });
  const rules: RegisterRules = { ...DEFAULT_REGISTER_RULES, letterheads: { RNP: letterhead } };
  await writeFile(join(share, REGISTER_RULES_PATH), JSON.stringify({ publishedAt: '2026-03-01T08:00:00.000Z', data: rules }));
}

const letterhead = { name: 'Rēzeknes novada pašvaldība', registrationNo: '90009112679', address: 'Atbrīvošanas aleja 95A, Rēzekne, LV-4601', place: 'Rēzeknē' };

/** A desk whose clock is 5 May 2026, with one answered complaint and one ethics report. */
async function deskWith(share: string, deskCode: string, dataDir?: string) {
  const wall = Date.parse('2026-05-05T07:00:00.000Z');
  const desk = await openDesk(share, { deskCode, wall: () => wall, ...(dataDir ? { dataDir } : {}) });
  open.push(desk);
  return { desk, wall };
}

describe('letters from a desk', () => {
  it('numbers outgoing letters per desk like register numbers: no two desks give the same number, and a restart continues', async () => {
    const share = await tempShare();
    await publishLetterhead(share, letterhead);
    const one = await deskWith(share, 'K1');
    const two = await deskWith(share, 'K2');
    const numbers: string[] = [];
    for (const { desk, wall } of [one, two]) {
      const e = await desk.opened.register.add({ ...sampleInput(1), receivedOn: '2026-04-30' }, 'laura.kalnina');
      await desk.opened.register.set(e.id, { status: 'answered', reply: 'Atbildam.' }, 'aija.liepina');
      const handlers = createReviewHandlers(
        reviewOn(
          desk,
          share,
          () => person('aija.liepina', ['head']),
          () => wall,
          () => people,
        ),
      );
      for (let i = 0; i < 2; i++) {
        const { letter, view } = await handlers['review:letter']({ id: e.id, kind: 'reply', signing: 'paper' }, ctx);
        numbers.push(letter.outgoing);
        // The desk's clock stands still here, so notes made in one millisecond have no order to rely on.
        expect(view.entry.notes.map((n) => n.letter)).toContainEqual({ kind: 'reply', number: letter.outgoing.slice('Nr. '.length) });
        expect(letter.letterhead).toEqual(['Rēzeknes novada pašvaldība', 'Reģ. Nr. 90009112679', 'Atbrīvošanas aleja 95A, Rēzekne, LV-4601']);
        expect(letter.placeAndDate).toBe('Rēzeknē, 2026. gada 5. maijā');
        expect(letter.signature).toEqual({ name: 'Aija Liepiņa', position: 'Pārvaldes vadītāja', signing: 'paper', line: '(paraksts)' });
      }
    }
    expect(numbers).toEqual(['Nr. RNP-2026/K1-IZ-0001', 'Nr. RNP-2026/K1-IZ-0002', 'Nr. RNP-2026/K2-IZ-0001', 'Nr. RNP-2026/K2-IZ-0002']);

    // The first desk restarts from its journal and carries on from its last letter, not from 1.
    const dataDir = one.desk.dataDir;
    await open.splice(open.indexOf(one.desk), 1)[0]!.close();
    const again = await deskWith(share, 'K1', dataDir);
    const e = again.desk.opened.register.all().find((x) => x.number.startsWith('RNP-2026/K1-'))!;
    const handlers = createReviewHandlers(
      reviewOn(
        again.desk,
        share,
        () => person('aija.liepina', ['head']),
        () => again.wall,
        () => people,
      ),
    );
    expect((await handlers['review:letter']({ id: e.id, kind: 'reply', signing: 'electronic' }, ctx)).letter.outgoing).toBe('Nr. RNP-2026/K1-IZ-0003');
  });

  it("has the ethics commission's letters signed by its chair, whoever of its members prepares them, and says when no chair is named", async () => {
    const share = await tempShare();
    await publishLetterhead(share, letterhead);
    const { desk, wall } = await deskWith(share, 'K1');
    const e = await desk.opened.register.add({ ...sampleInput(2), subject: 'ethics', receivedOn: '2026-04-30' }, 'laura.kalnina');
    await desk.opened.register.set(e.id, { status: 'answered', reply: 'Komisija pārkāpumu nekonstatēja.' }, 'ojars.zarins');
    const handlers = createReviewHandlers(
      reviewOn(
        desk,
        share,
        () => person('ojars.zarins', ['ethics_commission']),
        () => wall,
        () => people,
      ),
    );
    const refused = handlers['review:letter']({ id: e.id, kind: 'reply', signing: 'paper' }, ctx);
    await expect(refused).rejects.toBeInstanceOf(ContractError);
    await expect(refused).rejects.toMatchObject({ details: { field: 'letter_needs_chair' } });
    expect(desk.opened.register.entry(e.id)!.notes).toEqual([]);

    await publishLetterhead(share, { ...letterhead, ethicsChair: { personId: 'kitija.jaunzeme', position: 'Ētikas komisijas priekšsēdētāja' } });
    const { letter } = await handlers['review:letter']({ id: e.id, kind: 'reply', signing: 'paper' }, ctx);
    expect(letter.signature).toMatchObject({ name: 'Kitija Jaunzeme', position: 'Ētikas komisijas priekšsēdētāja' });
  });

  it('refuses a forwarding letter until forwarding is recorded, then writes it with the competent body', async () => {
    const share = await tempShare();
    await publishLetterhead(share, letterhead);
    const { desk, wall } = await deskWith(share, 'K1');
    const e = await desk.opened.register.add({ ...sampleInput(3), receivedOn: '2026-04-30' }, 'laura.kalnina');
    const handlers = createReviewHandlers(
      reviewOn(
        desk,
        share,
        () => person('aija.liepina', ['head']),
        () => wall,
        () => people,
      ),
    );
    await expect(handlers['review:letter']({ id: e.id, kind: 'forwarding', signing: 'paper' }, ctx)).rejects.toMatchObject({
      details: { field: 'letter_needs_forwarding' },
    });
    await handlers['review:act'](
      { id: e.id, act: { action: 'forward', to: 'Valsts ieņēmumu dienests', reason: 'nodokļu jautājums', outcome: 'forwarded' } },
      ctx,
    );
    const { letter, view } = await handlers['review:letter']({ id: e.id, kind: 'forwarding', signing: 'paper' }, ctx);
    expect(letter.paragraphs).toContain('Tādēļ iesniegumu esam pārsūtījuši izskatīšanai pēc piekritības, un atbildi Jums sniegs Valsts ieņēmumu dienests.');
    expect(view.entry).toMatchObject({ status: 'forwarded', forwardedTo: 'Valsts ieņēmumu dienests', forwardOutcome: 'forwarded' });
    await expect(handlers['review:letter']({ id: e.id, kind: 'where_to_apply', signing: 'paper' }, ctx)).rejects.toMatchObject({
      details: { field: 'letter_needs_where_to_apply' },
    });
  });
});
