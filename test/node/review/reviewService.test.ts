import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertMayWrite, requiredVersionDocument } from '../../../electron/main/services/register/sync/requiredVersion';
import { afterEach, describe, expect, it } from 'vitest';
import { ContractError } from '../../../shared/contract/result';
import type { Identity } from '../../../shared/identity/identity';
import { DEFAULT_SORT } from '../../../shared/review/inbox';
import { openDesk, sampleInput, tempShare, type TestDesk } from '../../support/registerDesk';
import { accessFile, person, reviewOn } from '../../support/reviewDesk';
import { person as directoryPerson } from '../../support/people';
import { namesFor } from '../../../electron/main/services/review/reviewService';

const head = person('aija.liepina', ['head']);
const director = person('juris.ozols', ['executive_director']);
const ethics = person('kitija.jaunzeme', ['ethics_commission']);
const deskStaff = person('laura.kalnina', ['desk_staff']);
const otherDesk = person('ilze.berzina', ['desk_staff']);
const admin: Identity = { account: 'RNP\\demo.admin', personId: null, displayName: null, institution: null, roles: ['admin'] };

const open: TestDesk[] = [];
afterEach(async () => {
  while (open.length) await open.pop()!.close();
});

async function setup() {
  const share = await tempShare();
  const desk = await openDesk(share);
  open.push(desk);
  const reg = desk.opened.register;
  const plain = await reg.add(sampleInput(1), 'laura.kalnina');
  const aboutHead = await reg.add(
    { ...sampleInput(2), subject: 'head_conduct', employee: { personId: 'aija.liepina', name: 'Aija Liepiņa' } },
    'laura.kalnina',
  );
  const ethicsEntry = await reg.add({ ...sampleInput(3), subject: 'ethics' }, 'ilze.berzina');
  const aboutEmployee = await reg.add(
    {
      ...sampleInput(4),
      subject: 'employee_conduct',
      employee: { personId: 'janis.ozolins', name: 'Jānis Ozoliņš' },
      client: { anonymous: false, name: 'Anna Kalniņa', contact: '=HYPERLINK("x")', consent: true, purpose: 'atbildei' },
    },
    'laura.kalnina',
  );
  let who = head;
  const services = reviewOn(desk, share, () => who);
  return {
    share,
    desk,
    services,
    ids: { plain: plain.id, aboutHead: aboutHead.id, ethics: ethicsEntry.id, aboutEmployee: aboutEmployee.id },
    as: (p: Identity) => (who = p),
  };
}

const code = (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e: unknown) => (e instanceof ContractError ? e.code : String(e)),
  );

