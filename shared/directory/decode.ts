/**
 * CSV files come from spreadsheets: UTF-8 (with or without BOM) when saved as "CSV UTF-8",
 * otherwise the Baltic Windows code page that Excel uses on Latvian Windows. Reading the latter
 * as UTF-8 would quietly turn `Bērziņa` into `B�rzi�a`, so invalid UTF-8 is read as cp1257.
 */
export function decodeCsv(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1257').decode(bytes);
  }
}
