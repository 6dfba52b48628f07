import { z } from 'zod';
import { endpoint, event } from '../contract/endpoint';
import type { Kind, Reviewer } from '../register/codes';
import type { RegisterEntry } from '../register/record';
import type { EthicsStep } from '../register/routing';
import type { DueState } from './dueState';
import type { FieldConflict, HistoryRow } from './history';
import { inboxFilterSchema, inboxSortSchema } from './inbox';
import { LETTER_KINDS, SIGNINGS, type Letter } from './letters';
import { periodSchema, type Report } from './reports';
import { reviewActionSchema } from './update';
import { MAX_ATTACHMENT_BYTES, type AttachmentType } from './attachments';

const recordId = z.string().regex(/^[A-Za-z0-9_-]{6,64}$/);

/** One inbox row: what the list shows, nothing more (the rest needs opening, which is logged). */
export interface InboxRow {
  id: string;
  number: string;
  kind: RegisterEntry['kind'];
  subject: RegisterEntry['subject'];
  channel: RegisterEntry['channel'];
  institution: string;
  deskCode: string;
  status: RegisterEntry['status'];
  registeredAt: string;
  dueDate: string;
  due: DueState;
  /** The forwarding deadline and its state (it runs until the entry is taken into review); null for older entries. */
  forwardDue: string | null;
  forward: DueState | null;
  needsReview: boolean;
  summary: string;
  /** Who it is routed to: "assigned to me" is a route the reviewer holds. */
  routedTo: RegisterEntry['routedTo'];
  /** Changes with every edit: a reviewer's "read" marks are per version, so a change shows as unread. */
  version: string;
}

export interface InboxPage {
  total: number;
  offset: number;
  rows: InboxRow[];
  /** Over everything the viewer may see, not only the filtered list: for badges. */
  counts: { overdue: number; dueSoon: number; needsReview: number };
  /** Values present for the institution and desk filters. */
  institutions: string[];
  desks: string[];
}

export interface AccessRow {
  at: string;
  by: string;
  name: string | null;
  desk: string;
  /** How it left main when not opened on screen: an export file, a data-subject export, a letter, a printed document. */
  via?: 'export' | 'subject_export' | 'letter' | 'print';
}

export interface EntryView {
  entry: RegisterEntry;
  due: DueState;
  forward: DueState | null;
  history: HistoryRow[];
  conflicts: FieldConflict[];
  ethics: EthicsStep;
  /** Who opened it, when: shown to heads only (null for other roles). */
  access: AccessRow[] | null;
  canReview: boolean;
  /** The latest a deadline may be extended to (the rule table's limit). */
  extendedLimit: string;
  /** People's and institutions' names for the ids, accounts and codes the entry and its history carry. */
  names: Record<string, string>;
}

export interface ExportFile {
  fileName: string;
  mime: string;
  base64: string;
}

/** How long one kind is kept, and under which nomenclature item (null: not yet published, the fallback applies). */
export interface RetentionKindView {
  kind: Kind;
  months: number;
  item: string | null;
  published: boolean;
}

/** One entry due for destruction, as the archive sees it: no personal data. */
export interface DueRow {
  id: string;
  number: string;
  kind: Kind;
  registeredAt: string;
  item: string | null;
  retentionEnds: string;
}

export interface DestructionView {
  retention: {
    kinds: RetentionKindView[];
    publishedAt: string | null;
    /** Why the share's nomenclature was not used (unsigned, bad_signature, invalid, …), or null. */
    problem: string | null;
    destroyRoles: Reviewer[];
  };
  /** Whether the person signed in may destroy with an approved act. */
  mayDestroy: boolean;
  today: string;
  entries: DueRow[];
}
/** One attachment of an entry as the entry page lists it. */
export interface AttachmentRow {
  /** `<sha256>.<type>`: the name it is stored and opened by. */
  file: string;
  type: AttachmentType;
  mime: string;
  size: number;
}

/** Base64 of the largest attachment, and a little over so that main can say "too large" in words. */
const MAX_ATTACHMENT_BASE64 = Math.ceil(((MAX_ATTACHMENT_BYTES + 1024) * 4) / 3);

export interface Badge {
  overdue: number;
  dueSoon: number;
}

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
const format = z.enum(EXPORT_FORMATS);
/** Exports speak the language of the person exporting; Latvian when not said. */
const language = z.enum(['lv', 'ltg', 'en']).default('lv');

export const reviewContract = {
  'review:inbox': endpoint<InboxPage>()(
    z.object({ filter: inboxFilterSchema, sort: inboxSortSchema, offset: z.number().int().min(0), limit: z.number().int().min(1).max(500) }).strict(),
  ),
  'review:entry': endpoint<EntryView>()(z.object({ id: recordId }).strict()),
  'review:act': endpoint<EntryView>()(z.object({ id: recordId, act: reviewActionSchema }).strict()),
  'review:note': endpoint<EntryView>()(z.object({ id: recordId, text: z.string().trim().min(1).max(4000) }).strict()),
  'review:letter': endpoint<{ letter: Letter; view: EntryView }>()(z.object({ id: recordId, kind: z.enum(LETTER_KINDS), signing: z.enum(SIGNINGS) }).strict()),
  'review:report': endpoint<Report>()(z.object({ period: periodSchema }).strict()),
  'review:export-report': endpoint<ExportFile>()(z.object({ period: periodSchema, format, language }).strict()),
  'review:export-inbox': endpoint<ExportFile>()(z.object({ filter: inboxFilterSchema, sort: inboxSortSchema, format, language }).strict()),
  'review:destruction': endpoint<DestructionView>()(z.undefined()),
  'review:export-destruction': endpoint<ExportFile>()(z.object({ format }).strict()),
  /** The act's number and day as typed (checked in main: a number, a real day, not in the future). */
  'review:destroy-due': endpoint<{ destroyed: number; buckets: number }>()(
    z.object({ act: z.object({ number: z.string().max(200), date: z.string().max(20) }).strict() }).strict(),
  ),
  'review:subject-export': endpoint<ExportFile>()(z.object({ name: z.string().trim().min(2).max(200), language }).strict()),
  /** A document printed from an open entry (the §12 notice): written to the access log before printing. */
  'review:printed': endpoint<null>()(z.object({ id: recordId, document: z.enum(['ethics_notice']) }).strict()),
  'review:badge': endpoint<Badge>()(z.undefined()),
  // A scanned letter or a photo with the entry (shared/review/attachments.ts): typed by content, never run.
  'review:attachments': endpoint<AttachmentRow[]>()(z.object({ id: recordId }).strict()),
  'review:attach': endpoint<AttachmentRow[]>()(z.object({ id: recordId, base64: z.string().min(1).max(MAX_ATTACHMENT_BASE64) }).strict()),
  'review:attachment': endpoint<ExportFile>()(z.object({ id: recordId, file: z.string().regex(/^[0-9a-f]{64}\.(pdf|jpeg|png)$/) }).strict()),
};

export const reviewEvents = {
  'review:changed': event<Badge>(),
};

export type ReviewChannel = keyof typeof reviewContract;
