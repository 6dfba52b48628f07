import { z } from 'zod';
import { latvianDate, latvianGenitive } from '../i18n/format';
import TEXTS from '../i18n/letters.lv.json';
import { LETTER_KINDS, type LetterKind } from '../register/codes';
import type { RegisterEntry } from '../register/record';

/**
 * Letters to the client, in Latvian (the official language of the reply), from the templates in
 * `shared/i18n/letters.lv.json`: reply, extension, forwarding and "where to apply". Each carries
 * the institution's letterhead, place and date, its own outgoing number, the incoming number and
 * date, the legal basis and the signer. Sentences put dates and names in the case they need.
 */
export { LETTER_KINDS, type LetterKind };

/** How a letter is named in the entry's history (Latvian, like the letter itself). */
export const LETTER_NAMES: Record<LetterKind, string> = TEXTS.names;

const text = (max: number) => z.string().trim().min(1).max(max);

/** What an institution prints at the top of its letters; published with the register rules, per institution code. */
export const letterheadSchema = z
  .object({
    name: text(200),
    /** The name in the genitive ("… nav Maltas pagasta pārvaldes kompetencē"), when the last word's ending does not give it. */
    nameGenitive: text(200).optional(),
    registrationNo: text(40),
    address: text(300),
    /** Where letters are written, in the locative as printed: `Rēzeknē`. */
    place: text(80),
    /** The ethics commission's chair, who signs its letters: a directory person and the position as printed. */
    ethicsChair: z
      .object({ personId: text(80), position: text(160).optional() })
      .strict()
      .optional(),
  })
  .strict();
export type Letterhead = z.infer<typeof letterheadSchema>;

export const SIGNINGS = ['paper', 'electronic'] as const;
export type Signing = (typeof SIGNINGS)[number];

export interface LetterInput {
  entry: Pick<
    RegisterEntry,
    'number' | 'receivedOn' | 'client' | 'reply' | 'dueDate' | 'status' | 'statusReason' | 'extensionGround' | 'forwardedTo' | 'forwardOutcome'
  >;
  /** Known fields of the institution's letterhead; the name at least. */
  letterhead: Pick<Letterhead, 'name'> & Partial<Letterhead>;
  signer: { name: string; position: string };
  signing: Signing;
  /** The letter's date (Riga), `YYYY-MM-DD`. */
  today: string;
  /** The letter's own registration number. */
  outgoingNumber: string;
}

export interface Letter {
  kind: LetterKind;
  /** Name, then registration number and address, as known. */
  letterhead: string[];
  /** `Rēzeknē, 2026. gada 5. maijā`. */
  placeAndDate: string;
  /** `Nr. RNP-2026/K2-IZ-0001`. */
  outgoing: string;
  /** `Uz 2026. gada 30. aprīļa iesniegumu Nr. RNP-2026/K1-0007`. */
  incoming: string;
  addressee: string[];
  subject: string;
  paragraphs: string[];
  legalBasis: string;
  signature: { name: string; position: string; signing: Signing; line: string };
}

/** Fills `{{name}}` from `values`; a missing value is a bug in the caller, not a blank in a letter. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`letter template needs {{${key}}}`);
    return value;
  });
}

/**
 * Each letter tells the client what was decided, so it waits for that decision: a reply for the
 * reply letter, an extension with its ground, and the recorded outcome "forwarded" or "told
 * where to apply" (with the competent body) for those two letters.
 */
export const LETTER_PROBLEMS = ['letter_needs_reply', 'letter_needs_extension', 'letter_needs_forwarding', 'letter_needs_where_to_apply'] as const;
export type LetterProblem = (typeof LETTER_PROBLEMS)[number];

export function letterProblem(kind: LetterKind, entry: LetterInput['entry']): LetterProblem | null {
  const outcome = entry.status === 'forwarded' && entry.forwardedTo ? entry.forwardOutcome : null;
  if (kind === 'reply') return entry.reply ? null : 'letter_needs_reply';
  if (kind === 'extension') return entry.extensionGround && entry.status !== 'forwarded' ? null : 'letter_needs_extension';
  if (kind === 'forwarding') return outcome === 'forwarded' ? null : 'letter_needs_forwarding';
  return outcome === 'where_to_apply' ? null : 'letter_needs_where_to_apply';
}

export function composeLetter(kind: LetterKind, input: LetterInput): Letter {
  const problem = letterProblem(kind, input.entry);
  if (problem) throw new Error(problem);
  const { entry, letterhead } = input;
  const received = latvianDate(entry.receivedOn, 'genitive');
  const body = entry.forwardedTo ?? '';
  const values: Record<string, string> = {
    received,
    reply: entry.reply ?? '',
    reason: entry.statusReason ?? '',
    ground: entry.extensionGround ? TEXTS.grounds[entry.extensionGround] : '',
    due: latvianDate(entry.dueDate, 'dative'),
    institution: letterhead.nameGenitive ?? latvianGenitive(letterhead.name),
    // Forwarding names the body as the one who answers (nominative); "where to apply" says "vērsties pie" (genitive).
    body: kind === 'where_to_apply' ? latvianGenitive(body) : body,
  };
  // A template line that is only a value (the extension's free text) is left out when that value is empty.
  const paragraphs = TEXTS.body[kind].map((p) => fill(p, values).trim()).filter((p) => p !== '');
  return {
    kind,
    letterhead: [
      letterhead.name,
      ...(letterhead.registrationNo ? [fill(TEXTS.letterhead.registrationNo, { number: letterhead.registrationNo })] : []),
      ...(letterhead.address ? [letterhead.address] : []),
    ],
    placeAndDate: letterhead.place
      ? fill(TEXTS.placeAndDate, { place: letterhead.place, date: latvianDate(input.today, 'locative') })
      : latvianDate(input.today, 'nominative'),
    outgoing: fill(TEXTS.outgoing, { number: input.outgoingNumber }),
    incoming: fill(TEXTS.incoming, { received, number: entry.number }),
    addressee: entry.client.anonymous ? [TEXTS.anonymousAddressee] : [entry.client.name, entry.client.contact],
    subject: fill(TEXTS.subject[kind], { received }),
    paragraphs,
    legalBasis: TEXTS.legalBasis[kind],
    signature: {
      name: input.signer.name,
      position: input.signer.position,
      signing: input.signing,
      line: input.signing === 'electronic' ? TEXTS.signedElectronically : TEXTS.signatureLine,
    },
  };
}

/** The ethics commission's chair as printed when the letterhead names no position. */
export const ETHICS_CHAIR_POSITION = TEXTS.ethicsChair;
