import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { rigaDate } from '../../../../shared/calendar/dates';
import { ContractError } from '../../../../shared/contract/result';
import type { Person } from '../../../../shared/directory/person';
import {
  ackLineSchema,
  ackStatus,
  typedNameMatches,
  type AckLine,
  type AckStatus,
  type MyAcknowledgement,
  type RulesDocument,
  type WithheldVersion,
  reminderLineSchema,
  type ReminderLine,
} from '../../../../shared/rules/rules';
import bundled from '../../../../shared/rules/regulation-v1.json';
import type { IdentityService } from '../identity/identityService';
import { DEFAULT_RETRY } from '../register/sync/retry';
import { createDeskLog, shareLogIo } from '../shareLog';
import { readShareFile } from '../shareLog/shareFile';
import type { KeyPair } from '../trust/keys';
import { checkDocument, signatureFile, signatureSchema as documentSignatureSchema, signDocument } from '../trust/signedDocument';
import type { TrustRoot } from '../trust/trustRoot';
import { z } from 'zod';
import { latvianPosition } from '../../../../shared/directory/position';

export const ACK_FOLDER = 'acknowledgements';
/** Heads' reminders to sign, per desk: `rules-reminders/<deskId>.jsonl`. */
export const REMINDER_FOLDER = 'rules-reminders';
/** No version of the rules comes near this; a larger file is not read. */
const MAX_VERSION_BYTES = 4 * 1024 * 1024;
/** Later versions, one file each, written once: `rules/versions/000002.json`. */
export const RULES_VERSIONS = join('rules', 'versions');

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

const versionFileSchema = z
  .object({
    version: z.number().int().min(2),
    title: z.string().min(1).max(300),
    text: z.string().min(1),
    published: z.string(),
    publishedBy: z.string().nullable(),
  })
  .strict();

/** The version that ships with the app: the regulation as adopted on 7 June 2018. */
export const FIRST_VERSION: RulesDocument = {
  version: bundled.version,
  title: bundled.title,
  text: bundled.text,
  hash: sha256(bundled.text),
  published: bundled.adopted,
  publishedBy: null,
  adminSignature: null,
};

export interface RulesService {
  current(): Promise<MyAcknowledgement>;
  acknowledge(a: { version: number; hash: string; typedName: string; signature: string }): Promise<MyAcknowledgement>;
  status(): Promise<AckStatus>;
  publish(p: { title: string; text: string }): Promise<RulesDocument>;
  /** Reminds everyone the caller sees in `status` who has not signed the current version; returns how many. */
  remind(): Promise<{ reminded: number }>;
}

/**
 * §13–§14. Versions after the first are published to the share by an admin, each in a file of
 * its own that is never rewritten; the highest version is the current one. Acknowledgements
 * are lines in each desk's `acknowledgements/<deskId>.jsonl` (share-log module).
 */
