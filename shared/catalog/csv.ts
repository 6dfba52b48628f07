import Papa from 'papaparse';
import { z } from 'zod';
import { problemsFrom, type ImportProblem, type ImportResult } from './importProblems';
import { serviceSchema, type Multilingual, type Service } from './schema';

/**
 * The catalogue as a spreadsheet: one service per row, a column per language, lists as lines
 * inside a cell (lines of the `_lv`, `_ltg` and `_en` columns belong together).
 */
const LANGS = ['lv', 'ltg', 'en'] as const;
const ML_COLUMNS = {
  name: ['name'],
  description: ['description'],
  audience: ['audience'],
  submit: ['steps', 'submit'],
  processing: ['steps', 'processing'],
  answer: ['steps', 'answer'],
  cost_note: ['cost', 'note'],
  in_person_hours: ['channels', 'inPerson', 'hours'],
  institution: ['institution'],
  department: ['department'],
} as const;
const PLAIN_COLUMNS = {
  id: ['id'],
  cost_eur: ['cost', 'amountEur'],
  processing_days: ['processingDays'],
  in_person_address: ['channels', 'inPerson', 'address'],
  e_address: ['channels', 'eAddress'],
  portal: ['channels', 'portal'],
  email: ['channels', 'email'],
  phone: ['channels', 'phone'],
  specialists: ['specialists'],
  legal_basis: ['legalBasis'],
  forms_file: ['forms'],
  keywords: ['keywords'],
  last_reviewed: ['lastReviewed'],
} as const;
const LIST_ML = { documents: 'documents', forms: 'forms' } as const;

export const CSV_COLUMNS: string[] = [
  'id',
  ...Object.keys(ML_COLUMNS).flatMap((c) => LANGS.map((l) => `${c}_${l}`)),
  ...Object.keys(LIST_ML).flatMap((c) => LANGS.map((l) => `${c}_${l}`)),
  ...Object.keys(PLAIN_COLUMNS).filter((c) => c !== 'id'),
];
const REQUIRED_COLUMNS = ['id', 'name_lv'];

const lines = (cell: string | undefined): string[] => (cell ?? '').split(/\r?\n/).map((l) => l.trim());
const list = (cell: string | undefined): string[] =>
  (cell ?? '')
    .split(/[;\n]/)
    .map((l) => l.trim())
    .filter(Boolean);

/** Spreadsheets run cells starting with these as formulas: neutralised on export, undone on import. */
const FORMULA = /^[=+\-@\t\r]/;
const neutralise = (cell: string): string => (FORMULA.test(cell) ? `'${cell}` : cell);
const restore = (cell: string): string => (cell.startsWith("'") && FORMULA.test(cell.slice(1)) ? cell.slice(1) : cell);

const get = (s: Record<string, unknown>, path: readonly string[]): unknown =>
  path.reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], s);

export function catalogueToCsv(services: readonly Service[]): string {
  const rows = services.map((s) => {
    const row: Record<string, string> = {};
    for (const [col, path] of Object.entries(ML_COLUMNS)) {
      const text = get(s, path) as Multilingual | undefined;
      for (const l of LANGS) row[`${col}_${l}`] = text?.[l] ?? '';
    }
    const listOf = (col: keyof typeof LIST_ML): Multilingual[] => (col === 'documents' ? s.documents : s.forms.map((f) => f.title));
    for (const col of Object.keys(LIST_ML) as Array<keyof typeof LIST_ML>) {
      for (const l of LANGS)
        row[`${col}_${l}`] = listOf(col)
          .map((t) => t[l] ?? '')
          .join('\n');
    }
    Object.assign(row, {
      id: s.id,
      cost_eur: String(s.cost.amountEur),
      processing_days: String(s.processingDays),
      in_person_address: s.channels.inPerson?.address ?? '',
      e_address: s.channels.eAddress ?? '',
      portal: s.channels.portal ?? '',
      email: s.channels.email ?? '',
      phone: s.channels.phone ?? '',
      specialists: s.specialists.join('; '),
      legal_basis: s.legalBasis.map((b) => (b.url ? `${b.title} | ${b.url}` : b.title)).join('\n'),
      forms_file: s.forms.map((f) => f.file ?? '').join('\n'),
      keywords: s.keywords.join('; '),
      last_reviewed: s.lastReviewed,
    });
    return CSV_COLUMNS.map((c) => neutralise(row[c] ?? ''));
  });
  return `\uFEFF${Papa.unparse({ fields: CSV_COLUMNS, data: rows }, { newline: '\r\n' })}\r\n`;
}

const number = (cell: string | undefined): unknown => {
  const t = (cell ?? '').trim().replace(',', '.');
  return t === '' ? undefined : /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : t;
};

