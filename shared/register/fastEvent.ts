import { CHANNELS, FORWARD_OUTCOMES, KINDS, REVIEWERS, STATUSES, SUBJECTS } from './codes';
import { EXTENSION_GROUNDS } from './record';
import { ROUTE_RULES } from './routing';
import { sealedWithin } from './sealed';

/**
 * A fast path for the common, well-formed event: it only ever says "valid" for what the zod
 * schema also accepts unchanged (a property test holds it to that); anything it is unsure
 * about goes to the schema. A cold merge checks a million lines, where zod alone costs
 * several times the JSON parsing.
 */
const ID = /^[A-Za-z0-9_-]{6,64}$/;
const DESK = /^[a-z0-9-]{1,40}$/;
const HLC = /^\d{13}\.[0-9a-z]{4}\.[a-z0-9-]{1,40}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;
const kinds = new Set<unknown>(KINDS);
const channels = new Set<unknown>(CHANNELS);
const subjects = new Set<unknown>(SUBJECTS);
const reviewers = new Set<unknown>(REVIEWERS);
const grounds = new Set<unknown>(EXTENSION_GROUNDS);
const statuses = new Set<unknown>(STATUSES.filter((s) => s !== 'void'));
const rules = new Set<unknown>(ROUTE_RULES);
const outcomes = new Set<unknown>(FORWARD_OUTCOMES);

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const keysWithin = (o: Obj, n: number) => Object.keys(o).length === n;
/** A text the schema trims: only already-trimmed text passes unchanged. */
const text = (v: unknown, max: number) => typeof v === 'string' && v.length > 0 && v.length <= max && v.trim() === v;
const str = (v: unknown, min: number, max: number) => typeof v === 'string' && v.length >= min && v.length <= max;
/** A personal field: plain text as before, or sealed for its audience. */
const ptext = (v: unknown, max: number) => text(v, max) || sealedWithin(v, max);

function employee(v: unknown): boolean {
  if (v === null) return true;
  return isObj(v) && keysWithin(v, 2) && (v.personId === null || text(v.personId, 80)) && ptext(v.name, 200);
}

function client(v: unknown): boolean {
  if (!isObj(v)) return false;
  if (v.anonymous === true) return keysWithin(v, 1);
  return v.anonymous === false && keysWithin(v, 5) && ptext(v.name, 200) && ptext(v.contact, 200) && v.consent === true && ptext(v.purpose, 300);
}

const optionalDate = (f: Obj, key: string): number => (key in f ? (typeof f[key] === 'string' && DATE.test(f[key]) ? 1 : NaN) : 0);

function createFields(f: Obj): boolean {
  return (
    keysWithin(f, 14 + optionalDate(f, 'receivedOn') + optionalDate(f, 'forwardDue')) &&
    str(f.number, 1, 60) &&
    str(f.institution, 1, 8) &&
    str(f.deskCode, 1, 12) &&
    kinds.has(f.kind) &&
    channels.has(f.channel) &&
    subjects.has(f.subject) &&
    employee(f.employee) &&
    ptext(f.description, 4000) &&
    client(f.client) &&
    reviewers.has(f.routedTo) &&
    rules.has(f.routeRule) &&
    typeof f.dueDate === 'string' &&
    DATE.test(f.dueDate) &&
    typeof f.registeredAt === 'string' &&
    INSTANT.test(f.registeredAt) &&
    str(f.registeredBy, 1, 200)
  );
}

const SET_FIELDS: Record<string, (v: unknown) => boolean> = {
  status: (v) => statuses.has(v),
  statusReason: (v) => str(v, 0, 1000),
  routedTo: (v) => reviewers.has(v),
  routeReason: (v) => str(v, 0, 1000),
  dueDate: (v) => typeof v === 'string' && DATE.test(v),
  extensionGround: (v) => grounds.has(v),
  forwardedTo: (v) => text(v, 300),
  forwardOutcome: (v) => outcomes.has(v),
  reply: (v) => str(v, 0, 8000) || sealedWithin(v, 8000),
  ethicsInformedAt: (v) => v === null || (typeof v === 'string' && DATE.test(v)),
  employee,
  description: (v) => ptext(v, 4000),
};

function setFields(f: Obj): boolean {
  const keys = Object.keys(f);
  return keys.length > 0 && keys.every((k) => Object.hasOwn(SET_FIELDS, k) && SET_FIELDS[k]!(f[k]));
}

/** True only when the parsed line (with or without its `h`) is a valid version-1 event. */
export function surelyValidEvent(raw: unknown, withHash: boolean): boolean {
  if (!isObj(raw) || !keysWithin(raw, withHash ? 12 : 11) || raw.v !== 1) return false;
  if (withHash && typeof raw.h !== 'string') return false;
  const { id, desk, seq, hlc, at, rec, saw, by, op, f } = raw;
  if (typeof id !== 'string' || !ID.test(id) || typeof desk !== 'string' || !DESK.test(desk)) return false;
  if (typeof seq !== 'number' || !Number.isSafeInteger(seq) || seq < 1 || typeof hlc !== 'string' || !HLC.test(hlc)) return false;
  if (!str(at, 10, 40) || typeof rec !== 'string' || !ID.test(rec) || !str(by, 1, 200)) return false;
  if (saw !== null && (typeof saw !== 'string' || !HLC.test(saw))) return false;
  if (!isObj(f)) return false;
  if (op === 'create') return createFields(f);
  if (op === 'set') return setFields(f);
  // A note recording a letter is rare: the schema checks it.
  if (op === 'note') return keysWithin(f, 1) && ptext(f.text, 4000);
  if (op === 'void') return keysWithin(f, 1) && text(f.reason, 1000);
  return false;
}
