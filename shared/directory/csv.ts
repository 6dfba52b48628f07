import Papa from 'papaparse';
import { MAX_PEOPLE, personSchema, type Person } from './person';
import { formatAbsences, formatWeekly, parseAbsences, parseList, parseWeekly } from './textFields';

/** Columns of the directory CSV, in export order; codes, not translated. */
export const CSV_COLUMNS = [
  'id',
  'name',
  'surname',
  'position',
  'institution_code',
  'institution',
  'department',
  'room',
  'address',
  'phone',
  'email',
  'hours',
  'absences',
  'languages',
  'accounts',
  'roles',
  'keywords',
  // Added later, at the end so that files laid out for the older columns keep their places.
  'gender',
  'position_ltg',
  'position_en',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];
export const REQUIRED_COLUMNS: CsvColumn[] = ['id', 'name', 'surname', 'position', 'institution_code', 'institution'];

export const ROW_PROBLEMS = ['required', 'invalid', 'too_long', 'duplicate', 'malformed', 'missing_column', 'empty_file', 'too_many_people'] as const;
export interface RowProblem {
  /** The row as a spreadsheet numbers it (the header is row 1); 1 for file-wide problems. */
  row: number;
  column: CsvColumn | '';
  code: (typeof ROW_PROBLEMS)[number];
  /** The offending value, shortened, so the admin can find it. */
  value?: string;
}

export interface CsvParse {
  people: Person[];
  problems: RowProblem[];
}

const FIELD_COLUMN: Record<string, CsvColumn> = {
  institutionCode: 'institution_code',
  reception: 'hours',
};
const columnOf = (field: string): CsvColumn => FIELD_COLUMN[field] ?? (field as CsvColumn);
const short = (v: unknown) => (typeof v === 'string' ? v : (JSON.stringify(v) ?? '')).slice(0, 60);
/** A leading apostrophe is what our export adds before `= + - @`; take it off again. */
const cell = (v: string | undefined) => (v ?? '').trim().replace(/^'(?=[=+\-@])/, '');

/**
 * The separator is the one the header row uses: column names hold none, while guessing from the
 * rows is thrown by the semicolons inside hours and lists and by short rows.
 */
function delimiterOf(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/));
  const counts = [',', ';', '\t'].map((d) => [d, header.split(d).length] as const);
  return counts.reduce((best, c) => (c[1] > best[1] ? c : best))[0];
}

/**
 * Reads a directory CSV (UTF-8, comma or semicolon separated, with a header row). Every bad
 * cell is reported with its row and column; the caller applies nothing unless there are none.
 * Photos and dated hours exceptions are not in the CSV: a person already in the directory keeps theirs
 * (and any old free-text hours still waiting for the admin).
 */
