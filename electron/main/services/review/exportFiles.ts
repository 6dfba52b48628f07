import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import Papa from 'papaparse';
import { fold } from '../../../../shared/search/text';
import type { ExportFile } from '../../../../shared/review/contract';

/** A sheet to export: a title, column headers and rows of plain values. */
export interface Table {
  name: string;
  columns: string[];
  rows: Array<Array<string | number | null>>;
}

/** A cell starting with = + - @ (or a tab/CR before one) would run as a formula in a spreadsheet. */
export const neutralise = (value: string | number | null): string | number => {
  if (value === null) return '';
  if (typeof value === 'number') return value;
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
};

/** UTF-8 with a byte-order mark and `;`: what Excel in Latvia opens with Latvian letters intact. */
export function toCsv(table: Table): string {
  return `\uFEFF${Papa.unparse({ fields: table.columns, data: table.rows.map((r) => r.map(neutralise)) }, { delimiter: ';', newline: '\r\n' })}\r\n`;
}

export async function toXlsx(tables: readonly Table[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Laipni';
  for (const t of tables) {
    const sheet = book.addWorksheet(t.name.slice(0, 31));
    sheet.addRow(t.columns).font = { bold: true };
    // Text cells stay text: exceljs writes strings as shared strings, never as formulas.
    for (const r of t.rows) sheet.addRow(r.map((v) => (v === null ? '' : v)));
    sheet.columns.forEach(
      (c, i) => (c.width = Math.min(60, Math.max(10, ...[t.columns[i] ?? '', ...t.rows.map((r) => String(r[i] ?? ''))].map((s) => s.length + 2)))),
    );
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** A file name part from a table's title: `Pēc temata` → `pec-temata`. */
const slug = (name: string) =>
  fold(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'tabula';

/**
 * CSV is one table per file, as every spreadsheet and script expects: one table is a `.csv`,
 * several are a `.zip` of numbered `.csv` files, each with its own header and byte-order mark.
 */
export async function exportFile(base: string, format: 'csv' | 'xlsx', tables: readonly Table[]): Promise<ExportFile> {
  if (format === 'csv' && tables.length === 1) {
    return { fileName: `${base}.csv`, mime: 'text/csv;charset=utf-8', base64: Buffer.from(toCsv(tables[0]!), 'utf8').toString('base64') };
  }
  if (format === 'csv') {
    const zip = new JSZip();
    tables.forEach((t, i) => zip.file(`${String(i + 1).padStart(2, '0')}-${slug(t.name)}.csv`, toCsv(t)));
    const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    return { fileName: `${base}-csv.zip`, mime: 'application/zip', base64: bytes.toString('base64') };
  }
  return {
    fileName: `${base}.xlsx`,
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    base64: (await toXlsx(tables)).toString('base64'),
  };
}
