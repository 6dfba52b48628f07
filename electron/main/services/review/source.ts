import type { Unreadable } from '../../../../shared/register/sealed';
import type { LetterKind } from '../../../../shared/register/codes';
import type { RegisterEvent } from '../../../../shared/register/event';
import type { RegisterEntry, SetFields } from '../../../../shared/register/record';
import type { RegistrationRules } from '../../../../shared/register/registration';
import type { RegisterService } from '../register/registerService';

/**
 * The seam between review and the register: the few things review reads and writes. Every
 * write is a register event (set or note) made by the register, so its rules stay in one place.
 */
export interface ReviewSource {
  entries(): RegisterEntry[];
  entry(id: string): RegisterEntry | null;
  /** Every event of one entry, in any order: its history. */
  events(id: string): Promise<RegisterEvent[]>;
  /** The first time each entry was answered, from history, for reports. */
  answeredAt(id: string): Promise<string | null>;
  set(id: string, fields: SetFields, author: string): Promise<RegisterEntry>;
  note(id: string, text: string, author: string): Promise<RegisterEntry>;
  /** Records a letter with its own outgoing number; `text` makes the history's line from that number. */
  letter(id: string, kind: LetterKind, text: (outgoingNumber: string) => string, author: string): Promise<{ entry: RegisterEntry; number: string }>;
  /** The deadline table and working-day calendar the register was opened with (admin-published). */
  rules(): Pick<RegistrationRules, 'deadlines' | 'calendar'> & Partial<Pick<RegistrationRules, 'routing'>>;
  /** A desk's code (`K2`) for a desk id, when the share has told it. */
  deskCode(deskId: string): string | null;
  /** This computer's desk id on the share (for the access log's one-writer file). */
  deskId(): string;
  /** Crypto-shreds a retention bucket (../privacy/README.md); false when this desk holds no keyring. */
  destroyBucket(bucket: string, act: { number: string; date: string }, by: string): Promise<boolean>;
  destroyedBuckets(): string[];
  /** An attachment's bytes sealed for the entry's audience where this desk seals fields; opened back, or why not. */
  sealFile(id: string, name: string, bytes: Uint8Array): Promise<Uint8Array>;
  openFile(id: string, name: string, stored: Uint8Array): Uint8Array | Unreadable;
  onChange(listener: () => void): () => void;
}

export interface EventHistory {
  events(id: string): Promise<RegisterEvent[]>;
  deskCode(deskId: string): string | null;
  answeredAt(id: string): Promise<string | null>;
}

/**
 * The real register as review's source; history comes from its journal and the share.
 * `mayWrite` is asked before every write: a desk older than the share requires only reads.
 */
export function registerSource(register: RegisterService, history: EventHistory, mayWrite: () => Promise<void> = async () => undefined): ReviewSource {
  return {
    entries: () => register.all(),
    entry: (id) => register.entry(id),
    events: async (id) => (await history.events(id)).map((e) => register.openEvent(e)),
    answeredAt: (id) => history.answeredAt(id),
    set: async (id, fields, author) => (await mayWrite(), register.set(id, fields, author)),
    note: async (id, text, author) => (await mayWrite(), register.note(id, text, author)),
    letter: async (id, kind, text, author) => (await mayWrite(), register.letter(id, kind, text, author)),
    rules: () => register.rules(),
    deskCode: (deskId) => history.deskCode(deskId),
    deskId: () => register.deskId(),
    destroyBucket: async (bucket, act, by) => (await mayWrite(), register.destroyBucket(bucket, act, by)),
    destroyedBuckets: () => register.destroyedBuckets(),
    sealFile: (id, name, bytes) => register.sealFile(id, name, bytes),
    openFile: (id, name, stored) => register.openFile(id, name, stored),
    onChange: (listener) => register.onChange(listener),
  };
}
