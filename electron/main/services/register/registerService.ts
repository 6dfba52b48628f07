import { randomBytes } from 'node:crypto';
import { ContractError } from '../../../../shared/contract/result';
import type { RegisterEvent } from '../../../../shared/register/event';
import type { RegisterFold } from '../../../../shared/register/fold';
import { hlcMs, MAX_FUTURE_MS, type Hlc } from '../../../../shared/register/hlc';
import { formatNumber, formatOutgoingNumber, outgoingKey, parseNumber, parseOutgoingNumber } from '../../../../shared/register/number';
import {
  noteFieldsSchema,
  registerInputSchema,
  setFieldsSchema,
  voidFieldsSchema,
  type RegisterEntry,
  type SetFields,
} from '../../../../shared/register/record';
import {
  createFields,
  previewRegistration,
  receivedOnProblem,
  type PreviewInput,
  type RegistrationPreview,
  type RegistrationRules,
} from '../../../../shared/register/registration';
import type { LetterKind } from '../../../../shared/register/codes';
import type { RoutingPerson } from '../../../../shared/register/routing';
import type { HashText } from '../../../../shared/register/sha256';
import { stateHash } from '../../../../shared/register/stateHash';
import { canChangeStatus, needsReason } from '../../../../shared/register/statusFlow';
import { rigaDate } from '../../../../shared/calendar/dates';
import type { DeskIdentityStore } from './deskIdentity';
import type { Journal } from './journal';
import { nodeSha256Stream } from './nodeHash';
import { isSealedFile, type FieldPrivacy } from '../privacy/fields';
import type { Unreadable } from '../../../../shared/register/sealed';

/** What the register keeps beside the fold, all derivable from the journal. */
export interface RegisterMeta {
  ownRecords: Set<string>;
  numberSeq: Map<string, number>;
  lastSeq: Map<string, number>;
  held: RegisterEvent[];
  newer: string[];
  /** Events from the share the authorisation rule refused: applied never, kept for IT to see. */
  refused: RefusedEvent[];
}

/** An event that changed nothing, and why (a code of shared/register/authorise.ts). */
export interface RefusedEvent {
  id: string;
  desk: string;
  rec: string;
  op: RegisterEvent['op'];
  by: string;
  reason: string;
}

/** Keeps a refused event once, however often it is read again. */
export function noteRefused(meta: RegisterMeta, e: RegisterEvent, reason: string): void {
  if (meta.refused.some((r) => r.id === e.id)) return;
  meta.refused.push({ id: e.id, desk: e.desk, rec: e.rec, op: e.op, by: e.by, reason });
}

export interface RegisterDeps {
  journal: Journal;
  clock: Hlc;
  wall: () => number;
  fold: RegisterFold;
  meta: RegisterMeta;
  identity: DeskIdentityStore;
  hash: HashText;
  rules: RegistrationRules;
  institution: string;
  deskCode: string;
  /** Seals personal fields before the journal and opens them for reading (../privacy/). Absent: plain, as before. */
  privacy?: FieldPrivacy | null;
}

export interface RemoteBatch {
  events: readonly RegisterEvent[];
  newerLines?: readonly string[];
}

