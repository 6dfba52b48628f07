import { appendFile, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPrivateKey, type KeyPair } from '../../electron/main/services/trust/keys';
import { nodeSha256Hex } from '../../electron/main/services/register/nodeHash';
import { converge, expectConverged, newDesk, newShare, runCli, tempFolder, type Desk } from '../support/cliDesks';

const PASSPHRASE = 'Rēzekne admin key, kept in the safe';

const problems = (stdout: string) => (JSON.parse(stdout) as { problems: Array<{ code: string; count?: number; detail?: string }> }).problems;

/** IT's ceremony, through the built command: a passphrase-protected admin key and its public half. */
async function itKey(): Promise<{ file: string; pass: string; publicKey: string; keys: KeyPair }> {
  const it = await tempFolder('it');
  const file = join(it, 'admin-key.pem');
  const pass = join(it, 'passphrase.txt');
  await writeFile(pass, `${PASSPHRASE}\n`);
  const made = await runCli(['admin', 'keygen', '--out', file, '--passphrase-file', pass]);
  expect(made.code, made.stderr).toBe(0);
  expect(made.stdout + made.stderr).not.toContain(PASSPHRASE);
  expect((await stat(file)).mode & 0o077).toBe(0);
  const pem = await readFile(file, 'utf8');
  expect(pem).toContain('ENCRYPTED PRIVATE KEY');
  const publicKey = /"adminPublicKey": "(ed25519:[^"]+)"/.exec(made.stdout)?.[1];
  expect(publicKey).toBeTruthy();
  const keys = readPrivateKey(pem, PASSPHRASE);
  if (typeof keys === 'string') throw new Error(keys);
  return { file, pass, publicKey: publicKey!, keys };
}

async function enrolAll(share: string, key: { file: string; pass: string }, desks: readonly Desk[]) {
  for (const d of desks) {
    const request = join(share, 'desks', (await d.status()).deskId, 'desk-key.json');
    const r = await runCli(['admin', 'enrol', request, '--key', key.file, '--passphrase-file', key.pass, '--share', share]);
    expect(r.code, r.stderr).toBe(0);
  }
}

/** A forged event: the shape and plain SHA-256 are right; nothing signs it. */
function forge(template: string, patch: Record<string, unknown>): string {
  const event = { ...(JSON.parse(template) as Record<string, unknown>), ...patch };
  delete event.h;
  const body = JSON.stringify(event);
  return `${body.slice(0, -1)},"h":"${nodeSha256Hex(body)}"}\n`;
}

describe('an attacker with nothing but write access to the share', () => {
  it('changes nothing with forged lines in another desk’s folder or a new one, and share check names each file', async () => {
    const share = await newShare();
    const key = await itKey();
    const env = { LAIPNI_ADMIN_PUBLIC_KEY: key.publicKey };
    const a = await newDesk(share, 'K1', undefined, key.keys);
    const b = await newDesk(share, 'K2', undefined, key.keys);
    a.env = env;
    b.env = env;
    const complaint = await b.add('Sūdzība par darbinieka rīcību');
    await a.sync();
    await b.sync();

    // Before IT enrols it, desk K2's entry waits on the share, visible to IT.
    const waiting = await a.sync();
    expect(problems(waiting.stdout)).toContainEqual(expect.objectContaining({ code: 'held_files', detail: expect.stringContaining('(unenrolled)') }));
    expect((await a.entries()).map((e) => e.id)).not.toContain(complaint.id);

    await enrolAll(share, key, [a, b]);
    await expectConverged([a, b], [complaint.id]);
    const before = (await a.status()).stateHash;

    const idB = (await b.status()).deskId;
    const segment = join(share, 'desks', idB, '000001.jsonl');
    const template = (await readFile(segment, 'utf8')).split('\n')[0]!;
    const t = JSON.parse(template) as { seq: number; hlc: string };
    await appendFile(segment, forge(template, { id: 'forged-void', seq: t.seq + 1, op: 'void', f: { reason: 'forged' }, saw: t.hlc }));
    await mkdir(join(share, 'desks', 'intruder'), { recursive: true });
    await writeFile(join(share, 'desks', 'intruder', '000001.jsonl'), forge(template, { id: 'forged-new', desk: 'intruder', op: 'void', f: { reason: 'x' } }));

    const pulled = await a.sync();
    expect(problems(pulled.stdout).find((p) => p.code === 'held_files')?.detail).toContain('intruder/000001.jsonl (unenrolled)');
    expect((await a.status()).stateHash).toBe(before);
    expect((await a.entries()).find((e) => e.id === complaint.id)?.status).toBe('registered');

    const check = await runCli(['share', 'check', share], { env });
    expect(check.code).toBe(1);
    expect(check.stderr).toContain(`${idB}/000001.jsonl: lines at its end are not signed by its desk`);
    expect(check.stderr).toContain('intruder/000001.jsonl: not counted: its desk is not enrolled');
    // Kept aside, never deleted.
    expect(await readFile(join(share, 'desks', 'intruder', '000001.jsonl'), 'utf8')).toContain('forged-new');

    // Desk K2 goes on in a new segment and both desks still agree, the forged lines left out.
    const next = await b.add('Otrā sūdzība');
    const states = await converge([a, b]);
    expect(new Set(states.map((s) => s.stateHash)).size).toBe(1);
    await expectConverged([a, b], [complaint.id, next.id]);
    expect((await b.status()).deskId).toBe(idB);
  });

  it('cannot use the admin key without its passphrase, and a wrong one changes nothing', async () => {
    const share = await newShare();
    const key = await itKey();
    const wrong = join(await tempFolder('wrong'), 'pass');
    await writeFile(wrong, 'not the passphrase\n');
    const a = await newDesk(share, 'K1', undefined, key.keys);
    a.env = { LAIPNI_ADMIN_PUBLIC_KEY: key.publicKey };
    await a.sync();
    const request = join(share, 'desks', (await a.status()).deskId, 'desk-key.json');
    const r = await runCli(['admin', 'enrol', request, '--key', key.file, '--passphrase-file', wrong, '--share', share]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('The passphrase does not open');
    await expect(stat(join(share, 'trust', 'desks.json'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
