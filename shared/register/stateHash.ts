import type { RegisterFold } from './fold';
import type { NewHasher } from './sha256';

/** Object keys sorted at every level, so equal values always give equal text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
}

/**
 * One hash over every visible entry, ordered by id: desks with the same events agree on it.
 * Entries are hashed one at a time, so a large register is never one large text.
 */
export function stateHash(fold: Pick<RegisterFold, 'visibleIds' | 'entry'>, newHasher: NewHasher): string {
  const hasher = newHasher();
  for (const id of fold.visibleIds().sort()) hasher.update(`${canonicalJson(fold.entry(id))}\n`);
  return hasher.digest();
}
