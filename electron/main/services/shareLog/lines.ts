/** Complete lines cut from bytes that end with a newline; NUL padding left by a crash is dropped. */
export interface CutLines {
  lines: string[];
  /** Byte offset in the file of each line, and its length (without `\n`), when asked for. */
  starts: number[] | null;
  lengths: number[] | null;
  /** Lines left out for being longer than the limit. */
  tooLong: number;
  /** NUL bytes were dropped (padding left by a crash). */
  padded: boolean;
}

const NL = 0x0a;

const stripNul = (text: string) => (text.includes('\0') ? text.replace(/\0+/g, '') : text);

/** `bytes` ends just after a newline; `base` is its offset in the file. */
export function cutLines(bytes: Buffer, base: number, withOffsets: boolean, maxLineBytes: number): CutLines {
  if (!withOffsets) {
    // The fast path of a cold merge: one decode, one split. Empty lines are left in; decoders skip them.
    const text = bytes.toString('utf8', 0, bytes.length - 1);
    const padded = text.includes('\0');
    const lines = (padded ? text.replace(/\0+/g, '') : text).split('\n');
    let tooLong = 0;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      if (line.length * 3 > maxLineBytes && Buffer.byteLength(line) > maxLineBytes) {
        lines[i] = '';
        tooLong++;
      }
    }
    return { lines, starts: null, lengths: null, tooLong, padded };
  }
  const out: CutLines = { lines: [], starts: [], lengths: [], tooLong: 0, padded: bytes.includes(0) };
  let start = 0;
  for (let end = bytes.indexOf(NL); end >= 0; start = end + 1, end = bytes.indexOf(NL, start)) {
    if (end - start > maxLineBytes) {
      out.tooLong++;
      continue;
    }
    const line = stripNul(bytes.toString('utf8', start, end));
    if (!line) continue;
    out.lines.push(line);
    out.starts!.push(base + start);
    out.lengths!.push(end - start);
  }
  return out;
}

/** A line read back from its place: NUL padding dropped, the newline not included. */
export const lineAt = (bytes: Buffer): string => stripNul(bytes.toString('utf8'));
