import { z } from 'zod';
import { directorySchema } from './person';
import { parseAbsences, parseWeekly } from './textFields';

/**
 * Reception hours as older directories may hold them: free text in `reception` (or `hours`)
 * instead of the weekly plan. Text that reads as a plan (`P 8.30-12.00, 12.30-17.00; T …`)
 * becomes one; text that does not is kept word for word in `reception.unparsed` for the admin
 * to re-enter, with an empty plan meanwhile, so nothing an admin once wrote is lost and the
 * rest of the directory still loads.
 */
export function migrateReception(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const text = value.trim();
  const weekly = parseWeekly(text);
  if (weekly) return { weekly, absences: [] };
  return { weekly: [], absences: [], unparsed: text.slice(0, 1000) };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function migratePerson(p: unknown): unknown {
  if (!isRecord(p)) return p;
  if (p.reception !== undefined) return { ...p, reception: migrateReception(p.reception) };
  const { hours, absences, ...rest } = p;
  if (typeof hours !== 'string') return p;
  const reception = migrateReception(hours) as { weekly: unknown[]; absences: unknown[]; unparsed?: string };
  const away = typeof absences === 'string' ? parseAbsences(absences) : null;
  return { ...rest, reception: { ...reception, absences: away ?? [] } };
}

/** The stored directory, older shapes of reception hours brought to the current one first. */
export const storedDirectorySchema = z.preprocess(
  (data) => (isRecord(data) && Array.isArray(data.people) ? { ...data, people: data.people.map(migratePerson) } : data),
  directorySchema,
);