export function createRulesService(deps: {
  dataFolder: string;
  shareFolder: string | null;
  deskId: () => Promise<string>;
  identity: Pick<IdentityService, 'current' | 'require'>;
  people: () => readonly Person[];
  now?: () => number;
  /** The pinned admin key: with it, a version counts only when its `.sig` verifies. */
  trust?: TrustRoot | null;
  /** Preview mode only: its demo admin key signs what an admin publishes, as IT would. */
  signer?: KeyPair;
}): RulesService {
  const now = deps.now ?? Date.now;
  const log = createDeskLog({
    io: shareLogIo(DEFAULT_RETRY),
    localFile: join(deps.dataFolder, `${ACK_FOLDER}.jsonl`),
    shareFolder: deps.shareFolder,
    folder: ACK_FOLDER,
    deskId: deps.deskId,
  });
  const acks = new Map<string, AckLine>();
  const reminderLog = createDeskLog({
    io: shareLogIo(DEFAULT_RETRY),
    localFile: join(deps.dataFolder, `${REMINDER_FOLDER}.jsonl`),
    shareFolder: deps.shareFolder,
    folder: REMINDER_FOLDER,
    deskId: deps.deskId,
  });
  const reminders = new Map<string, ReminderLine>();
  const readReminders = async () => {
    await reminderLog.push();
    await reminderLog.read((raw) => {
      try {
        const parsed = reminderLineSchema.safeParse(JSON.parse(raw));
        if (parsed.success) reminders.set(parsed.data.id, parsed.data);
      } catch {
        // A damaged line is skipped.
      }
    });
    return reminders.values();
  };
  /** The latest reminder to this person for this version. */
  const reminderFor = async (person: string, document: RulesDocument) => {
    let latest: ReminderLine | null = null;
    for (const r of await readReminders())
      if (r.version === document.version && r.hash === document.hash && r.people.includes(person) && (!latest || latest.at < r.at)) latest = r;
    return latest ? { by: latest.by, at: latest.at } : null;
  };

  const trust = deps.trust ?? null;
  /** Every version file on the share, verified or not: `withheld` are those that do not count. */
  const versions = async (): Promise<{ good: RulesDocument[]; withheld: WithheldVersion[]; highest: number }> => {
    const good = [FIRST_VERSION];
    const withheld: WithheldVersion[] = [];
    let highest = FIRST_VERSION.version;
    if (!deps.shareFolder) return { good, withheld, highest };
    const dir = join(deps.shareFolder, RULES_VERSIONS);
    const names = await readdir(dir).catch(() => [] as string[]);
    for (const name of names.filter((n) => /^\d{6}\.json$/.test(n)).sort()) {
      highest = Math.max(highest, Number(name.slice(0, 6)));
      try {
        const bytes = await readShareFile(join(dir, name), MAX_VERSION_BYTES);
        const v = versionFileSchema.parse(JSON.parse(bytes.toString('utf8')));
        if (Number(name.slice(0, 6)) !== v.version) continue;
        const sigText = await readShareFile(signatureFile(join(dir, name)), 64 * 1024)
          .then((b) => b.toString('utf8'))
          .catch(() => null);
        if (trust) {
          // Anyone can write the share: only a version the admin key signed is the rules.
          const problem = checkDocument(trust, name, bytes, sigText);
          if (problem) {
            withheld.push({ version: v.version, problem });
            continue;
          }
        }
        const signed = trust && sigText ? documentSignatureSchema.parse(JSON.parse(sigText)) : null;
        good.push({ ...v, hash: sha256(v.text), adminSignature: signed ? { key: signed.key, signedAt: signed.signedAt } : null });
      } catch {
        // A damaged or foreign file is not a version; the versions before it stay in force.
      }
    }
    return { good, withheld, highest };
  };
  const inForce = async () => {
    const all = await versions();
    const document = all.good.reduce((a, b) => (b.version > a.version ? b : a));
    return { document, withheld: all.withheld.filter((w) => w.version > document.version), highest: all.highest };
  };

  const readAcks = async () => {
    await log.push();
    await log.read((raw) => {
      try {
        const parsed = ackLineSchema.safeParse(JSON.parse(raw));
        if (parsed.success) acks.set(parsed.data.id, parsed.data);
      } catch {
        // A damaged line (a crash mid-write on another desk) is skipped.
      }
    });
    return acks.values();
  };

  const mine = async (document: RulesDocument, withheld: WithheldVersion[]): Promise<MyAcknowledgement> => {
    const me = deps.identity.current();
    if (!me.personId) return { document, signedAt: null, canSign: false, withheld, reminded: null };
    const person = deps.people().find((p) => p.id === me.personId);
    const [row] = ackStatus(person ? [{ ...person }] : [], await readAcks(), document);
    const signedAt = row?.signedAt ?? null;
    return { document, signedAt, canSign: Boolean(person), withheld, reminded: person && !signedAt ? await reminderFor(person.id, document) : null };
  };

  const statusFor = async (): Promise<AckStatus> => {
    const who = deps.identity.require('head', 'executive_director', 'admin');
    const everywhere = who.roles.includes('executive_director') || who.roles.includes('admin');
    const institution = everywhere ? null : who.institution;
    if (!everywhere && !institution) throw new ContractError('forbidden_role', 'a head without an institution');
    const { document, withheld } = await inForce();
    const people = deps
      .people()
      .filter((p) => institution === null || p.institutionCode === institution)
      .map((p) => ({ id: p.id, name: p.name, surname: p.surname, position: latvianPosition(p), institution: p.institution }));
    return { document, institution, rows: ackStatus(people, await readAcks(), document), withheld };
  };

  return {
    async current() {
      const { document, withheld } = await inForce();
      return mine(document, withheld);
    },
    async acknowledge({ version, hash, typedName, signature }) {
      const me = deps.identity.current();
      const person = me.personId ? deps.people().find((p) => p.id === me.personId) : undefined;
      if (!person) throw new ContractError('forbidden_role', 'only someone in the staff directory can acknowledge the rules', { reason: 'not_in_directory' });
      const { document, withheld } = await inForce();
      // Signed while a newer version was published: ask again with the text now in force.
      if (version !== document.version || hash !== document.hash) throw new ContractError('invalid_request', 'not the current version', { field: 'version' });
      if (!typedNameMatches(typedName, person)) throw new ContractError('invalid_request', 'the typed name is not yours', { field: 'typedName' });
      const line: AckLine = {
        v: 1,
        id: randomBytes(12).toString('base64url'),
        version,
        hash,
        person: person.id,
        institution: person.institutionCode,
        typedName: typedName.trim(),
        at: new Date(now()).toISOString(),
        signature,
      };
      await log.append(line);
      acks.set(line.id, line);
      return mine(document, withheld);
    },
    async status() {
      return statusFor();
    },
    async remind() {
      const s = await statusFor();
      const people = s.rows.filter((r) => !r.signedAt).map((r) => r.personId);
      if (people.length === 0) return { reminded: 0 };
      const who = deps.identity.current();
      const line: ReminderLine = {
        v: 1,
        id: randomBytes(12).toString('base64url'),
        version: s.document.version,
        hash: s.document.hash,
        people,
        by: who.displayName ?? who.account,
        at: new Date(now()).toISOString(),
      };
      await reminderLog.append(line);
      reminders.set(line.id, line);
      return { reminded: people.length };
    },
    async publish({ title, text }) {
      const who = deps.identity.require('admin');
      if (!deps.shareFolder) throw new ContractError('share_unavailable', 'no shared folder');
      const body = `${text.replace(/\r\n/g, '\n').trim()}\n`;
      // After every file on the share, in force or not, so an unsigned version is never overwritten.
      const next = (await versions()).highest + 1;
      const dir = join(deps.shareFolder, RULES_VERSIONS);
      await mkdir(dir, { recursive: true });
      const file = { version: next, title, text: body, published: rigaDate(now()), publishedBy: who.displayName ?? who.account };
      // Written once: if another admin published this number first, nothing is overwritten.
      const handle = await open(join(dir, `${String(next).padStart(6, '0')}.json`), 'wx').catch((e: NodeJS.ErrnoException) => {
        if (e.code === 'EEXIST') throw new ContractError('invalid_request', 'another version was published at the same time; reload', { field: 'version' });
        throw e;
      });
      const bytes = Buffer.from(`${JSON.stringify(file, null, 1)}\n`, 'utf8');
      try {
        await handle.writeFile(bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
      const name = `${String(next).padStart(6, '0')}.json`;
      // Without the admin key on this desk the version waits, unsigned, until IT signs it.
      const sig = deps.signer ? signDocument(deps.signer, name, bytes, new Date(now())) : null;
      if (sig) await writeFile(signatureFile(join(dir, name)), sig, { flag: 'wx' });
      const signed = sig ? documentSignatureSchema.parse(JSON.parse(sig)) : null;
      return { ...file, hash: sha256(body), adminSignature: signed ? { key: signed.key, signedAt: signed.signedAt } : null };
    },
  };
}
