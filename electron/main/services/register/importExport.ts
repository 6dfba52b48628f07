import Papa from 'papaparse';
import { z } from 'zod';
import { channelSchema, kindSchema, subjectSchema } from '../../../../shared/register/codes';
import type { RegisterEntry, RegisterInput } from '../../../../shared/register/record';
import { registerInputSchema } from '../../../../shared/register/record';

/**
 * The register's file formats for IT: export is the folded state, one flat object per
 * entry; import takes the same names (those it does not need, like `status`, are ignored,
 * because an imported entry is a new registration by this desk).
 */
export const EXPORT_COLUMNS = [
  'id',
  'number',
  'kind',
  'channel',
  'subject',
  'description',
  'status',
  'routedTo',
  'routeRule',
  'dueDate',
  'registeredAt',
  'registeredBy',
  'desk',
  'deskCode',
  'employeeName',
  'clientAnonymous',
  'clientName',
  'clientContact',
  'clientPurpose',
  'needsReview',
  'voidReason',
] as const;

export type ExportRow = Record<(typeof EXPORT_COLUMNS)[number], string | boolean | null>;

export function toExportRow(e: RegisterEntry): ExportRow {
  const c = e.client.anonymous ? null : e.client;
  return {
    id: e.id,
    number: e.number,
    kind: e.kind,
    channel: e.channel,
    subject: e.subject,
    description: e.description,
    status: e.status,
    routedTo: e.routedTo,
    routeRule: e.routeRule,
    dueDate: e.dueDate,
    registeredAt: e.registeredAt,
    registeredBy: e.registeredBy,
    desk: e.desk,
    deskCode: e.deskCode,
    employeeName: e.employee?.name ?? null,
    clientAnonymous: e.client.anonymous,
    clientName: c?.name ?? null,
    clientContact: c?.contact ?? null,
    clientPurpose: c?.purpose ?? null,
    needsReview: e.needsReview,
    voidReason: e.voidReason,
  };
}

/** A spreadsheet must not run a cell as a formula: such cells get a leading apostrophe. */
export function neutraliseCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function toCsv(entries: readonly RegisterEntry[]): string {
  const rows = entries.map(toExportRow).map((r) => EXPORT_COLUMNS.map((c) => neutraliseCell(r[c] === null ? '' : String(r[c]))));
  return `${Papa.unparse({ fields: [...EXPORT_COLUMNS], data: rows }, { newline: '\r\n' })}\r\n`;
}

const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
const yes = (v: unknown) => v === true || (typeof v === 'string' && ['true', 'yes', 'jā', '1'].includes(v.trim().toLowerCase()));

const rowSchema = z
  .object({
    kind: kindSchema,
    channel: channelSchema,
    subject: subjectSchema,
    description: z.string(),
    registeredAt: z.string().optional(),
    employeeName: z.string().optional(),
    clientName: z.string().optional(),
    clientContact: z.string().optional(),
    clientPurpose: z.string().optional(),
    clientConsent: z.union([z.string(), z.boolean()]).optional(),
  })
  .passthrough();

export interface ImportRow {
  input: RegisterInput;
  registeredAtMs: number | null;
}

export interface RowProblem {
  /** 1-based: the CSV data row or the JSONL line. */
  row: number;
  field: string;
  message: string;
}

/** Validates every row; the caller applies nothing unless there are no problems. */
export function parseImport(text: string, format: 'csv' | 'jsonl', nowMs: number): { rows: ImportRow[]; problems: RowProblem[] } {
  const raw: Array<{ row: number; value: unknown }> = [];
  const problems: RowProblem[] = [];
  if (format === 'csv') {
    const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy' });
    parsed.data.forEach((value, i) => raw.push({ row: i + 1, value: stripApostrophes(value) }));
    for (const e of parsed.errors) problems.push({ row: (e.row ?? 0) + 1, field: '(row)', message: e.message });
  } else {
    text.split(/\r?\n/).forEach((line, i) => {
      if (!line.trim()) return;
      try {
        raw.push({ row: i + 1, value: JSON.parse(line) as unknown });
      } catch {
        problems.push({ row: i + 1, field: '(line)', message: 'not JSON' });
      }
    });
  }
  // A column the register does not know is an error, not silence: a misspelt `clientname` or a
  // nested `client` object would otherwise drop the client's name without a word.
  const known = new Set<string>([...Object.keys(rowSchema.shape), ...EXPORT_COLUMNS]);
  const reported = new Set<string>();
  for (const { row, value } of raw) {
    if (!value || typeof value !== 'object') continue;
    for (const key of Object.keys(value)) {
      if (known.has(key) || reported.has(key)) continue;
      reported.add(key);
      problems.push({ row, field: key, message: `unknown column; the register knows ${Object.keys(rowSchema.shape).join(', ')}` });
    }
  }
  const rows: ImportRow[] = [];
  for (const { row, value } of raw) {
    const r = rowSchema.safeParse(value && typeof value === 'object' ? withoutBlanks(value as Record<string, unknown>) : value);
    if (!r.success) {
      const issue = r.error.issues[0]!;
      problems.push({ row, field: issue.path.join('.') || '(row)', message: issue.message });
      continue;
    }
    const d = r.data;
    const client = blank(d.clientName)
      ? { anonymous: true as const }
      : {
          anonymous: false as const,
          name: d.clientName!,
          contact: d.clientContact ?? '',
          consent: yes(d.clientConsent) as true,
          purpose: d.clientPurpose ?? '',
        };
    const input: RegisterInput = {
      kind: d.kind,
      channel: d.channel,
      subject: d.subject,
      description: d.description,
      client,
      employee: blank(d.employeeName) ? null : { personId: null, name: d.employeeName! },
    };
    const checked = registerInputSchema.safeParse(input);
    if (!checked.success) {
      const issue = checked.error.issues[0]!;
      problems.push({ row, field: issue.path.join('.') || '(row)', message: issue.message });
      continue;
    }
    let registeredAtMs: number | null = null;
    if (!blank(d.registeredAt)) {
      registeredAtMs = Date.parse(d.registeredAt!);
      if (!Number.isFinite(registeredAtMs) || registeredAtMs > nowMs) {
        problems.push({ row, field: 'registeredAt', message: 'not a past date' });
        continue;
      }
    }
    rows.push({ input, registeredAtMs });
  }
  return { rows, problems: problems.sort((a, b) => a.row - b.row) };
}

function withoutBlanks(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => !blank(v)));
}

/** Cells our own CSV export protected against formulas come back as they were. */
function stripApostrophes(row: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'string' && /^'[=+\-@\t\r]/.test(v) ? v.slice(1) : v]));
}