export function parseDirectoryCsv(text: string, existing: readonly Person[] = []): CsvParse {
  const body = text.replace(/^\uFEFF/, '');
  const parsed = Papa.parse<Record<string, string>>(body, {
    header: true,
    delimiter: delimiterOf(body),
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim().toLowerCase(),
  });
  const problems: RowProblem[] = [];
  const headers = parsed.meta.fields ?? [];
  if (!parsed.data.length && !headers.length) return { people: [], problems: [{ row: 1, column: '', code: 'empty_file' }] };
  for (const column of REQUIRED_COLUMNS) if (!headers.includes(column)) problems.push({ row: 1, column, code: 'missing_column' });
  if (problems.length) return { people: [], problems };
  // Said up front: the preview would otherwise look fine and publishing fail on the limit.
  if (parsed.data.length > MAX_PEOPLE) return { people: [], problems: [{ row: 1, column: '', code: 'too_many_people', value: String(parsed.data.length) }] };
  for (const error of parsed.errors) problems.push({ row: (error.row ?? 0) + 2, column: '', code: 'malformed' });

  const photos = new Map(existing.map((p) => [p.id, p.photo]));
  const kept = new Map(existing.map((p) => [p.id, p.reception]));
  const ids = new Set<string>();
  const accounts = new Set<string>();
  const people: Person[] = [];
  parsed.data.forEach((raw, i) => {
    const row = i + 2;
    const get = (c: CsvColumn) => cell(raw[c]);
    const rowProblems: RowProblem[] = [];
    const weekly = parseWeekly(get('hours'));
    const absences = parseAbsences(get('absences'));
    if (!weekly) rowProblems.push({ row, column: 'hours', code: 'invalid', value: short(get('hours')) });
    if (!absences) rowProblems.push({ row, column: 'absences', code: 'invalid', value: short(get('absences')) });
    const photo = photos.get(get('id'));
    // Columns older files do not have: an empty cell leaves the field out, as before.
    const gender = get('gender').toLowerCase();
    const translations = Object.fromEntries((['ltg', 'en'] as const).map((l) => [l, get(`position_${l}`)]).filter(([, v]) => v));
    const { exceptions, unparsed } = kept.get(get('id')) ?? {};
    const candidate = {
      id: get('id'),
      name: get('name'),
      surname: get('surname'),
      position: get('position'),
      ...(gender ? { gender } : {}),
      ...(Object.keys(translations).length ? { positionTranslations: translations } : {}),
      institutionCode: get('institution_code').toUpperCase(),
      institution: get('institution'),
      department: get('department'),
      room: get('room'),
      address: get('address'),
      phone: get('phone'),
      email: get('email'),
      reception: { weekly: weekly ?? [], absences: absences ?? [], ...(exceptions?.length ? { exceptions } : {}), ...(unparsed ? { unparsed } : {}) },
      languages: parseList(get('languages')).map((l) => l.toLowerCase()),
      ...(photo ? { photo } : {}),
      accounts: parseList(get('accounts')),
      roles: parseList(get('roles')).map((r) => r.toLowerCase()),
      keywords: parseList(get('keywords')),
    };
    const result = personSchema.safeParse(candidate);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const column = issue.path[0] === 'positionTranslations' ? (`position_${String(issue.path[1])}` as CsvColumn) : columnOf(String(issue.path[0] ?? ''));
        if (rowProblems.some((p) => p.column === column)) continue;
        const value = issue.path.reduce<unknown>((o, k) => (o as Record<PropertyKey, unknown>)?.[k], candidate);
        const code = issue.code === 'too_big' ? 'too_long' : value === '' ? 'required' : 'invalid';
        rowProblems.push({ row, column, code, value: short(value) });
      }
    }
    if (ids.has(candidate.id)) rowProblems.push({ row, column: 'id', code: 'duplicate', value: candidate.id });
    ids.add(candidate.id);
    for (const account of candidate.accounts) {
      if (accounts.has(account.toLowerCase())) rowProblems.push({ row, column: 'accounts', code: 'duplicate', value: short(account) });
      accounts.add(account.toLowerCase());
    }
    if (rowProblems.length) problems.push(...rowProblems);
    else if (result.success) people.push(result.data);
  });
  return { people, problems };
}

const neutralise = (v: string) => (/^[=+\-@]/.test(v) ? `'${v}` : v);

/** The directory as CSV for spreadsheets; cells that a spreadsheet would run as formulas are neutralised. */
export function directoryToCsv(people: readonly Person[]): string {
  const rows = people.map((p) => {
    const values: Record<CsvColumn, string> = {
      id: p.id,
      name: p.name,
      surname: p.surname,
      position: p.position,
      gender: p.gender ?? '',
      position_ltg: p.positionTranslations?.ltg ?? '',
      position_en: p.positionTranslations?.en ?? '',
      institution_code: p.institutionCode,
      institution: p.institution,
      department: p.department,
      room: p.room,
      address: p.address,
      phone: p.phone,
      email: p.email,
      hours: formatWeekly(p.reception.weekly),
      absences: formatAbsences(p.reception.absences),
      languages: p.languages.join('; '),
      accounts: p.accounts.join('; '),
      roles: p.roles.join('; '),
      keywords: p.keywords.join('; '),
    };
    return CSV_COLUMNS.map((c) => neutralise(values[c]));
  });
  return `${Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { newline: '\r\n' })}\r\n`;
}