export interface RegisterService {
  /** `atMs` registers an entry with an earlier time, e.g. moving a paper register in. */
  add(input: unknown, author: string, options?: { atMs?: number; people?: readonly RoutingPerson[] }): Promise<RegisterEntry>;
  set(record: string, fields: unknown, author: string): Promise<RegisterEntry>;
  note(record: string, text: string, author: string): Promise<RegisterEntry>;
  /**
   * Records a letter sent to the client as a note with the letter's own outgoing number, given
   * like register numbers: this desk's number code and its own letter sequence for the year.
   * `text` gets the number: it is called with it and returns the note's text.
   */
  letter(record: string, kind: LetterKind, text: (outgoingNumber: string) => string, author: string): Promise<{ entry: RegisterEntry; number: string }>;
  voidEntry(record: string, reason: string, author: string): Promise<RegisterEntry>;
  preview(input: PreviewInput): RegistrationPreview;
  /** Entries registered at this desk (under any of its desk ids), newest first. */
  mine(): RegisterEntry[];
  /** Entries a person registered (under any of their names), at any desk, newest first: what desk staff may see. */
  byAuthor(authors: readonly string[]): RegisterEntry[];
  all(): RegisterEntry[];
  /** One entry by its id (not its number), or null. */
  entry(id: string): RegisterEntry | null;
  find(idOrNumber: string): RegisterEntry | null;
  /** How many entries the register holds, from every desk. */
  size(): number;
  /** This computer's current desk id on the share. */
  deskId(): string;
  /** The deadline table and calendar the register was opened with. */
  rules(): RegistrationRules;
  /** Applies events read from the share; those too far in the future are held aside. */
  applyRemote(batch: RemoteBatch, nowMs?: number): { applied: number; held: number };
  /** Applies held events whose time has come; returns how many are still held. */
  releaseHeld(nowMs?: number): number;
  held(): { future: number; newer: number; refused: number };
  /** Events from the share that changed nothing because their author lacked the right to make them. */
  refused(): readonly RefusedEvent[];
  stateHash(): string;
  onChange(listener: () => void): () => void;
  /** One event of an entry's history with the personal fields this desk can open. */
  openEvent(event: RegisterEvent): RegisterEvent;
  /** Crypto-shreds a retention bucket under an approved act; false when this desk seals nothing (no keys to destroy). */
  destroyBucket(bucket: string, act: { number: string; date: string }, by: string): Promise<boolean>;
  /** Buckets whose keys are destroyed, as far as this desk knows. */
  destroyedBuckets(): string[];
  /** A file kept with an entry, sealed like its personal fields where this desk seals them (plain otherwise). */
  sealFile(id: string, name: string, bytes: Uint8Array): Promise<Uint8Array>;
  /** A stored file's bytes, or why this desk cannot open them; plain files come back as they are. */
  openFile(id: string, name: string, stored: Uint8Array): Uint8Array | Unreadable;
}

const newestFirst = (a: RegisterEntry, b: RegisterEntry) => (a.registeredAt < b.registeredAt ? 1 : a.registeredAt > b.registeredAt ? -1 : a.id < b.id ? 1 : -1);

const newId = () => randomBytes(9).toString('base64url');

