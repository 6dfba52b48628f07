import type { RegisterEntry } from '../register/record';
import { fold } from '../search/text';

/**
 * A data-subject request (GDPR art. 15) over the register: which entries name a person, where,
 * and what of a complainant must not reach the person they complained about (art. 15(4)).
 * Pure, so the desk, the command line and the tests judge the same way.
 */

/**
 * Latvian (and Latgalian) name endings, longest first: `Bērziņš`, `Bērziņa`, `Bērziņam`,
 * `Bērziņu` meet at `berzin`; `Jānis`, `Jāņa`, `Jānim` at `jan`. Folded, so `š` is `s`.
 */
const NAME_ENDINGS = ['iem', 'am', 'em', 'im', 'um', 'ai', 'ei', 'ui', 'os', 'as', 'es', 'is', 'us', 'ys', 'a', 'e', 'i', 'u', 'o', 's'];
/** How many letters an inflected form may add after the stem (`berzin` + `iem`). */
const MAX_ENDING = 3;
/** Above this many words, a name's words must come in the order typed. */
const ANY_ORDER_WORDS = 6;

const TOKEN = /[\p{L}\p{M}\p{N}]+/gu;

/** One name word as compared: folded and without its ending, unless that leaves under 3 letters. */
export function nameStem(word: string): string {
  const w = fold(word);
  for (const ending of NAME_ENDINGS) if (w.length - ending.length >= 3 && w.endsWith(ending)) return w.slice(0, -ending.length);
  return w;
}

/** Whether a word of text is a form of the name word whose stem is given. */
function isFormOf(stem: string, word: string): boolean {
  const w = fold(word);
  if (stem.length < 3) return w === stem;
  return w.startsWith(stem) && w.length - stem.length <= MAX_ENDING;
}

interface Token {
  word: string;
  start: number;
  end: number;
}
const tokens = (text: string): Token[] => [...text.normalize('NFC').matchAll(TOKEN)].map((m) => ({ word: m[0], start: m.index, end: m.index + m[0].length }));

/** The name's word stems; empty when the name has no letters. */
export const nameStems = (name: string): string[] => tokens(name).map((t) => nameStem(t.word));

/** Whether the window's words are the name's words, each used once, in any order (in order for long names). */
function windowMatches(stems: readonly string[], window: readonly Token[]): boolean {
  if (stems.length > ANY_ORDER_WORDS) return stems.every((s, i) => isFormOf(s, window[i]!.word));
  const used = new Array<boolean>(window.length).fill(false);
  const assign = (i: number): boolean => {
    if (i === stems.length) return true;
    for (let j = 0; j < window.length; j++) {
      if (used[j] || !isFormOf(stems[i]!, window[j]!.word)) continue;
      used[j] = true;
      if (assign(i + 1)) return true;
      used[j] = false;
    }
    return false;
  };
  return assign(0);
}

/** Where in `text` the name occurs (its words next to each other), as [start, end) spans of the NFC text. */
export function nameSpans(text: string, stems: readonly string[]): Array<[number, number]> {
  if (!stems.length) return [];
  const list = tokens(text);
  const spans: Array<[number, number]> = [];
  for (let i = 0; i + stems.length <= list.length; i++) {
    const window = list.slice(i, i + stems.length);
    if (windowMatches(stems, window)) spans.push([window[0]!.start, window.at(-1)!.end]);
  }
  return spans;
}

/** `Bērziņš` = `berzins` = `Bērziņam`; `Jānis Bērziņš` = `Bērziņš Jānis` = `Jāņa Bērziņa`. */
export const namesPerson = (text: string | null | undefined, stems: readonly string[]): boolean => !!text && nameSpans(text, stems).length > 0;

/** Where an entry names the person: the codes a data-subject export shows beside each entry. */
export const FOUND_IN = ['client', 'contact', 'employee', 'description', 'reply', 'reason', 'note'] as const;
export type FoundIn = (typeof FOUND_IN)[number];

