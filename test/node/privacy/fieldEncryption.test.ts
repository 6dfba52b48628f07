import { copyFile, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Reviewer } from '../../../shared/register/codes';
import { openRegister } from '../../../electron/main/services/register/openRegister';
import { createSyncLoop } from '../../../electron/main/services/register/sync/syncLoop';
import { openDeskPrivacy, type DeskPrivacy } from '../../../electron/main/services/privacy';
import { bucketId } from '../../../electron/main/services/privacy/keyring';
import { createAttachmentStore } from '../../../electron/main/services/review/attachmentStore';
import { deskKeySchema, enrolmentsDocument, type Enrolment } from '../../../electron/main/services/trust/enrolments';
import { newKeyPair, publicKeyText } from '../../../electron/main/services/trust/keys';
import { trustRootFrom } from '../../../electron/main/services/trust/trustRoot';
import { fileClock } from '../../support/fileClock';
import { everyFile, filesHolding } from '../../support/plainText';
import { RULES, tempDir, tempShare } from '../../support/registerDesk';

const admin = newKeyPair();
const trust = trustRootFrom(publicKeyText(admin.publicKey))!;

const NAME = 'Jānis Bērziņš';
const CONTACT = 'janis@example.lv';
const STORY = 'Bērziņa kungs gaidīja pie loga Nr. 3';
const REPLY = 'Atvainojamies, Bērziņa kungs';

/** Every form a personal field could leak in: UTF-8, JSON's \u escapes, either case of the e-mail. */
/** `grep -r` over every byte: the files where any form of a personal field is found. */
const plainTextIn = (...dirs: string[]) => filesHolding(dirs, [NAME, CONTACT, STORY, REPLY, 'Bērziņ', 'janis@']);

interface Desk {
  dataDir: string;
  privacy: DeskPrivacy;
  opened: Awaited<ReturnType<typeof openRegister>>;
  sync: Awaited<ReturnType<typeof createSyncLoop>>;
  institution: string;
  deskCode: string;
  close(): Promise<void>;
}

async function openDesk(share: string, institution: string, deskCode: string, dataDir?: string): Promise<Desk> {
  const dir = dataDir ?? (await tempDir('desk'));
  const privacy = (await openDeskPrivacy({ dataDir: dir, share, trust, now: () => new Date(fileClock()) }))!;
  const opened = await openRegister({ dataDir: dir, institution, deskCode, rules: RULES, wall: fileClock, privacy });
  const sync = await createSyncLoop({
    opened,
    dataDir: dir,
    share,
    institution,
    deskCode,
    retry: { maxMs: 300, firstDelayMs: 20 },
    persistEveryMs: 0,
    now: () => new Date(fileClock()),
    trust,
  });
  return {
    dataDir: dir,
    privacy,
    opened,
    sync,
    institution,
    deskCode,
    async close() {
      await sync.stop();
      await opened.close();
    },
  };
}

/** What IT does with `laipni admin enrol`: each desk's published `desk-key.json` into the signed list, with the roles it reads. */
async function enrol(share: string, desks: { desk: Desk; reads?: Reviewer[] }[]) {
  const doc = enrolmentsDocument(share, await tempDir('it'), trust);
  const list: Enrolment[] = (await doc.load()).data.desks;
  for (const { desk, reads } of desks) {
    const id = desk.opened.register.deskId();
    const file = deskKeySchema.parse(JSON.parse(await readFile(join(share, 'desks', id, 'desk-key.json'), 'utf8')));
    expect(file.encryptionKey).toBe(desk.privacy.encryptionKey);
    list.push({ ...file, enrolledAt: '2031-03-01T09:00:00Z', ...(reads ? { reads } : {}) });
  }
  await doc.publish({ desks: list }, 'IT', admin);
}

const rounds = async (...desks: Desk[]) => {
  for (let i = 0; i < 2; i++) for (const d of desks) await d.sync.round();
};

const complaint = {
  kind: 'complaint' as const,
  channel: 'in_person' as const,
  subject: 'service_quality' as const,
  description: STORY,
  client: { anonymous: false as const, name: NAME, contact: CONTACT, consent: true as const, purpose: 'atbildei' },
};

