import { appendFile, mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeSha256Hex } from '../../../electron/main/services/register/nodeHash';
import { checkShare } from '../../../electron/main/services/register/sync/shareCheck';
import { deskKeyFile } from '../../../electron/main/services/register/sync/syncLoop';
import { enrolmentsDocument, type Enrolment } from '../../../electron/main/services/trust/enrolments';
import { newKeyPair, publicKeyText, readPrivateKey } from '../../../electron/main/services/trust/keys';
import { trustRootFrom } from '../../../electron/main/services/trust/trustRoot';
import { openDesk, sampleInput, tempDir, tempShare, type TestDesk } from '../../support/registerDesk';

const admin = newKeyPair();
const trust = trustRootFrom(publicKeyText(admin.publicKey))!;

/** What IT does with `laipni admin enrol`: the desk's public key into the signed list. */
async function enrol(share: string, ...desks: TestDesk[]) {
  const doc = enrolmentsDocument(share, await tempDir('it'), trust);
  const list: Enrolment[] = (await doc.load()).data.desks;
  for (const d of desks) {
    const keys = readPrivateKey(await readFile(deskKeyFile(d.dataDir), 'utf8'));
    if (typeof keys === 'string') throw new Error(keys);
    list.push({
      deskId: d.opened.register.deskId(),
      institution: 'RNP',
      deskCode: 'K',
      publicKey: publicKeyText(keys.publicKey),
      enrolledAt: '2027-03-01T09:00:00Z',
    });
  }
  await doc.publish({ desks: list }, 'IT', admin);
}

/** A forged event line: right shape, right plain SHA-256, no signature. */
function forgedLine(template: string, patch: Record<string, unknown>): string {
  const event = { ...(JSON.parse(template) as Record<string, unknown>), ...patch };
  delete event.h;
  const body = JSON.stringify(event);
  return `${body.slice(0, -1)},"h":"${nodeSha256Hex(body)}"}\n`;
}

describe('only batches an enrolled desk signed, in its own folder, count', () => {
  it('holds an unenrolled desk’s entries, visible to IT, until it is enrolled', async () => {
    const share = await tempShare();
    const a = await openDesk(share, { deskCode: 'K1', trust });
    const b = await openDesk(share, { deskCode: 'K2', trust });
    await a.sync.round();
    await b.opened.register.add(sampleInput(1), 'RNP\\ilze.berzina');
    await b.sync.round();
    await enrol(share, a);
    const status = await a.sync.round();
    expect(a.opened.register.size()).toBe(0);
    expect(status.problems.find((p) => p.code === 'held_files')?.detail).toContain('(unenrolled)');
    const check = await checkShare(share, trust);
    expect(check.findings).toContainEqual(expect.objectContaining({ code: 'unenrolled', file: `${b.opened.register.deskId()}/000001.jsonl`, problem: true }));
    await enrol(share, b);
    await a.sync.round();
    expect(a.opened.register.size()).toBe(1);
    expect(a.opened.register.stateHash()).toBe(b.opened.register.stateHash());
    await a.close();
    await b.close();
  });

  it('ignores a forged line in another desk’s folder or a new folder, and says where', async () => {
    const share = await tempShare();
    const a = await openDesk(share, { deskCode: 'K1', trust });
    const b = await openDesk(share, { deskCode: 'K2', trust });
    await a.sync.round();
    await b.sync.round();
    await enrol(share, a, b);
    const entry = await b.opened.register.add(sampleInput(1), 'RNP\\ilze.berzina');
    await b.sync.round();
    await a.sync.round();
    expect(a.opened.register.find(entry.number)?.status).toBe('registered');
    const before = a.opened.register.stateHash();

    const bDir = join(share, 'desks', b.opened.register.deskId());
    const template = (await readFile(join(bDir, '000001.jsonl'), 'utf8')).split('\n')[0]!;
    const t = JSON.parse(template) as { seq: number; hlc: string };
    const voidIt = forgedLine(template, { id: 'forged-1', seq: t.seq + 1, op: 'void', f: { reason: 'forged' }, saw: t.hlc });
    await appendFile(join(bDir, '000001.jsonl'), voidIt);
    await mkdir(join(share, 'desks', 'evil'), { recursive: true });
    await writeFile(join(share, 'desks', 'evil', '000001.jsonl'), forgedLine(template, { id: 'forged-2', desk: 'evil', op: 'void', f: { reason: 'x' } }));
    // A desk that is enrolled cannot sign into another's folder either.
    const stolen = readPrivateKey(await readFile(deskKeyFile(a.dataDir), 'utf8'));
    expect(typeof stolen).not.toBe('string');

    const status = await a.sync.round();
    expect(a.opened.register.stateHash()).toBe(before);
    expect(a.opened.register.find(entry.number)?.status).toBe('registered');
    expect(status.problems.find((p) => p.code === 'held_files')?.detail).toMatch(/evil\/000001\.jsonl \(unenrolled\)/);
    const check = await checkShare(share, trust);
    const named = check.findings.filter((f) => f.problem).map((f) => `${f.code} ${f.file}`);
    expect(named).toContain(`unsigned ${b.opened.register.deskId()}/000001.jsonl`);
    expect(named).toContain('unenrolled evil/000001.jsonl');
    // Nothing was deleted: the forged lines are where the attacker put them.
    expect(await readFile(join(share, 'desks', 'evil', '000001.jsonl'), 'utf8')).toContain('forged-2');

    // The victim desk goes on writing in a new segment; its new entries still count.
    const next = await b.opened.register.add(sampleInput(2), 'RNP\\ilze.berzina');
    await b.sync.round();
    await a.sync.round();
    expect(a.opened.register.find(next.number)).toBeTruthy();
    expect(a.opened.register.find(entry.number)?.status).toBe('registered');
    expect(b.opened.register.deskId()).toBe(check.desks.find((d) => d.deskCode === 'K2')?.deskId);
    await a.close();
    await b.close();
  });

  it('reads a whole signed segment with one signature check and skips nothing on restart', async () => {
    const share = await tempShare();
    const a = await openDesk(share, { deskCode: 'K1', trust });
    const b = await openDesk(share, { deskCode: 'K2', trust });
    for (let i = 0; i < 30; i++) {
      await b.opened.register.add(sampleInput(i), 'RNP\\ilze.berzina');
      if (i % 7 === 0) await b.sync.round();
    }
    await b.sync.round();
    await a.sync.round();
    await enrol(share, a, b);
    await a.sync.round();
    expect(a.opened.register.size()).toBe(30);
    const files = await readdir(join(share, 'desks', b.opened.register.deskId()));
    expect(files).toEqual(expect.arrayContaining(['000001.jsonl', '000001.sig.jsonl', 'desk-key.json']));
    expect((await stat(deskKeyFile(b.dataDir))).mode & 0o077).toBe(0);
    expect((await checkShare(share, trust)).problems).toBe(0);
    await a.close();
    await b.close();
  });
});
