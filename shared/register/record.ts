import { z } from 'zod';
import {
  channelSchema,
  FORWARD_OUTCOMES,
  kindSchema,
  LETTER_KINDS,
  reviewerSchema,
  statusSchema,
  subjectSchema,
  type ForwardOutcome,
  type LetterKind,
  type Status,
} from './codes';
import { ROUTE_RULES, type RouteRule } from './routing';
import { isIsoDate } from '../calendar/dates';
import { sealedText, type Unreadable } from './sealed';

/** The statutory grounds on which an answer's term may be extended. */
export const EXTENSION_GROUNDS = ['more_information', 'other_institutions', 'large_volume'] as const;
export type ExtensionGround = (typeof EXTENSION_GROUNDS)[number];

/** Text limits keep one event line small; a description is a summary, not a scanned letter. */
const text = (max: number) => z.string().trim().min(1).max(max);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const isoInstant = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/);

/** The client: anonymous, or a name and contact kept only with consent and a stated purpose. */
export const clientSchema = z.discriminatedUnion('anonymous', [
  z.object({ anonymous: z.literal(true) }).strict(),
  z
    .object({
      anonymous: z.literal(false),
      name: text(200),
      contact: text(200),
      consent: z.literal(true),
      purpose: text(300),
    })
    .strict(),
]);
export type Client = z.infer<typeof clientSchema>;

/** The employee concerned: a directory person when known, otherwise the name as given. */
export const employeeSchema = z.object({ personId: z.string().trim().min(1).max(80).nullable(), name: text(200) }).strict();
export type Employee = z.infer<typeof employeeSchema>;

/** In events (journal, share, cache), personal text is plain (older entries) or sealed for its audience. */
const sealable = (max: number) => z.union([text(max), sealedText(max)]);
const eventClientSchema = z.discriminatedUnion('anonymous', [
  z.object({ anonymous: z.literal(true) }).strict(),
  z.object({ anonymous: z.literal(false), name: sealable(200), contact: sealable(200), consent: z.literal(true), purpose: sealable(300) }).strict(),
]);
const eventEmployeeSchema = z.object({ personId: z.string().trim().min(1).max(80).nullable(), name: sealable(200) }).strict();

/** What the desk fills in; everything else is decided when the entry is saved. */
export const registerInputSchema = z
  .object({
    kind: kindSchema,
    channel: channelSchema,
    subject: subjectSchema,
    employee: employeeSchema.nullable().default(null),
    description: text(4000),
    client: clientSchema.default({ anonymous: true }),
    /** The day the submission reached the institution (post received on Friday, entered on Monday); today when left out. */
    receivedOn: z.string().refine(isIsoDate, 'not a date').optional(),
  })
  .strict();
export type RegisterInput = z.input<typeof registerInputSchema>;
export type RegisterInputParsed = z.output<typeof registerInputSchema>;

const routeRuleSchema = z.enum(ROUTE_RULES);

/** Fields of a `create` event: fixed at registration, the base every later edit builds on. */
export const createFieldsSchema = z
  .object({
    number: z.string().min(1).max(60),
    institution: z.string().min(1).max(8),
    deskCode: z.string().min(1).max(12),
    kind: kindSchema,
    channel: channelSchema,
    subject: subjectSchema,
    employee: employeeSchema.nullable(),
    description: text(4000),
    client: clientSchema,
    routedTo: reviewerSchema,
    routeRule: routeRuleSchema,
    dueDate: isoDate,
    registeredAt: isoInstant,
    registeredBy: z.string().min(1).max(200),
    /** Deadlines count from this day; entries registered before it was recorded count from the registration day. */
    receivedOn: isoDate.optional(),
    /** Forward to the competent body, or tell the client where to apply, by this day. */
    forwardDue: isoDate.optional(),
  })
  .strict();
export type CreateFields = z.infer<typeof createFieldsSchema>;

/** The create fields as events carry them: personal text may be sealed. */
export const eventCreateFieldsSchema = createFieldsSchema.extend({
  employee: eventEmployeeSchema.nullable(),
  description: sealable(4000),
  client: eventClientSchema,
});

/** An approved act for the destruction of documents: its number and day. */
export const destructionActSchema = z.object({ number: z.string().trim().min(1).max(100), date: isoDate }).strict();
export type DestructionAct = z.infer<typeof destructionActSchema>;