describe('personal fields are readable only by their audience, and erasure erases', () => {
  it('keeps every personal field out of the share and every data folder, shows it to the right desks, and shreds it', async () => {
    const share = await tempShare();
    const clerk = await openDesk(share, 'RNP', 'K1');
    const head = await openDesk(share, 'RNP', 'K2');
    const other = await openDesk(share, 'XYZ', 'K3');
    await rounds(clerk, head, other);
    await enrol(share, [{ desk: clerk }, { desk: head, reads: ['head'] }, { desk: other, reads: ['head'] }]);
    await rounds(clerk, head, other);

    const entry = await clerk.opened.register.add(complaint, 'RNP\\ilze.berzina');
    expect(entry.routedTo).toBe('head');
    // The registering desk reads what its clerk typed, at once.
    expect(entry.client).toMatchObject({ name: NAME, contact: CONTACT });
    await rounds(clerk, head, other);

    // The head of the institution reads it and answers; the answer is for the reviewer role only.
    const atHead = head.opened.register.find(entry.number)!;
    expect(atHead.description).toBe(STORY);
    expect(atHead.client).toMatchObject({ name: NAME, contact: CONTACT });
    await head.opened.register.set(entry.id, { reply: REPLY, status: 'in_review' }, 'RNP\\anna.kalnina');
    await head.opened.register.note(entry.id, `Zvanīju ${NAME}`, 'RNP\\anna.kalnina');
    await rounds(head, clerk, other);

    const atClerk = clerk.opened.register.find(entry.number)!;
    expect(atClerk.description).toBe(STORY);
    expect(atClerk.status).toBe('in_review');
    expect(atClerk.reply).toBe('');
    expect(atClerk.unreadable).toEqual(expect.arrayContaining([{ field: 'reply', reason: 'no_key' }]));

    // A clerk desk of another institution (even one reading its own head's entries) syncs, converges, and reads nothing.
    const atOther = other.opened.register.find(entry.number)!;
    expect(atOther.status).toBe('in_review');
    expect(atOther.description).toBe('');
    expect(atOther.client).toMatchObject({ name: '', contact: '' });
    expect(atOther.unreadable?.map((u) => u.reason)).toEqual(expect.arrayContaining(['no_key']));
    expect(other.opened.register.stateHash()).toBe(clerk.opened.register.stateHash());
    expect(head.opened.register.stateHash()).toBe(clerk.opened.register.stateHash());
    expect(head.opened.register.find(entry.number)!.reply).toBe(REPLY);
    expect(head.opened.register.find(entry.number)!.notes.map((n) => n.text)).toEqual([`Zvanīju ${NAME}`]);

    // A sync client's conflict copy beside a segment changes nothing either.
    const clerkFolder = join(share, 'desks', clerk.opened.register.deskId());
    await copyFile(join(clerkFolder, '000001.jsonl'), join(clerkFolder, '000001 (conflicted copy).jsonl'));
    await rounds(clerk, head, other);
    for (const d of [clerk, head, other]) await d.opened.persist(null);
    expect(await plainTextIn(share, clerk.dataDir, head.dataDir, other.dataDir)).toEqual([]);

    // A restarted head desk still reads (its wraps are in its data folder), with no plain key there.
    await head.close();
    const head2 = await openDesk(share, 'RNP', 'K2', head.dataDir);
    expect(head2.opened.register.find(entry.number)!.client).toMatchObject({ name: NAME });

    // Destruction by the archive's approved act: every desk loses the key after its next sync.
    const bucket = bucketId('RNP', 'complaint', entry.registeredAt.slice(0, 7));
    await expect(head2.privacy.keyring().destroy(bucket, { number: '', date: '2036-02-01' }, 'RNP\\anna.kalnina')).rejects.toThrow(/act/);
    const record = await head2.privacy.keyring().destroy(bucket, { number: 'A-7/2036', date: '2036-02-01' }, 'RNP\\anna.kalnina');
    expect(record.act).toEqual({ number: 'A-7/2036', date: '2036-02-01' });
    await rounds(head2, clerk, other);
    for (const d of [clerk, head2]) {
      const e = d.opened.register.find(entry.number)!;
      expect(e.client).toMatchObject({ name: '', contact: '' });
      expect(e.unreadable).toEqual(expect.arrayContaining([{ field: 'description', reason: 'destroyed', destroyedOn: '2036-02-01', act: 'A-7/2036' }]));
    }
    // No wrap of the bucket's keys is left anywhere, so no desk key can bring it back; the act is on the share.
    const wrapsLeft = async (dir: string) => {
      const out: string[] = [];
      for await (const f of everyFile(dir)) if (f.includes(`${bucket}~`)) out.push(f);
      return out;
    };
    for (const dir of [share, clerk.dataDir, head2.dataDir, other.dataDir]) expect(await wrapsLeft(dir)).toEqual([]);
    const acts = await readdir(join(share, 'privacy', 'destroyed'));
    expect(acts).toEqual([`${bucket}.${head2.opened.register.deskId()}.json`]);
    // A desk opened afresh says why, too.
    await clerk.close();
    const clerk2 = await openDesk(share, 'RNP', 'K1', clerk.dataDir);
    expect(clerk2.opened.register.find(entry.number)!.unreadable?.[0]).toMatchObject({ reason: 'destroyed', act: 'A-7/2036' });
    expect(clerk2.opened.register.stateHash()).toBe(other.opened.register.stateHash());
    for (const d of [clerk2, head2, other]) await d.close();
  });

  it('seals a scanned letter attached by the head like her reply: not on the share in plain, opened by the head only, gone with its bucket', async () => {
    const share = await tempShare();
    const clerk = await openDesk(share, 'RNP', 'K1');
    const head = await openDesk(share, 'RNP', 'K2');
    await rounds(clerk, head);
    await enrol(share, [{ desk: clerk }, { desk: head, reads: ['head'] }]);
    await rounds(clerk, head);
    const entry = await clerk.opened.register.add(complaint, 'RNP\\ilze.berzina');
    await rounds(clerk, head);

    const storeOf = (d: Desk) =>
      createAttachmentStore(share, {
        seal: (id, name, bytes) => d.opened.register.sealFile(id, name, bytes),
        open: async (id, name, stored) => d.opened.register.openFile(id, name, stored),
      });
    const letter = new TextEncoder().encode(`%PDF-1.7\n% ${NAME}, ${CONTACT}\n${STORY}\n%%EOF\n`);
    const stored = await storeOf(head).put(entry.id, letter);
    expect(stored.size).toBe(letter.length);
    await rounds(head, clerk);
    expect(await plainTextIn(share, clerk.dataDir, head.dataDir)).toEqual([]);

    // The head reads it back byte for byte; the clerk's desk lists it but cannot open it, and says so.
    expect(Buffer.from((await storeOf(head).read(entry.id, stored.file)).bytes)).toEqual(Buffer.from(letter));
    expect((await storeOf(clerk).list(entry.id)).map((a) => a.file)).toEqual([stored.file]);
    await expect(storeOf(clerk).read(entry.id, stored.file)).rejects.toMatchObject({ details: { field: 'attachment_no_key' } });

    // Destroyed with its bucket under the act: the head cannot open it any more either.
    const bucket = bucketId('RNP', 'complaint', entry.registeredAt.slice(0, 7));
    await head.privacy.keyring().destroy(bucket, { number: 'A-9/2036', date: '2036-02-01' }, 'RNP\\anna.kalnina');
    await expect(storeOf(head).read(entry.id, stored.file)).rejects.toMatchObject({ details: { field: 'attachment_destroyed' } });
    for (const d of [clerk, head]) await d.close();
  });

  it('wraps a role’s keys for a desk enrolled for it later (a new head), and a revoked desk gets no new key', async () => {
    const share = await tempShare();
    const clerk = await openDesk(share, 'RNP', 'K1');
    const oldHead = await openDesk(share, 'RNP', 'K2');
    await rounds(clerk, oldHead);
    await enrol(share, [{ desk: clerk }, { desk: oldHead, reads: ['head'] }]);
    await rounds(clerk, oldHead);
    const first = await clerk.opened.register.add(complaint, 'RNP\\ilze.berzina');
    await rounds(clerk, oldHead);
    expect(oldHead.opened.register.find(first.number)!.client).toMatchObject({ name: NAME });

    // IT revokes the old head's desk and enrols a new one.
    const newHead = await openDesk(share, 'RNP', 'K4');
    await rounds(newHead);
    const doc = enrolmentsDocument(share, await tempDir('it'), trust);
    const kept = (await doc.load()).data.desks.filter((d) => d.deskId !== oldHead.opened.register.deskId());
    await doc.publish({ desks: kept }, 'IT', admin);
    await enrol(share, [{ desk: newHead, reads: ['head'] }]);
    await rounds(clerk, newHead, oldHead);
    expect(newHead.opened.register.find(first.number)!.client).toMatchObject({ name: NAME });

    const second = await clerk.opened.register.add({ ...complaint, description: 'Otrā sūdzība' }, 'RNP\\ilze.berzina');
    await rounds(clerk, newHead, oldHead);
    expect(newHead.opened.register.find(second.number)!.description).toBe('Otrā sūdzība');
    // The revoked desk keeps what it read before, but is not given the key of anything new.
    const atOld = oldHead.opened.register.find(second.number);
    expect(atOld === null || atOld.description === '').toBe(true);
    for (const d of [clerk, oldHead, newHead]) await d.close();
  });
});
