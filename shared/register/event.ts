import { z } from 'zod';
import { eventCreateFieldsSchema, eventNoteFieldsSchema, eventSetFieldsSchema, voidFieldsSchema } from './record';
import { surelyValidEvent } from './fastEvent';
import type { HashText } from './sha256';

/**
 * One immutable event, one JSON line ending in `\n` (electron/main/services/register/sync/README.md): format version, event id,
 * desk id, per-desk gap-free sequence, hybrid clock, wall time for auditors, record id,
 * operation, fields, the clock value of the state the author saw, the author, and last a
 * hash of everything before it.
 */
export const FORMAT_VERSION = 1;
export const OPS = ['create', 'set', 'note', 'void'] as const;
export type Op = (typeof OPS)[number];

const id = z.string().regex(/^[A-Za-z0-9_-]{6,64}$/);
const hlc = z.string().regex(/^\d{13}\.[0-9a-z]{4}\.[a-z0-9-]{1,40}$/);

const envelope = {
  v: z.literal(FORMAT_VERSION),
  id,
  desk: z.string().regex(/^[a-z0-9-]{1,40}$/),
  seq: z.number().int().min(1),
  hlc,
  at: z.string().min(10).max(40),
  rec: id,
  saw: hlc.nullable(),
  by: z.string().min(1).max(200),
};

export const eventSchema = z.discriminatedUnion('op', [
  z.object({ ...envelope, op: z.literal('create'), f: eventCreateFieldsSchema }).strict(),
  z.object({ ...envelope, op: z.literal('set'), f: eventSetFieldsSchema }).strict(),
  z.object({ ...envelope, op: z.literal('note'), f: eventNoteFieldsSchema }).strict(),
  z.object({ ...envelope, op: z.literal('void'), f: voidFieldsSchema }).strict(),
]);
export type RegisterEvent = z.infer<typeof eventSchema>;
export type EventBody = Omit<RegisterEvent, 'v'>;

const HASH_TAIL = ',"h":"';
/** `,"h":"` + 64 hex + `"}`: the hash sits at a fixed place from the end of the line. */
const TAIL_LENGTH = HASH_TAIL.length + 64 + 2;

/** The line for an event, `\n` included. */
export function encodeEvent(event: RegisterEvent, hash: HashText): string {
  const body = JSON.stringify(event);
  return `${body.slice(0, -1)}${HASH_TAIL}${hash(body)}"}\n`;
}

export type Decoded =
  | { kind: 'event'; event: RegisterEvent }
  /** A later format this version cannot apply: kept, never dropped. */
  | { kind: 'newer'; version: number; id: string | null }
  | { kind: 'bad'; reason: 'hash' | 'json' | 'shape' };

/**
 * One line without its `\n`. A wrong hash or shape is reported, never applied. `hash` is
 * null only for lines of a segment whose seal has already verified every byte.
 */
export function decodeLine(line: string, hash: HashText | null): Decoded {
  const split = line.length - TAIL_LENGTH;
  if (split < 2 || !line.startsWith(HASH_TAIL, split) || !line.endsWith('"}')) {
    return { kind: 'bad', reason: 'hash' };
  }
  const body = hash ? `${line.slice(0, split)}}` : null;
  if (hash && hash(body!) !== line.slice(split + HASH_TAIL.length, -2)) return { kind: 'bad', reason: 'hash' };
  let raw: unknown;
  try {
    raw = JSON.parse(body ?? line);
  } catch {
    return { kind: 'bad', reason: 'json' };
  }
  const version = (raw as { v?: unknown }).v;
  if (typeof version === 'number' && Number.isInteger(version) && version > FORMAT_VERSION) {
    const eventId = (raw as { id?: unknown }).id;
    return { kind: 'newer', version, id: typeof eventId === 'string' ? eventId : null };
  }
  // A line read whole still carries its `h`; the fold never looks at it.
  if (surelyValidEvent(raw, body === null)) return { kind: 'event', event: raw as RegisterEvent };
  const { h: _hash, ...rest } = raw as Record<string, unknown>;
  const parsed = eventSchema.safeParse(body === null ? rest : raw);
  return parsed.success ? { kind: 'event', event: parsed.data } : { kind: 'bad', reason: 'shape' };
}
