import { z } from 'zod';
import { KINDS, REVIEWERS, type Kind, type Reviewer } from '../register/codes';
import { addMonths, rigaDate } from '../calendar/dates';
import { ANONYMISED_TEXT } from '../register/fold';
import type { DestructionAct, RegisterEntry, SetFields } from '../register/record';
import { isOpen } from './dueState';

/**
 * Retention per kind from the institution's file nomenclature (lietu nomenklatūra): how many
 * months an entry is kept and the nomenclature item it is filed under. An admin publishes it
 * to the share as `config/retention.json` and signs it (`laipni register retention publish`,
 * `laipni admin sign`). Kinds the published file leaves out keep the built-in fallback, which
 * is shown as "not yet published" and never carries an item number.
 */
export const RETENTION_PATH = 'config/retention.json';
export const nomenclatureItemSchema = z
  .object({
    months: z.number().int().min(1).max(1200),
    /** The nomenclature item number, e.g. "3.4". */
    item: z
      .string()
      .trim()
      .min(1)
      .max(40)
      .regex(/^[0-9A-Za-z][0-9A-Za-z./-]*$/),
  })
  .strict();
export const retentionSchema = z
  .object({
    kinds: z.partialRecord(z.enum(KINDS), nomenclatureItemSchema),
    /** The reviewer roles that may destroy entries with an approved act (default: the head). */
    destroyRoles: z.array(z.enum(REVIEWERS)).min(1).max(REVIEWERS.length).optional(),
  })
  .strict();
export type RetentionDocument = z.infer<typeof retentionSchema>;
export const EMPTY_RETENTION: RetentionDocument = { kinds: {} };

export interface RetentionRule {
  months: number;
  /** Null while the nomenclature has not been published for this kind (the fallback applies). */
  item: string | null;
  published: boolean;
}
export type RetentionRules = Record<Kind, RetentionRule>;

/** Not from the nomenclature: what applies to a kind until an admin publishes its item. */
export const FALLBACK_MONTHS: Record<Kind, number> = { complaint: 60, suggestion: 36, idea: 36, praise: 12, question: 12 };
export const DEFAULT_DESTROY_ROLES: readonly Reviewer[] = ['head'];

export const withDefaults = (doc: RetentionDocument): RetentionRules =>
  Object.fromEntries(
    KINDS.map((k) => {
      const published = doc.kinds[k];
      return [
        k,
        published ? { months: published.months, item: published.item, published: true } : { months: FALLBACK_MONTHS[k], item: null, published: false },
      ];
    }),
  ) as RetentionRules;

type Kept = Pick<RegisterEntry, 'kind' | 'registeredAt' | 'status' | 'anonymisedAt'>;

/** The first day an entry may be destroyed: its registration day plus the kind's months. */
export const retentionEnds = (e: Pick<Kept, 'kind' | 'registeredAt'>, rules: RetentionRules): string =>
  addMonths(rigaDate(Date.parse(e.registeredAt)), rules[e.kind].months);

/** Past retention, no longer open, and not yet anonymised or destroyed. */
export const isDueForDestruction = (e: Kept, rules: RetentionRules, today: string): boolean =>
  e.anonymisedAt === null && !isOpen(e.status) && retentionEnds(e, rules) <= today;

/**
 * The retention bucket an entry's personal fields are sealed in (institution ~ kind ~ month of
 * registration, electron/main/services/privacy/README.md): what is destroyed together.
 */
export const bucketOfEntry = (e: Pick<RegisterEntry, 'institution' | 'kind' | 'registeredAt'>): string =>
  `${e.institution}~${e.kind}~${e.registeredAt.slice(0, 7)}`;

type Destroyable = Kept & Pick<RegisterEntry, 'id' | 'institution'>;

/**
 * The entries due for destruction: past retention, closed, and in a bucket every entry of which
 * is either due and destroyable by this person or already anonymised. A bucket's key ends every
 * entry sealed with it, so an entry whose bucket still holds a living one waits for it.
 */
export function dueForDestruction<E extends Destroyable>(all: readonly E[], mayDestroy: (e: E) => boolean, rules: RetentionRules, today: string): E[] {
  const buckets = new Map<string, E[]>();
  for (const e of all) {
    const b = bucketOfEntry(e);
    buckets.set(b, [...(buckets.get(b) ?? []), e]);
  }
  const due: E[] = [];
  for (const entries of buckets.values()) {
    if (!entries.every((e) => e.anonymisedAt !== null || (isDueForDestruction(e, rules, today) && mayDestroy(e)))) continue;
    due.push(...entries.filter((e) => e.anonymisedAt === null));
  }
  return due.sort((a, b) => (a.registeredAt < b.registeredAt ? -1 : a.registeredAt > b.registeredAt ? 1 : a.id < b.id ? -1 : 1));
}

/** `dd.mm.gggg`, `d.m.gggg` or ISO `gggg-mm-dd` as an ISO day, or null when it is no real day. */
export function parseActDate(text: string): string | null {
  const t = text.trim();
  const lv = /^(\d{1,2})\.(\d{1,2})\.(\d{4})\.?$/.exec(t);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  const [y, m, d] = lv ? [lv[3], lv[2], lv[1]] : iso ? [iso[1], iso[2], iso[3]] : [];
  if (!y || !m || !d) return null;
  const day = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const parsed = new Date(`${day}T00:00:00.000Z`);
  return Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== day ? null : day;
}

/** Why an act may not be used (the field at fault), or null: a number, and a real day not after today. */
export function actProblem(act: { number: string; date: string }, today: string): 'act_number' | 'act_date' | 'act_date_future' | null {
  if (!act.number.trim() || act.number.trim().length > 100) return 'act_number';
  const date = parseActDate(act.date);
  if (!date) return 'act_date';
  return date > today ? 'act_date_future' : null;
}

/**
 * The `set` that anonymises an entry: an event in its history, not a silent delete. The client
 * becomes anonymous, free texts that may name people are replaced, notes are masked by the fold.
 * With an act, the entry records the act it was destroyed under.
 */
export function anonymiseFields(e: Pick<RegisterEntry, 'reply' | 'statusReason' | 'routeReason'>, today: string, act?: DestructionAct): SetFields {
  return {
    client: { anonymous: true },
    description: ANONYMISED_TEXT,
    employee: null,
    ...(e.reply ? { reply: ANONYMISED_TEXT } : {}),
    ...(e.statusReason ? { statusReason: ANONYMISED_TEXT } : {}),
    ...(e.routeReason ? { routeReason: ANONYMISED_TEXT } : {}),
    anonymisedAt: today,
    ...(act ? { destructionAct: act } : {}),
  };
}

/** Fields whose earlier values must not be shown in history once an entry is anonymised. */
export const PERSONAL_FIELDS = ['client', 'description', 'employee', 'reply', 'statusReason', 'routeReason', 'text'] as const;
