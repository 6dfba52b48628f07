import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'zod';
import { writeFileAtomic } from '../fs/atomicWrite';
import { readShareFile } from '../shareLog/shareFile';

/** No published document (catalogue, directory, rules) comes near this; a larger file is refused unread. */
const MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;

/**
 * A document an admin publishes to the share (catalogue, staff directory, rules): every desk
 * reads it from the share when it can, keeps the last good copy in its data folder, and works
 * from that copy offline. A damaged or invalid file on the share never replaces a good copy.
 */
export interface Published<T> {
  data: T;
  /** Where the data came from this time. */
  source: 'share' | 'cache' | 'none';
  publishedAt: string | null;
  /** Why the share copy was not used, when it was not. */
  problem: 'share_unavailable' | 'missing' | 'invalid' | null;
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

  const readCache = async (): Promise<PublishedEnvelope<T> | null> => {
    try {
      return parse(await readFile(opts.cacheFile, 'utf8'));
    } catch {
      return null;
    }
  };

  return {
    shareFile,
    /** The share's copy if it is good (refreshing the cache), otherwise the last good copy. */
    async load(): Promise<Published<T>> {
      let problem: Published<T>['problem'] = 'share_unavailable';
      if (shareFile) {
        try {
          // Never through a link, never from a FIFO, never a file larger than any document.
          const text = (await readShareFile(shareFile, MAX_DOCUMENT_BYTES)).toString('utf8');
          const fromShare = parse(text);
          if (fromShare) {
            const cached = await readCache();
            if (!cached || cached.publishedAt !== fromShare.publishedAt) await writeFileAtomic(opts.cacheFile, text);
            return { data: fromShare.data, source: 'share', publishedAt: fromShare.publishedAt, problem: null };
          }
          problem = 'invalid';
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
    /** Admin: validate and publish a new version to the share (atomic replace), then cache it. */
    async publish(data: T, publishedBy?: string): Promise<PublishedEnvelope<T>> {
      if (!shareFile) throw Object.assign(new Error('No share folder configured'), { code: 'share_unavailable' });
      const valid = opts.schema.parse(data) as T;
      const envelope: PublishedEnvelope<T> = { publishedAt: now().toISOString(), ...(publishedBy ? { publishedBy } : {}), data: valid };
      const text = `${JSON.stringify(envelope, null, 1)}\n`;
      await writeFileAtomic(shareFile, text);
      await writeFileAtomic(opts.cacheFile, text);
      return envelope;
    },
  };
}