describe('review service enforces roles in main', () => {
  it('gives each role exactly its inbox', async () => {
    const { services, ids, as } = await setup();
    const inbox = async (p: Identity) => (as(p), (await services.review.inbox({}, DEFAULT_SORT, 0, 50)).rows.map((r) => r.id).sort());
    expect(await inbox(head)).toEqual([ids.plain, ids.aboutEmployee].sort());
    expect(await inbox(director)).toEqual([ids.aboutHead]);
    expect(await inbox(ethics)).toEqual([ids.ethics]);
    expect(await inbox(deskStaff)).toEqual([ids.plain, ids.aboutHead, ids.aboutEmployee].sort());
    expect(await inbox(otherDesk)).toEqual([ids.ethics]);
  });

  it('answers forbidden_role, not the entry, when a head asks for a complaint about themselves', async () => {
    const { services, ids, as } = await setup();
    as(head);
    expect(await code(services.review.entry(ids.aboutHead))).toBe('forbidden_role');
    expect(await code(services.review.entry(ids.ethics))).toBe('forbidden_role');
    expect(await code(services.review.act(ids.aboutHead, { action: 'close' }))).toBe('forbidden_role');
    as(admin);
    expect(await code(services.review.inbox({}, DEFAULT_SORT, 0, 10))).toBe('forbidden_role');
    expect(await code(services.review.entry(ids.plain))).toBe('forbidden_role');
  });

  it('lets desk staff open what they registered but not review it', async () => {
    const { services, ids, as } = await setup();
    as(deskStaff);
    const view = await services.review.entry(ids.plain);
    expect(view.canReview).toBe(false);
    expect(view.access).toBeNull();
    expect(await code(services.review.act(ids.plain, { action: 'start' }))).toBe('forbidden_role');
  });

  it('logs every opening to the share and shows the log to the head', async () => {
    const { share, desk, services, ids, as } = await setup();
    as(deskStaff);
    await services.review.entry(ids.plain);
    as(head);
    const view = await services.review.entry(ids.plain);
    expect(view.access!.map((a) => a.by)).toEqual(['aija.liepina', 'laura.kalnina']);
    const lines = (await readFile(accessFile(share, desk.opened.register.deskId()), 'utf8')).trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[0]!)).toMatchObject({ rec: ids.plain, by: 'laura.kalnina' });
  });

  it('names the authors and institutions an entry shows by their directory names, whether stored as person id or account', async () => {
    const people = [
      directoryPerson(),
      directoryPerson({
        id: 'aija.liepina',
        name: 'Aija',
        surname: 'Liepiņa',
        institutionCode: 'RNP',
        institution: 'Rēzeknes novada pašvaldība',
        accounts: ['RNP\\aija.liepina'],
      }),
    ];
    expect(namesFor(people, ['rnp\\ILZE.berzina', 'aija.liepina', 'RNP', 'RSD', 'RNP\\nezinams'])).toEqual({
      'rnp\\ILZE.berzina': 'Ilze Bērziņa',
      'aija.liepina': 'Aija Liepiņa',
      RNP: 'Rēzeknes novada pašvaldība',
      RSD: 'Rēzeknes novada Sociālais dienests',
    });
    const { share, desk, ids, as } = await setup();
    as(head);
    const view = await reviewOn(
      desk,
      share,
      () => head,
      undefined,
      () => people,
    ).review.entry(ids.plain);
    expect(view.names['RNP']).toBe('Rēzeknes novada pašvaldība');
  });

  it('takes an entry from registered to closed with history of who did what', async () => {
    const { services, ids, as } = await setup();
    as(head);
    await services.review.act(ids.aboutEmployee, { action: 'start' });
    await services.review.note(ids.aboutEmployee, 'Runāju ar darbinieku');
    await services.review.act(ids.aboutEmployee, { action: 'ethics_informed', on: '2026-03-03' });
    await services.review.act(ids.aboutEmployee, { action: 'answer', reply: 'Atvainojamies, situācija novērsta.' });
    const view = await services.review.act(ids.aboutEmployee, { action: 'close' });
    expect(view.entry.status).toBe('closed');
    expect(view.ethics).toEqual({ required: true, doneAt: '2026-03-03' });
    expect(view.entry.notes.map((n) => n.text)).toEqual(['Runāju ar darbinieku']);
    expect(view.history.map((h) => [h.op, h.by])).toEqual([
      ['create', 'laura.kalnina'],
      ['set', 'aija.liepina'],
      ['note', 'aija.liepina'],
      ['set', 'aija.liepina'],
      ['set', 'aija.liepina'],
      ['set', 'aija.liepina'],
    ]);
    expect(await code(services.review.act(ids.aboutEmployee, { action: 'start' }))).toBe('invalid_request');
  });

  it('refuses an extension past the limit of the rule table and one without a later date', async () => {
    const { services, ids, as } = await setup();
    as(head);
    const view = await services.review.entry(ids.plain);
    expect(
      await code(
        services.review.act(ids.plain, { action: 'extend', ground: 'other_institutions', reason: 'atzinums', dueDate: '2099-01-01', clientNotified: true }),
      ),
    ).toBe('invalid_request');
    expect(
      await code(
        services.review.act(ids.plain, {
          action: 'extend',
          ground: 'other_institutions',
          reason: 'atzinums',
          dueDate: view.entry.dueDate,
          clientNotified: true,
        }),
      ),
    ).toBe('invalid_request');
    const ok = await services.review.act(ids.plain, {
      action: 'extend',
      ground: 'other_institutions',
      reason: 'atzinums',
      dueDate: view.extendedLimit,
      clientNotified: true,
    });
    expect(ok.entry).toMatchObject({ status: 'extended', dueDate: view.extendedLimit, statusReason: 'atzinums' });
  });

  it('shows history written on another desk, read from the share', async () => {
    const { share, desk, services, ids, as } = await setup();
    const other = await openDesk(share, { deskCode: 'K2' });
    open.push(other);
    await desk.sync.round();
    await other.sync.round();
    await other.opened.register.set(ids.plain, { status: 'in_review' }, 'olga.ivanova');
    await other.sync.round();
    await desk.sync.round();
    as(head);
    const view = await services.review.entry(ids.plain);
    expect(view.entry.status).toBe('in_review');
    expect(view.history.map((h) => h.by)).toEqual(['laura.kalnina', 'olga.ivanova']);
    expect(new Set(view.history.map((h) => h.desk)).size).toBe(2);
  });
});

