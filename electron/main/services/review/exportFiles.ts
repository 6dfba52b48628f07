import ExcelJS from 'exceljs';
import Papa from 'papaparse';
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

export async function exportFile(base: string, format: 'csv' | 'xlsx', tables: readonly Table[]): Promise<ExportFile> {
  if (format === 'csv') {
    const text = tables.map(toCsv).join('\r\n');
    return { fileName: `${base}.csv`, mime: 'text/csv;charset=utf-8', base64: Buffer.from(text, 'utf8').toString('base64') };
  }
  return {
    fileName: `${base}.xlsx`,
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    base64: (await toXlsx(tables)).toString('base64'),
  };
}