export function foundIn(e: RegisterEntry, stems: readonly string[]): FoundIn[] {
  const out: FoundIn[] = [];
  const check = (where: FoundIn, ...texts: Array<string | null | undefined>) => {
    if (texts.some((t) => namesPerson(t, stems))) out.push(where);
  };
  if (!e.client.anonymous) {
    check('client', e.client.name);
    check('contact', e.client.contact);
  }
  check('employee', e.employee?.name);
  check('description', e.description);
  check('reply', e.reply);
  check('reason', e.statusReason, e.routeReason);
  check('note', ...e.notes.map((n) => n.text));
  return out;
}

/**
 * The person is someone else's subject here: named in the entry (as the employee concerned, or
 * in its text) but not its client. Then what identifies the client is not theirs to receive.
 */
export const complainantHidden = (e: RegisterEntry, found: readonly FoundIn[]): boolean =>
  !e.client.anonymous && !found.includes('client') && !found.includes('contact');

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
/** A telephone number: 8 or more digits, single spaces between them allowed, a country code with + (not dates: 2026-03-02). */
const PHONE = /(?:\+\d{1,3}\s?)?\b\d(?:\s?\d){7,}\b/g;

/**
 * Text with the client's identity taken out: every word of their name (in any form), their
 * contact as written, and any e-mail address or telephone number; the rest of the text stays.
 */
export function redactor(client: { name: string; contact: string }, mark: string): (text: string) => string {
  const stems = nameStems(client.name).filter((s) => s.length >= 3);
  const contact = client.contact.trim().toLocaleLowerCase('lv');
  return (raw) => {
    // Contacts first, while an address like `peteris@…` is still whole; then the name's words.
    let text = raw.normalize('NFC');
    if (contact.length >= 3) {
      let at = text.toLocaleLowerCase('lv').indexOf(contact);
      while (at >= 0) {
        text = `${text.slice(0, at)}${mark}${text.slice(at + contact.length)}`;
        at = text.toLocaleLowerCase('lv').indexOf(contact, at + mark.length);
      }
    }
    text = text.replace(EMAIL, mark).replace(PHONE, mark);
    const spans = stems.flatMap((s) => nameSpans(text, [s])).sort((a, b) => b[0] - a[0]);
    let last = Infinity;
    for (const [start, end] of spans) {
      if (end > last) continue;
      text = `${text.slice(0, start)}${mark}${text.slice(end)}`;
      last = start;
    }
    return text;
  };
}

/** The reviewer roles a data-subject request can be given to (machine configuration `subjectRequestRoles`). */
export const SUBJECT_REQUEST_ROLES = ['head', 'ethics_commission', 'executive_director', 'council_chair'] as const;
export type SubjectRequestRole = (typeof SUBJECT_REQUEST_ROLES)[number];
/** Unless IT configures otherwise: each institution's head, its ethics commission and the executive director. */
export const DEFAULT_SUBJECT_REQUEST_ROLES: readonly SubjectRequestRole[] = ['head', 'ethics_commission', 'executive_director'];

export const maySubjectRequest = (roles: readonly string[], allowed: readonly SubjectRequestRole[]): boolean =>
  roles.some((r) => (allowed as readonly string[]).includes(r));

/**
 * The reviewer roles whose entries a requester with these roles cannot see: named in every
 * export (whether or not such entries exist, so the export reveals nothing about them) so
 * that the office knows who else must run the request for a complete answer.
 */
export function rolesBeyond(roles: readonly string[]): { roles: SubjectRequestRole[]; otherInstitutions: boolean } {
  const held = (r: string) => roles.includes(r);
  return {
    roles: SUBJECT_REQUEST_ROLES.filter((r) => !held(r)),
    // A head and an ethics commission see their own institution's entries only.
    otherInstitutions: held('head') || held('ethics_commission'),
  };
}
