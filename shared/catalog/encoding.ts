/**
 * Spreadsheets on Latvian Windows often save CSV in Windows-1257 rather than UTF-8. A file
 * that is not valid UTF-8 is read as Windows-1257, so `ī` and `š` arrive as themselves.
 */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1257').decode(bytes);
  }
}