export function createRegister(deps: RegisterDeps): RegisterService {
  const { fold, meta, clock } = deps;
  // Entries leave the register opened for this desk; the fold, journal and cache keep them sealed.
  const view = (e: RegisterEntry): RegisterEntry => (deps.privacy ? deps.privacy.open(e) : e);
  const viewOrNull = (e: RegisterEntry | null) => (e ? view(e) : null);
  const listeners = new Set<() => void>();
  const changed = () => listeners.forEach((l) => l());

  const noteOwn = (e: RegisterEvent) => trackOwnEvent(meta, e);

  type Build = (base: { id: string; desk: string; seq: number; hlc: string; at: string }) => RegisterEvent;
  // One save at a time: the next sequence and register number depend on the previous save.
  let queue: Promise<unknown> = Promise.resolve();
  const emit = (build: Build): Promise<RegisterEntry> => {
    const run = queue.then(() => emitNow(build));
    queue = run.catch(() => undefined);
    return run;
  };

  const emitNow = async (build: Build) => {
    const desk = deps.identity.current().deskId;
    const hlc = clock.tick();
    const built = build({ id: newId(), desk, seq: (meta.lastSeq.get(desk) ?? 0) + 1, hlc, at: new Date(deps.wall()).toISOString() });
    let event = built;
    if (deps.privacy) {
      try {
        event = await deps.privacy.seal(built, built.op === 'create' ? null : fold.entry(built.rec));
      } catch (error) {
        throw new ContractError('io_failed', `the entry could not be encrypted: ${(error as Error).message}`);
      }
    }
    try {
      await deps.journal.append([event]);
    } catch (error) {
      throw new ContractError('io_failed', `journal append failed: ${(error as Error).message}`);
    }
    noteOwn(event);
    fold.apply(event, true);
    changed();
    return view(fold.entry(event.rec)!);
  };

  const existing = (record: string) => {
    const entry = fold.entry(record);
    if (!entry) throw new ContractError('not_found', `no register entry ${record}`);
    return entry;
  };

  const invalid = (issues: { path: PropertyKey[]; message: string }[]) => {
    const field = issues[0]?.path.join('.') || '(request)';
    return new ContractError('invalid_request', `${field}: ${issues[0]?.message ?? 'invalid'}`, { field });
  };

  const edit = (record: string, author: string, op: 'set' | 'note' | 'void', f: Record<string, unknown>) => {
    const saw = fold.latest(existing(record).id);
    return emit((b) => ({ v: 1, ...b, rec: record, op, f, saw, by: author }) as RegisterEvent);
  };

  return {
    add(input, author, options = {}) {
      const parsed = registerInputSchema.safeParse(input);
      if (!parsed.success) return Promise.reject(invalid(parsed.error.issues));
      // The registration day only moves forward from now, so a day of receipt valid now stays valid.
      const received = parsed.data.receivedOn;
      const problem = received ? receivedOnProblem(received, rigaDate(options.atMs ?? deps.wall())) : null;
      if (problem) return Promise.reject(invalid([{ path: ['receivedOn'], message: problem === 'future' ? 'is in the future' : 'is more than a year ago' }]));
      const desk = deps.identity.current();
      const deskCode = deps.deskCode + desk.codeSuffix;
      return emit((b) => {
        // The event clock dates the entry: it has taken the share's time when the wall clock is
        // behind, and no event read from the share can carry it far ahead (those are held aside).
        const ms = options.atMs ?? hlcMs(b.hlc);
        const year = Number(rigaDate(ms).slice(0, 4));
        const seq = (meta.numberSeq.get(`${year}/${deskCode}`) ?? 0) + 1;
        const number = formatNumber(deps.institution, year, deskCode, seq);
        const f = createFields(parsed.data, { ms, number, institution: deps.institution, deskCode, author }, deps.rules, options.people);
        // The id names this desk, so no other desk's create can ever claim the entry (authorise.ts).
        return { v: 1, ...b, rec: `${b.desk}_${newId()}`, op: 'create', f, saw: null, by: author };
      });
    },
    set(record, fields, author) {
      const parsed = setFieldsSchema.safeParse(fields);
      if (!parsed.success) return Promise.reject(invalid(parsed.error.issues));
      const to = parsed.data.status;
      const current = fold.entry(record);
      if (to && current && !canChangeStatus(current.status, to)) {
        return Promise.reject(invalid([{ path: ['status'], message: `cannot go from ${current.status} to ${to}` }]));
      }
      if (to && needsReason(to) && !parsed.data.statusReason?.trim()) {
        return Promise.reject(invalid([{ path: ['statusReason'], message: `a reason is needed for ${to}` }]));
      }
      return edit(record, author, 'set', parsed.data as SetFields);
    },
    note(record, text, author) {
      const parsed = noteFieldsSchema.safeParse({ text });
      return parsed.success ? edit(record, author, 'note', parsed.data) : Promise.reject(invalid(parsed.error.issues));
    },
    async letter(record, kind, text, author) {
      const saw = fold.latest(existing(record).id);
      const deskCode = deps.deskCode + deps.identity.current().codeSuffix;
      let number = '';
      const entry = await emit((b) => {
        const year = Number(rigaDate(hlcMs(b.hlc)).slice(0, 4));
        const key = outgoingKey(year, deskCode);
        number = formatOutgoingNumber(deps.institution, year, deskCode, (meta.numberSeq.get(key) ?? 0) + 1);
        const f = noteFieldsSchema.parse({ text: text(number), letter: { kind, number } });
        return { v: 1, ...b, rec: record, op: 'note', f, saw, by: author };
      });
      return { entry, number };
    },
    voidEntry(record, reason, author) {
      const parsed = voidFieldsSchema.safeParse({ reason });
      return parsed.success ? edit(record, author, 'void', parsed.data) : Promise.reject(invalid(parsed.error.issues));
    },
    preview: (input) => previewRegistration(input, deps.wall(), deps.rules),
    mine() {
      const out: RegisterEntry[] = [];
      for (const id of meta.ownRecords) {
        const e = fold.entry(id);
        if (e) out.push(view(e));
      }
      return out.sort(newestFirst);
    },
    byAuthor: (authors) =>
      fold
        .select((b) => authors.includes(b.registeredBy))
        .map(view)
        .sort(newestFirst),
    all: () => (deps.privacy ? fold.entries().map(view) : fold.entries()),
    entry: (id) => viewOrNull(fold.entry(id)),
    size: () => fold.size,
    deskId: () => deps.identity.current().deskId,
    rules: () => deps.rules,
    find(idOrNumber) {
      const direct = fold.entry(idOrNumber);
      if (direct) return view(direct);
      return viewOrNull(fold.entries().find((e) => e.number === idOrNumber) ?? null);
    },
    applyRemote({ events, newerLines }, nowMs = deps.wall()) {
      const horizon = nowMs + MAX_FUTURE_MS;
      // This desk's own ids too: a forged line under its id must not carry its clock off.
      const heldIds = new Set(meta.held.map((h) => h.id));
      let applied = 0;
      let held = 0;
      for (const e of events) {
        if (hlcMs(e.hlc) > horizon) {
          if (!heldIds.has(e.id)) {
            heldIds.add(e.id);
            meta.held.push(e);
          }
          held++;
          continue;
        }
        clock.receive(e.hlc);
        fold.apply(e);
        applied++;
      }
      if (newerLines?.length) meta.newer = [...new Set([...meta.newer, ...newerLines])];
      if (applied) changed();
      return { applied, held };
    },
    releaseHeld(nowMs = deps.wall()) {
      if (!meta.held.length) return 0;
      const horizon = nowMs + MAX_FUTURE_MS;
      const due = meta.held.filter((e) => hlcMs(e.hlc) <= horizon);
      if (due.length) {
        meta.held = meta.held.filter((e) => hlcMs(e.hlc) > horizon);
        for (const e of due) {
          clock.receive(e.hlc);
          fold.apply(e);
        }
        changed();
      }
      return meta.held.length;
    },
    held: () => ({ future: meta.held.length, newer: meta.newer.length, refused: meta.refused.length }),
    refused: () => meta.refused,
    stateHash: () => stateHash(fold, nodeSha256Stream),
    openEvent: (e) => (deps.privacy ? deps.privacy.openEvent(e) : e),
    async destroyBucket(bucket, act, by) {
      if (!deps.privacy) return false;
      await deps.privacy.destroy(bucket, act, by);
      changed();
      return true;
    },
    destroyedBuckets: () => (deps.privacy ? deps.privacy.destroyedBuckets() : []),
    async sealFile(id, name, bytes) {
      const entry = fold.entry(id);
      if (!deps.privacy || !entry) return bytes;
      return deps.privacy.sealBytes(entry, name, bytes);
    },
    openFile(id, name, stored) {
      if (!isSealedFile(stored)) return stored;
      return deps.privacy ? deps.privacy.openBytes(id, name, stored) : { field: 'attachment', reason: 'no_key' };
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Updates the meta for one of this desk's own events (journal replay on start). */
export function trackOwnEvent(meta: RegisterMeta, e: RegisterEvent): void {
  meta.lastSeq.set(e.desk, Math.max(meta.lastSeq.get(e.desk) ?? 0, e.seq));
  if (e.op === 'note' && e.f.letter) {
    const out = parseOutgoingNumber(e.f.letter.number);
    const key = out && outgoingKey(out.year, out.deskCode);
    if (key) meta.numberSeq.set(key, Math.max(meta.numberSeq.get(key) ?? 0, out.sequence));
  }
  if (e.op !== 'create') return;
  meta.ownRecords.add(e.rec);
  const n = parseNumber(e.f.number);
  if (n) {
    const key = `${n.year}/${n.deskCode}`;
    meta.numberSeq.set(key, Math.max(meta.numberSeq.get(key) ?? 0, n.sequence));
  }
}
