import { z } from 'zod';
import { KINDS, type Kind } from '../register/codes';
import { addMonths, rigaDate } from '../calendar/dates';
import { ANONYMISED_TEXT } from '../register/fold';
import type { RegisterEntry, SetFields } from '../register/record';
import { isOpen } from './dueState';

/**
 * Retention per kind in months, from the institution's file nomenclature (`config/retention.json`
 * on the share, published by an admin). Defaults apply to kinds the file leaves out.
 */
export const retentionSchema = z.partialRecord(z.enum(KINDS), z.number().int().min(1).max(1200));
export type RetentionRules = Record<Kind, number>;
export const DEFAULT_RETENTION: RetentionRules = { complaint: 60, suggestion: 36, idea: 36, praise: 12, question: 12 };

export const withDefaults = (partial: Partial<RetentionRules>): RetentionRules => ({ ...DEFAULT_RETENTION, ...partial });

type Kept = Pick<RegisterEntry, 'kind' | 'registeredAt' | 'status' | 'anonymisedAt'>;

/** The first day an entry may be anonymised: its registration day plus the kind's months. */
export const retentionEnds = (e: Kept, rules: RetentionRules): string => addMonths(rigaDate(Date.parse(e.registeredAt)), rules[e.kind]);

/** Past retention, no longer open, and not yet anonymised. */
export const isDueForDestruction = (e: Kept, rules: RetentionRules, today: string): boolean =>
  e.anonymisedAt === null && !isOpen(e.status) && retentionEnds(e, rules) <= today;

/**
 * The `set` that anonymises an entry: an event in its history, not a silent delete. The client
 * becomes anonymous, free texts that may name people are replaced, notes are masked by the fold.
 */
export function anonymiseFields(e: Pick<RegisterEntry, 'reply' | 'statusReason' | 'routeReason'>, today: string): SetFields {
  return {
    client: { anonymous: true },
    description: ANONYMISED_TEXT,
    employee: null,
    ...(e.reply ? { reply: ANONYMISED_TEXT } : {}),
    ...(e.statusReason ? { statusReason: ANONYMISED_TEXT } : {}),
    ...(e.routeReason ? { routeReason: ANONYMISED_TEXT } : {}),
    anonymisedAt: today,
  };
}

/** Fields whose earlier values must not be shown in history once an entry is anonymised. */
export const PERSONAL_FIELDS = ['client', 'description', 'employee', 'reply', 'statusReason', 'routeReason', 'text'] as const;
