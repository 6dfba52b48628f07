import { randomBytes, type KeyObject } from 'node:crypto';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { Reviewer } from '../../../../shared/register/codes';
import { REVIEWERS } from '../../../../shared/register/codes';
import { writeFileAtomic } from '../fs/atomicWrite';
import { readShareFile } from '../shareLog/shareFile';
import { writeOnce } from '../shareLog/writeOnce';
import type { RetryOptions } from '../register/sync/retry';
import type { Enrolment } from '../trust/enrolments';
import { parsePublicKey, signBytes, verifyBytes, type KeyPair } from '../trust/keys';
import { parseEncryptionKey, unwrapWith, wrapFor, type EncryptionKeyPair } from './crypto';

/**
 * Bucket keys and who holds them (README.md here). A bucket key is random, made by the desk that
 * first seals a field for its audience, and wrapped for each desk of the audience: one
 * write-once file per (key, recipient, wrapping desk), signed with the wrapping desk's key.
 * Unwrapped keys live in memory only. A destruction record, signed, makes every desk delete
 * the bucket's wraps (share and local) and forget its keys.
 */

/** institution ~ kind ~ month of registration: what is destroyed together. */
export type BucketId = string;
/** bucket ~ audience role ~ creating desk ~ generation. */
export type KeyId = string;

const PART = /^[A-Za-z0-9_-]{1,40}$/;
const KEY_ID = /^[A-Za-z0-9_-]{1,40}~[a-z_]{1,20}~\d{4}-\d{2}~[a-z_]{1,20}~[a-z0-9-]{1,40}~[a-z0-9]{1,20}$/;
const BUCKET_ID = /^[A-Za-z0-9_-]{1,40}~[a-z_]{1,20}~\d{4}-\d{2}$/;
const DESK = /^[a-z0-9-]{1,40}$/;
const MAX_FILE = 16 * 1024;

export const bucketOf = (keyId: KeyId): BucketId => keyId.split('~').slice(0, 3).join('~');
export const isKeyId = (s: string) => KEY_ID.test(s);
export const isBucketId = (s: string) => BUCKET_ID.test(s);
export const bucketId = (institution: string, kind: string, month: string): BucketId => {
  if (!PART.test(institution)) throw new Error('institution code cannot name a key');
  return `${institution}~${kind}~${month}`;
};

const wrapSchema = z
  .object({
    v: z.literal(1),
    key: z.string().regex(KEY_ID),
    to: z.string().regex(DESK),
    by: z.string().regex(DESK),
    epk: z.string().max(200),
    nonce: z.string().max(40),
    ct: z.string().max(200),
    at: z.string().max(40),
    sig: z.string().max(200),
  })
  .strict();
type Wrap = z.infer<typeof wrapSchema>;

const destructionSchema = z
  .object({
    v: z.literal(1),
    bucket: z.string().regex(BUCKET_ID),
    act: z.object({ number: z.string().trim().min(1).max(100), date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }).strict(),
    by: z.string().min(1).max(200),
    desk: z.string().regex(DESK),
    at: z.string().max(40),
    sig: z.string().max(200),
  })
  .strict();
export type Destruction = z.infer<typeof destructionSchema>;

const unsigned = <T extends { sig: string }>(r: T) => {
  const { sig: _sig, ...rest } = r;
  return Buffer.from(`laipni privacy v1\n${JSON.stringify(rest)}`);
};
const wrapAd = (keyId: string, to: string) => Buffer.from(`laipni bucket key v1\n${keyId}\n${to}`);

export interface KeyringOptions {
  dataDir: string;
  share: string | null;
  deskId: () => string;
  signer: KeyPair;
  encryption: EncryptionKeyPair;
  /** The admin-signed list of enrolled desks (the desk's last good copy). */
  enrolments: () => Promise<readonly Enrolment[]>;
  now: () => Date;
  retry?: RetryOptions;
}

export interface Keyring {
  /** The key this desk seals a field of this bucket with for `role`'s audience; made and wrapped when needed. */
  sealingKey(bucket: BucketId, role: Reviewer): Promise<{ id: KeyId; key: Buffer }>;
  /** A key this desk holds, the destruction that ended it, or null (not for this desk, or not here yet). */
  lookup(id: KeyId): Buffer | Destruction | null;
  /** Pushes this desk's wraps, reads those for it, wraps held keys for new audience desks, applies destructions. */
  refresh(): Promise<void>;
  /** Records the destruction of a bucket (act number and date required) and shreds it here at once. */
  destroy(bucket: BucketId, act: { number: string; date: string }, by: string): Promise<Destruction>;
  destructions(): Destruction[];
}

export const privacyPaths = (dataDir: string) => ({
  wraps: join(dataDir, 'privacy', 'wraps'),
  destroyed: join(dataDir, 'privacy', 'destroyed'),
});
export const sharePrivacyPaths = (share: string) => ({
  wraps: join(share, 'privacy', 'keys'),
  destroyed: join(share, 'privacy', 'destroyed'),
});

