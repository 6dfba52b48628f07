import type { z } from 'zod';
import type { Service } from './schema';

/** Codes double as i18n keys `catalog:import.problem.<code>`. */
export const IMPORT_PROBLEMS = [
  'required',
  'too_long',
  'not_a_number',
  'out_of_range',
  'invalid_date',
  'invalid_id',
  'duplicate_id',
  'invalid_url',
  'invalid_email',
  'invalid_path',
  'placeholders',
  'invalid',
  'unknown_column',
  'missing_column',
  'unreadable',
  'empty',
] as const;
export type ImportProblemCode = (typeof IMPORT_PROBLEMS)[number];

export interface ImportProblem {
  /** Spreadsheet row (the header is row 1) or the service's position in a JSON file; null for the file. */
  row: number | null;
  /** Column (CSV) or property path (JSON) as it appears in the file. */
  field: string;
  code: ImportProblemCode;
}

export type ImportResult = { ok: true; services: Service[] } | { ok: false; problems: ImportProblem[] };

/** A file with thousands of mistakes is listed up to here; the rest add nothing. */
export const MAX_PROBLEMS = 200;

export function problemCode(issue: z.core.$ZodIssue): ImportProblemCode {
  const message = issue.message;
  switch (issue.code) {
    case 'invalid_type':
      if (message.includes('received undefined')) return 'required';
      return issue.expected === 'number' ? 'not_a_number' : 'invalid';
    case 'too_small':
      return issue.origin === 'string' ? 'required' : 'out_of_range';
    case 'too_big':
      return issue.origin === 'string' || issue.origin === 'array' ? 'too_long' : 'out_of_range';
    case 'invalid_format':
      if (issue.format === 'url') return 'invalid_url';
      if (issue.format === 'email') return 'invalid_email';
      if (message === 'date') return 'invalid_date';
      if (issue.path.at(-1) === 'id') return 'invalid_id';
      return 'invalid';
    case 'custom':
      if (message === 'duplicate_id') return 'duplicate_id';
      if (message === 'path') return 'invalid_path';
      if (message === 'placeholders') return 'placeholders';
      if (message === 'url') return 'invalid_url';
      if (message === 'date') return 'invalid_date';
      return 'invalid';
    default:
      return 'invalid';
  }
}

/** Turns a schema failure into problems a person can find in the file. */
export function problemsFrom(error: z.ZodError, locate: (path: PropertyKey[]) => { row: number | null; field: string }): ImportProblem[] {
  return error.issues.slice(0, MAX_PROBLEMS).map((issue) => ({ ...locate(issue.path), code: problemCode(issue) }));
}
