import { z } from 'zod';
import { endpoint } from '../contract/endpoint';

/**
 * Acknowledgement of the rules (§13, §14): the regulation is a versioned document; each
 * employee acknowledges a version with their typed name and a drawn signature, and the record
 * keeps that version's hash and the time. A new version asks everyone again.
 */

const hash = z.string().regex(/^[0-9a-f]{64}$/);

/**
 * A drawn signature as SVG path data on a 600×200 box: `M x y L x y …`, whole numbers only.
 * Kept small and inert: it is drawn again as a path, never run or loaded as markup.
 */
export const signatureSchema = z
  .string()
  .max(40_000)
  .regex(/^(?:[ML] \d{1,3} \d{1,3} ?)+$/, 'signature');

/** A published version of the rules. */
export interface RulesDocument {
  version: number;
  title: string;
  text: string;
  /** SHA-256 of the text (UTF-8), hex: what an acknowledgement is bound to. */
  hash: string;
  /** The day the version was adopted or published. */
  published: string;
  publishedBy: string | null;
  /**
   * The admin key's signature of the version file, when a trust root is pinned and it verified:
   * the key's fingerprint and when it signed. Null for the version shipped with the app and
   * on desks without a pinned key.
   */
  adminSignature: { key: string; signedAt: string } | null;
}

/** A version on the share that is not the rules: no admin signature, or one that does not verify. */
export interface WithheldVersion {
  version: number;
  problem: 'unsigned' | 'bad_signature';
}

/** One line of `acknowledgements/<deskId>.jsonl`. */
export const ackLineSchema = z
  .object({
    v: z.literal(1),
    id: z.string().regex(/^[A-Za-z0-9_-]{8,32}$/),
    version: z.number().int().min(1),
    hash,
    person: z.string().max(64),
    institution: z.string().max(8),
    typedName: z.string().max(200),
    at: z.string().datetime({ offset: true }),
    signature: signatureSchema,
  })
  .strict();
export type AckLine = z.infer<typeof ackLineSchema>;

/** Letters compared without case, diacritics or extra spaces: “anna bērziņa” is “Anna Berzina”. */
export const plainName = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

/** The typed name must be the person's own, in either order. */
export function typedNameMatches(typed: string, person: { name: string; surname: string }): boolean {
  const t = plainName(typed);
  return t === plainName(`${person.name} ${person.surname}`) || t === plainName(`${person.surname} ${person.name}`);
}

export interface MyAcknowledgement {
  document: RulesDocument;
  /** When I acknowledged this version; null when I have not (or am not in the directory). */
  signedAt: string | null;
  /** Whether the person at this computer is someone the directory knows (only they can sign). */
  canSign: boolean;
  /** Newer versions on the share that are not in force because their signature is missing or wrong. */
  withheld: WithheldVersion[];
  /** The latest reminder a head sent me for this version, while I have not signed it. */
  reminded: { by: string; at: string } | null;
}

/** One line of `rules-reminders/<deskId>.jsonl`: a head asked these people to sign this version. */
export const reminderLineSchema = z
  .object({
    v: z.literal(1),
    id: z.string().regex(/^[A-Za-z0-9_-]{8,32}$/),
    version: z.number().int().min(1),
    hash,
    people: z.array(z.string().max(64)).max(5000),
    by: z.string().max(200),
    at: z.string().datetime({ offset: true }),
  })
  .strict();
export type ReminderLine = z.infer<typeof reminderLineSchema>;

export interface AckStatusRow {
  personId: string;
  name: string;
  surname: string;
  position: string;
  institution: string;
  signedAt: string | null;
  typedName: string | null;
  signature: string | null;
}

export interface AckStatus {
  document: RulesDocument;
  /** The institution shown (a head's own), or null for all. */
  institution: string | null;
  rows: AckStatusRow[];
  withheld: WithheldVersion[];
}

/** For a version, who of `people` has acknowledged it (their latest acknowledgement counts). */
export function ackStatus(
  people: ReadonlyArray<{ id: string; name: string; surname: string; position: string; institution: string }>,
  acks: Iterable<AckLine>,
  document: RulesDocument,
): AckStatusRow[] {
  const signed = new Map<string, AckLine>();
  for (const a of acks) {
    if (a.version !== document.version || a.hash !== document.hash) continue;
    const before = signed.get(a.person);
    if (!before || before.at < a.at) signed.set(a.person, a);
  }
  return people
    .map((p) => {
      const a = signed.get(p.id);
      return {
        personId: p.id,
        name: p.name,
        surname: p.surname,
        position: p.position,
        institution: p.institution,
        signedAt: a?.at ?? null,
        typedName: a?.typedName ?? null,
        signature: a?.signature ?? null,
      };
    })
    .sort((a, b) => a.surname.localeCompare(b.surname, 'lv') || a.name.localeCompare(b.name, 'lv'));
}

export const rulesContract = {
  /** The current version and whether I have acknowledged it. */
  'rules:current': endpoint<MyAcknowledgement>()(z.undefined()),
  'rules:acknowledge': endpoint<MyAcknowledgement>()(
    z
      .object({
        version: z.number().int().min(1),
        hash,
        typedName: z.string().trim().min(3).max(200),
        signature: signatureSchema,
      })
      .strict(),
  ),
  /** Heads: their institution; the executive director and admins: everyone. */
  'rules:status': endpoint<AckStatus>()(z.undefined()),
  /** Heads (their institution), the executive director and admins: remind everyone shown who has not signed the current version. */
  'rules:remind': endpoint<{ reminded: number }>()(z.undefined()),
  /** Admins: publish a new version of the text; everyone is asked again. */
  'rules:publish': endpoint<RulesDocument>()(z.object({ title: z.string().trim().min(3).max(300), text: z.string().trim().min(20).max(200_000) }).strict()),
};

export type RulesChannel = keyof typeof rulesContract;