const setFieldsObject = z.object({
  status: statusSchema.exclude(['void']),
  statusReason: z.string().max(1000),
  routedTo: reviewerSchema,
  routeReason: z.string().max(1000),
  dueDate: isoDate,
  extensionGround: z.enum(EXTENSION_GROUNDS),
  /** Outside the institution's competence: the competent body, and whether the submission went there or the client was told to apply there. */
  forwardedTo: z.string().trim().min(1).max(300),
  forwardOutcome: z.enum(FORWARD_OUTCOMES),
  reply: z.string().max(8000),
  ethicsInformedAt: isoDate.nullable(),
  employee: employeeSchema.nullable(),
  description: text(4000),
  /** Data protection: after the retention period the client becomes anonymous (review). */
  client: clientSchema,
  anonymisedAt: isoDate.nullable(),
  /** The archive-approved act the entry was destroyed under (shared/review/retention.ts). */
  destructionAct: destructionActSchema,
});
/** Fields a later `set` may change, each resolved on its own by last writer wins. */
export const setFieldsSchema = setFieldsObject
  .partial()
  .strict()
  .refine((f) => Object.keys(f).length > 0, 'empty');
export type SetFields = z.infer<typeof setFieldsSchema>;
/** The set fields as events carry them: personal text may be sealed. */
export const eventSetFieldsSchema = setFieldsObject
  .extend({
    reply: z.union([z.string().max(8000), sealedText(8000)]),
    employee: eventEmployeeSchema.nullable(),
    description: sealable(4000),
    client: eventClientSchema,
  })
  .partial()
  .strict()
  .refine((f) => Object.keys(f).length > 0, 'empty');
/** An outgoing letter's registration number: institution, year, desk number code, `IZ` and the desk's own letter sequence. */
export const OUTGOING_NUMBER = /^[A-Z]{2,8}-\d{4}\/[A-Z0-9]{1,12}-IZ-\d{4,}$/;
export const sentLetterSchema = z.object({ kind: z.enum(LETTER_KINDS), number: z.string().regex(OUTGOING_NUMBER) }).strict();
export type SentLetter = z.infer<typeof sentLetterSchema>;
/** A note; a letter sent to the client is a note that also carries the letter's kind and outgoing number. */
export const noteFieldsSchema = z.object({ text: text(4000), letter: sentLetterSchema.optional() }).strict();
export const eventNoteFieldsSchema = noteFieldsSchema.extend({ text: sealable(4000) });
export const voidFieldsSchema = z.object({ reason: text(1000) }).strict();

export interface Note {
  id: string;
  text: string;
  by: string;
  at: string;
  /** Present when the note records a letter sent to the client. */
  letter?: { kind: LetterKind; number: string };
}

/** One entry as the fold sees it: what lists, exports and the state hash are made of. */
export interface RegisterEntry {
  id: string;
  number: string;
  institution: string;
  desk: string;
  deskCode: string;
  kind: CreateFields['kind'];
  channel: CreateFields['channel'];
  subject: CreateFields['subject'];
  employee: Employee | null;
  description: string;
  client: Client;
  routedTo: CreateFields['routedTo'];
  routeRule: RouteRule;
  routeReason: string | null;
  dueDate: string;
  /** The day of receipt, which deadlines count from. */
  receivedOn: string;
  /** The forwarding deadline, or null for entries registered before it was stored. */
  forwardDue: string | null;
  registeredAt: string;
  registeredBy: string;
  status: Status;
  /** The statutory ground of the latest extension, or null. */
  extensionGround: ExtensionGround | null;
  /** When outside the institution's competence: the competent body and what was done, or null. */
  forwardedTo: string | null;
  forwardOutcome: ForwardOutcome | null;
  statusReason: string | null;
  reply: string | null;
  ethicsInformedAt: string | null;
  voidReason: string | null;
  /** The day personal fields were anonymised after the retention period, or null. */
  anonymisedAt: string | null;
  /** Present once the entry was destroyed under an approved act (Akts par dokumentu atlasi iznīcināšanai). */
  destructionAct?: DestructionAct;
  notes: Note[];
  /** Two desks changed the same field without seeing each other's change. */
  needsReview: boolean;
  /** The latest clock value applied to this entry: the `saw` of the next edit. */
  version: string;
  /** Personal fields this desk cannot show (no key here, or destroyed); they are empty above. */
  unreadable?: Unreadable[];
}
