import { readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'zod';
import { writeFileAtomic } from '../fs/atomicWrite';
import type { KeyPair } from '../trust/keys';
import { checkDocument, signatureFile, signDocument } from '../trust/signedDocument';
import type { TrustRoot } from '../trust/trustRoot';
import { readShareFile } from '../shareLog/shareFile';

/** No published document (catalogue, directory, rules) comes near this; a larger file is refused unread. */
const MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;

/**
 * A document an admin publishes to the share (catalogue, staff directory, rules): every desk
 * reads it from the share when it can, keeps the last good copy in its data folder, and works
 * from that copy offline. A damaged or invalid file on the share never replaces a good copy.
 *
 * With a trust root pinned, a copy counts only with a good `<name>.sig` by the admin key, and
 * never when it is older than the last good copy (a replayed old directory); the cached copy
 * keeps its signature too and is checked again when read.
 */
export type PublishedProblem = 'share_unavailable' | 'missing' | 'invalid' | 'unsigned' | 'bad_signature' | 'older';

export interface Published<T> {
  data: T;
  /** Where the data came from this time. */
  source: 'share' | 'cache' | 'none';
  publishedAt: string | null;
  /** Why the share copy was not used, when it was not. */
  problem: PublishedProblem | null;
}

export interface PublishedEnvelope<T> {
  publishedAt: string;
  publishedBy?: string;
  data: T;
}

export interface PublishedDocumentOptions<S extends z.ZodType> {
  /** Null while no share folder is configured. */
  shareFolder: string | null;
  /** Path inside the share, e.g. `catalog/staff.json`. */
  sharePath: string;
  cacheFile: string;
  schema: S;
  empty: z.output<S>;
  now?: () => Date;
  /** The pinned admin key; null or absent: unprotected, as before trust existed. */
  trust?: TrustRoot | null;
}

export function createPublishedDocument<S extends z.ZodType>(opts: PublishedDocumentOptions<S>) {
  type T = z.output<S>;
  const now = opts.now ?? (() => new Date());
  const shareFile = opts.shareFolder ? join(opts.shareFolder, opts.sharePath) : null;

  const parse = (text: string): PublishedEnvelope<T> | null => {
    try {
      const raw = JSON.parse(text.replace(/^\uFEFF/, '')) as { publishedAt?: unknown; publishedBy?: unknown; data?: unknown };
      const data = opts.schema.safeParse(raw.data);
      if (!data.success || typeof raw.publishedAt !== 'string') return null;
      return { publishedAt: raw.publishedAt, ...(typeof raw.publishedBy === 'string' ? { publishedBy: raw.publishedBy } : {}), data: data.data };
    } catch {
      return null;
    }
  };

  const trust = opts.trust ?? null;
  const readSignature = (path: string) =>
    readShareFile(signatureFile(path), 64 * 1024)
      .then((b) => b.toString('utf8'))
      .catch(() => null);
  /** Why these bytes may not be used under the trust root (null: they may). */
  const refused = async (path: string, bytes: Buffer) => (trust ? checkDocument(trust, opts.sharePath, bytes, await readSignature(path)) : null);

  const readCache = async (): Promise<PublishedEnvelope<T> | null> => {
    try {
      const bytes = await readFile(opts.cacheFile);
      if (await refused(opts.cacheFile, bytes)) return null;
      return parse(bytes.toString('utf8'));
    } catch {
      return null;
    }
  };
  const writeCache = async (bytes: Buffer, signature: string | null) => {
    await writeFileAtomic(opts.cacheFile, bytes);
    if (signature) await writeFileAtomic(signatureFile(opts.cacheFile), signature);
    else await unlink(signatureFile(opts.cacheFile)).catch(() => undefined);
  };

  return {
    shareFile,
    /** The share's copy if it is good (refreshing the cache), otherwise the last good copy. */
    async load(): Promise<Published<T>> {
      let problem: Published<T>['problem'] = 'share_unavailable';
      if (shareFile) {
        try {
          // Never through a link, never from a FIFO, never a file larger than any document.
          const bytes = await readShareFile(shareFile, MAX_DOCUMENT_BYTES);
          const signature = trust ? await readSignature(shareFile) : null;
          const fromShare = parse(bytes.toString('utf8'));
          const unsigned = trust ? checkDocument(trust, opts.sharePath, bytes, signature) : null;
          const cached = await readCache();
          if (!fromShare) problem = 'invalid';
          else if (unsigned) problem = unsigned;
          else if (trust && cached && cached.publishedAt > fromShare.publishedAt) problem = 'older';
          else {
            if (!cached || cached.publishedAt !== fromShare.publishedAt) await writeCache(bytes, signature);
            return { data: fromShare.data, source: 'share', publishedAt: fromShare.publishedAt, problem: null };
          }
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          problem = code === 'ENOENT' ? 'missing' : code === 'EINVAL' || code === 'EFBIG' ? 'invalid' : 'share_unavailable';
        }
      }
      const cached = await readCache();
      if (cached) return { data: cached.data, source: 'cache', publishedAt: cached.publishedAt, problem };
      return { data: opts.empty, source: 'none', publishedAt: null, problem };
    },
    /** The desk's own last good copy only, without touching the share (fast start-up, offline). */
    async loadCached(): Promise<Published<T> | null> {
      const cached = await readCache();
      return cached ? { data: cached.data, source: 'cache', publishedAt: cached.publishedAt, problem: null } : null;
    },
    /**
     * Admin: validate and publish a new version to the share (atomic replace), then cache it.
     * Under a trust root a version without the admin key's signature counts nowhere, this desk
     * included, until IT signs it (`laipni admin sign`); desks keep their last good copy.
     */
    async publish(data: T, publishedBy?: string, signer?: KeyPair): Promise<PublishedEnvelope<T>> {
      if (!shareFile) throw Object.assign(new Error('No share folder configured'), { code: 'share_unavailable' });
      const valid = opts.schema.parse(data) as T;
      const envelope: PublishedEnvelope<T> = { publishedAt: now().toISOString(), ...(publishedBy ? { publishedBy } : {}), data: valid };
      const bytes = Buffer.from(`${JSON.stringify(envelope, null, 1)}\n`, 'utf8');
      const signature = signer ? signDocument(signer, opts.sharePath, bytes, now()) : null;
      await writeFileAtomic(shareFile, bytes);
      if (signature) await writeFileAtomic(signatureFile(shareFile), signature);
      else await unlink(signatureFile(shareFile)).catch(() => undefined);
      if (!trust || signature) await writeCache(bytes, signature);
      return envelope;
    },
  };
}