const list = async (dir: string): Promise<string[]> => {
  try {
    return await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
};

const RETRY: RetryOptions = { maxMs: 60_000, firstDelayMs: 50 };

export function createKeyring(o: KeyringOptions): Keyring {
  const retry = o.retry ?? RETRY;
  const keys = new Map<KeyId, Buffer>();
  const destroyed = new Map<BucketId, Destruction>();
  const local = privacyPaths(o.dataDir);
  const shared = o.share ? sharePrivacyPaths(o.share) : null;
  let enrolled: readonly Enrolment[] = [];

  const signingKeyOf = (desk: string): KeyObject | null => {
    if (desk === o.deskId()) return o.signer.publicKey;
    const e = enrolled.find((d) => d.deskId === desk);
    return e ? parsePublicKey(e.publicKey) : null;
  };

  /** Enrolled desks that read `role`'s entries of `institution` (the director and council chair read every institution's). */
  const audience = (institution: string, role: Reviewer) =>
    enrolled.filter(
      (d) => d.encryptionKey && d.reads?.includes(role) && (role === 'executive_director' || role === 'council_chair' || d.institution === institution),
    );

  const readJson = async (path: string, fromShare: boolean): Promise<unknown> => {
    try {
      const bytes = fromShare ? await readShareFile(path, MAX_FILE) : await readFile(path);
      return JSON.parse(bytes.toString('utf8')) as unknown;
    } catch {
      return null;
    }
  };

  const verified = <T extends { sig: string }>(record: T, desk: string): boolean => {
    const key = signingKeyOf(desk);
    return key !== null && verifyBytes(key, unsigned(record), record.sig);
  };

  const keyFromWrap = (raw: unknown): { wrap: Wrap; key: Buffer } | null => {
    const parsed = wrapSchema.safeParse(raw);
    if (!parsed.success || parsed.data.to !== o.deskId() || !verified(parsed.data, parsed.data.by)) return null;
    const w = parsed.data;
    const key = unwrapWith(
      { epk: Buffer.from(w.epk, 'base64'), nonce: Buffer.from(w.nonce, 'base64'), ct: Buffer.from(w.ct, 'base64') },
      o.encryption,
      wrapAd(w.key, w.to),
    );
    return key && key.length === 32 ? { wrap: w, key } : null;
  };

  /** Wraps `key` for one desk: written locally first (durable offline), then to the share on refresh. */
  const writeWrap = async (keyId: KeyId, key: Buffer, to: string, recipient: KeyObject) => {
    const by = o.deskId();
    const w = wrapFor(key, recipient, wrapAd(keyId, to));
    const body = {
      v: 1 as const,
      key: keyId,
      to,
      by,
      epk: w.epk.toString('base64'),
      nonce: w.nonce.toString('base64'),
      ct: w.ct.toString('base64'),
      at: o.now().toISOString(),
    };
    const record: Wrap = { ...body, sig: signBytes(o.signer.privateKey, unsigned({ ...body, sig: '' })) };
    await mkdir(join(local.wraps, keyId), { recursive: true, mode: 0o700 });
    await writeFileAtomic(join(local.wraps, keyId, `${to}.${by}.json`), JSON.stringify(record));
    if (shared) await writeOnce(join(shared.wraps, keyId, `${to}.${by}.json`), Buffer.from(JSON.stringify(record)), retry).catch(() => false);
  };

  const recipientsOf = async (keyId: KeyId): Promise<Set<string>> => {
    const names = new Set([...(await list(join(local.wraps, keyId))), ...(shared ? await list(join(shared.wraps, keyId)) : [])]);
    return new Set([...names].map((n) => n.split('.')[0]!));
  };

  const shred = async (bucket: BucketId) => {
    for (const id of [...keys.keys()]) if (bucketOf(id) === bucket) keys.delete(id);
    for (const name of await list(local.wraps)) if (bucketOf(name) === bucket) await rm(join(local.wraps, name), { recursive: true, force: true });
    if (shared) {
      for (const name of await list(shared.wraps)) {
        if (bucketOf(name) === bucket) await rm(join(shared.wraps, name), { recursive: true, force: true }).catch(() => undefined);
      }
    }
  };

  const readDestructions = async () => {
    const seen: { record: Destruction; name: string; local: boolean }[] = [];
    for (const [dir, isLocal] of [[local.destroyed, true], ...(shared ? [[shared.destroyed, false]] : [])] as [string, boolean][]) {
      for (const name of await list(dir)) {
        const parsed = destructionSchema.safeParse(await readJson(join(dir, name), !isLocal));
        if (parsed.success && verified(parsed.data, parsed.data.desk)) seen.push({ record: parsed.data, name, local: isLocal });
      }
    }
    for (const { record, name, local: isLocal } of seen) {
      if (!destroyed.has(record.bucket)) destroyed.set(record.bucket, record);
      // Every desk keeps the record (it says what the key was ended by) and passes it on.
      const bytes = Buffer.from(JSON.stringify(record));
      if (isLocal && shared) await writeOnce(join(shared.destroyed, name), bytes, retry).catch(() => false);
      if (!isLocal) await writeOnce(join(local.destroyed, name), bytes, retry).catch(() => false);
    }
    for (const bucket of destroyed.keys()) await shred(bucket);
  };

  async function refresh(): Promise<void> {
    enrolled = await o.enrolments();
    await readDestructions();
    const me = o.deskId();
    // Own wraps (and those received before) from the data folder, then the share's new ones.
    for (const keyId of await list(local.wraps)) {
      if (!isKeyId(keyId) || destroyed.has(bucketOf(keyId))) continue;
      for (const name of await list(join(local.wraps, keyId))) {
        const raw = await readJson(join(local.wraps, keyId, name), false);
        if (shared && wrapSchema.safeParse(raw).success) {
          await writeOnce(join(shared.wraps, keyId, name), Buffer.from(JSON.stringify(raw)), retry).catch(() => false);
        }
        if (!keys.has(keyId) && name.startsWith(`${me}.`)) {
          const got = keyFromWrap(raw);
          if (got && got.wrap.key === keyId) keys.set(keyId, got.key);
        }
      }
    }
    if (shared) {
      for (const keyId of await list(shared.wraps)) {
        if (!isKeyId(keyId) || destroyed.has(bucketOf(keyId)) || keys.has(keyId)) continue;
        // The creator's own wrap first: a wrap by another desk only ever adds a holder.
        const names = (await list(join(shared.wraps, keyId))).filter((n) => n.startsWith(`${me}.`));
        names.sort((a, b) => Number(b.endsWith(`.${keyId.split('~')[4]}.json`)) - Number(a.endsWith(`.${keyId.split('~')[4]}.json`)));
        for (const name of names) {
          const raw = await readJson(join(shared.wraps, keyId, name), true);
          const got = keyFromWrap(raw);
          if (!got || got.wrap.key !== keyId) continue;
          keys.set(keyId, got.key);
          await mkdir(join(local.wraps, keyId), { recursive: true, mode: 0o700 });
          await writeFileAtomic(join(local.wraps, keyId, name), JSON.stringify(got.wrap));
          break;
        }
      }
    }
    // A desk newly enrolled for a role (a new head) gets the keys of that role's buckets from any holder.
    for (const [keyId, key] of keys) {
      const [institution, , , role] = keyId.split('~') as [string, string, string, Reviewer];
      if (!REVIEWERS.includes(role)) continue;
      const have = await recipientsOf(keyId);
      for (const d of audience(institution, role)) {
        const pub = parseEncryptionKey(d.encryptionKey);
        if (pub && !have.has(d.deskId)) await writeWrap(keyId, key, d.deskId, pub);
      }
    }
  }

  const current = new Map<string, KeyId>();

  return {
    async sealingKey(bucket, role) {
      const gone = destroyed.get(bucket);
      if (gone) throw Object.assign(new Error(`bucket ${bucket} was destroyed by act ${gone.act.number}`), { code: 'bucket_destroyed' });
      const me = o.deskId();
      const [institution] = bucket.split('~') as [string];
      const wanted = new Map<string, KeyObject>([[me, o.encryption.publicKey]]);
      for (const d of audience(institution, role)) {
        const pub = parseEncryptionKey(d.encryptionKey);
        if (pub) wanted.set(d.deskId, pub);
      }
      const prefix = `${bucket}~${role}~${me}~`;
      let id =
        current.get(prefix) ??
        [...keys.keys()]
          .filter((k) => k.startsWith(prefix))
          .sort()
          .at(-1) ??
        null;
      if (id) {
        const have = await recipientsOf(id);
        // A desk that left the audience (revoked, or no longer reading this role) gets nothing new: a new key.
        if ([...have].some((d) => !wanted.has(d))) id = null;
        else {
          for (const [desk, pub] of wanted) if (!have.has(desk)) await writeWrap(id, keys.get(id)!, desk, pub);
        }
      }
      if (!id || !keys.has(id)) {
        id = `${prefix}${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
        const key = randomBytes(32);
        for (const [desk, pub] of wanted) await writeWrap(id, key, desk, pub);
        keys.set(id, key);
      }
      current.set(prefix, id);
      return { id, key: keys.get(id)! };
    },
    lookup(id) {
      return destroyed.get(bucketOf(id)) ?? keys.get(id) ?? null;
    },
    refresh,
    async destroy(bucket, act, by) {
      const body = { v: 1 as const, bucket, act, by, desk: o.deskId(), at: o.now().toISOString() };
      const parsed = destructionSchema.safeParse({ ...body, sig: 'x' });
      if (!parsed.success) throw Object.assign(new Error(`destruction: ${parsed.error.issues[0]?.path.join('.')}`), { code: 'invalid_request' });
      const record: Destruction = { ...parsed.data, sig: signBytes(o.signer.privateKey, unsigned({ ...parsed.data, sig: '' })) };
      await mkdir(local.destroyed, { recursive: true, mode: 0o700 });
      await writeFileAtomic(join(local.destroyed, `${bucket}.${record.desk}.json`), JSON.stringify(record));
      destroyed.set(bucket, record);
      await refresh();
      return record;
    },
    destructions: () => [...destroyed.values()],
  };
}