describe('a desk older than the share requires', () => {
  it('reads entries but changes no status, note or reply until it is updated', async () => {
    const share = await tempShare();
    const desk = await openDesk(share);
    open.push(desk);
    const entry = await desk.opened.register.add(sampleInput(1), 'laura.kalnina');
    await requiredVersionDocument(share, await mkdtemp(join(tmpdir(), 'laipni-it-')), null).publish({ minimumVersion: '2.0.0' });
    const asVersion = (version: string) => () => assertMayWrite(share, desk.dataDir, null, version);
    const older = reviewOn(desk, share, () => head, undefined, undefined, asVersion('1.9.9'));
    expect((await older.review.entry(entry.id)).entry.status).toBe('registered');
    expect(await code(older.review.act(entry.id, { action: 'start' }))).toBe('outdated_app');
    expect(await code(older.review.note(entry.id, 'Piezīme'))).toBe('outdated_app');
    expect(await code(older.review.act(entry.id, { action: 'answer', reply: 'Atbilde' }))).toBe('outdated_app');
    const unchanged = await older.review.entry(entry.id);
    expect(unchanged.entry.status).toBe('registered');
    expect(unchanged.entry.notes).toEqual([]);
    const updated = reviewOn(desk, share, () => head, undefined, undefined, asVersion('2.0.0'));
    expect((await updated.review.act(entry.id, { action: 'start' })).entry.status).toBe('in_review');
  });
});

describe('resolving concurrent edits', () => {
  it('keeps one of the values two desks saved, and refuses anything else under that name', async () => {
    const { share, desk, services, ids, as } = await setup();
    const other = await openDesk(share, { deskCode: 'K2' });
    open.push(other);
    await desk.sync.round();
    await other.sync.round();
    await desk.opened.register.set(ids.plain, { reply: 'Atbilde no K1' }, 'aija.liepina');
    await other.opened.register.set(ids.plain, { reply: 'Atbilde no K2' }, 'olga.ivanova');
    await other.sync.round();
    await desk.sync.round();
    as(head);
    const before = await services.review.entry(ids.plain);
    expect(before.entry.needsReview).toBe(true);
    expect(before.conflicts.map((c) => c.field)).toEqual(['reply']);
    expect(await code(services.review.act(ids.plain, { action: 'resolve', fields: { reply: 'Pavisam cits teksts' } }))).toBe('invalid_request');
    expect(await code(services.review.act(ids.plain, { action: 'resolve', fields: { status: 'closed' } }))).toBe('invalid_request');
    const after = await services.review.act(ids.plain, { action: 'resolve', fields: { reply: 'Atbilde no K2' } });
    expect(after.entry).toMatchObject({ reply: 'Atbilde no K2', needsReview: false });
    expect(after.conflicts).toEqual([]);
  });
});