function ml(row: Record<string, string>, col: string): Record<string, string> | undefined {
  const text = Object.fromEntries(LANGS.map((l) => [l, (row[`${col}_${l}`] ?? '').trim()]).filter(([, v]) => v));
  return Object.keys(text).length ? text : undefined;
}

function mlLines(row: Record<string, string>, col: string): Array<Record<string, string>> {
  const byLang = LANGS.map((l) => lines(row[`${col}_${l}`]));
  const count = Math.max(...byLang.map((ls) => ls.length));
  const out: Array<Record<string, string>> = [];
  for (let i = 0; i < count; i++) {
    const text = Object.fromEntries(LANGS.map((l, j) => [l, byLang[j]![i] ?? '']).filter(([, v]) => v));
    if (Object.keys(text).length) out.push(text);
  }
  return out;
}

function rowToInput(row: Record<string, string>): unknown {
  const address = row.in_person_address?.trim();
  const hours = ml(row, 'in_person_hours');
  const opt = (v: string | undefined) => (v?.trim() ? v.trim() : undefined);
  const files = lines(row.forms_file);
  return {
    id: row.id?.trim() || undefined,
    name: ml(row, 'name'),
    description: ml(row, 'description'),
    audience: ml(row, 'audience'),
    steps: { submit: ml(row, 'submit'), processing: ml(row, 'processing'), answer: ml(row, 'answer') },
    documents: mlLines(row, 'documents'),
    cost: { amountEur: number(row.cost_eur), note: ml(row, 'cost_note') },
    processingDays: number(row.processing_days),
    channels: {
      inPerson: address || hours ? { address, hours } : undefined,
      eAddress: opt(row.e_address),
      portal: opt(row.portal),
      email: opt(row.email),
      phone: opt(row.phone),
    },
    institution: ml(row, 'institution'),
    department: ml(row, 'department'),
    specialists: list(row.specialists),
    legalBasis: lines(row.legal_basis)
      .filter(Boolean)
      .map((l) => {
        const [title, url] = l.split(' | ').map((p) => p.trim());
        return url ? { title, url } : { title };
      }),
    forms: mlLines(row, 'forms').map((title, i) => (files[i] ? { title, file: files[i] } : { title })),
    keywords: list(row.keywords),
    lastReviewed: opt(row.last_reviewed),
  };
}

/** Where a schema path points in the spreadsheet: `['steps','submit','en']` → `submit_en`. */
function columnOf(path: PropertyKey[]): string {
  const keys = path.map(String);
  const [first, second] = keys;
  if (first === 'documents' || first === 'forms') {
    const lang = keys.find((k) => (LANGS as readonly string[]).includes(k));
    return first === 'forms' && keys.includes('file') ? 'forms_file' : `${first}_${lang ?? 'lv'}`;
  }
  for (const [col, p] of Object.entries(ML_COLUMNS)) {
    if (p.every((k, i) => keys[i] === k)) return `${col}_${keys[p.length] ?? 'lv'}`;
  }
  for (const [col, p] of Object.entries(PLAIN_COLUMNS)) {
    if (p.every((k, i) => keys[i] === k)) return col;
  }
  return second ? `${first}.${second}` : (first ?? '');
}

export function catalogueFromCsv(text: string): ImportResult {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim().toLowerCase(),
    transform: (v) => restore(v),
  });
  const problems: ImportProblem[] = [];
  const header = parsed.meta.fields ?? [];
  for (const col of header) if (!CSV_COLUMNS.includes(col)) problems.push({ row: 1, field: col, code: 'unknown_column' });
  for (const col of REQUIRED_COLUMNS) if (!header.includes(col)) problems.push({ row: 1, field: col, code: 'missing_column' });
  for (const e of parsed.errors) problems.push({ row: e.row === undefined ? null : e.row + 2, field: '', code: 'unreadable' });
  if (problems.length) return { ok: false, problems };
  if (parsed.data.length === 0) return { ok: false, problems: [{ row: null, field: '', code: 'empty' }] };

  const result = z.array(serviceSchema).safeParse(parsed.data.map(rowToInput));
  const duplicates = duplicateIds(parsed.data.map((r) => r.id?.trim() ?? ''));
  if (result.success && !duplicates.length) return { ok: true, services: result.data };
  const located = result.success ? [] : problemsFrom(result.error, ([i, ...rest]) => ({ row: Number(i) + 2, field: columnOf(rest) }));
  return { ok: false, problems: [...located, ...duplicates.map((i) => ({ row: i + 2, field: 'id', code: 'duplicate_id' as const }))] };
}

export function duplicateIds(ids: readonly string[]): number[] {
  const seen = new Set<string>();
  return ids.flatMap((id, i) => {
    if (id && seen.has(id)) return [i];
    seen.add(id);
    return [];
  });
}
