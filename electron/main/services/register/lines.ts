import { decodeLine, type RegisterEvent } from '../../../../shared/register/event';
import { surelyValidEvent } from '../../../../shared/register/fastEvent';
import type { HashText } from '../../../../shared/register/sha256';

export interface SplitResult {
  /** Complete lines (without `\n`), possibly empty; NUL padding left by a crash is dropped. */
  lines: string[];
  /** Bytes consumed: up to and including the last `\n`. An incomplete last line waits. */
  consumed: number;
}

const NL = 0x0a;

/** Splits bytes into complete lines; what follows the last newline is left for later. */
export function splitLines(bytes: Buffer): SplitResult {
  const end = bytes.lastIndexOf(NL);
  if (end < 0) return { lines: [], consumed: 0 };
  const text = bytes.toString('utf8', 0, end);
  // Empty lines (NUL padding removed) are left in; decoding skips them.
  return { lines: (text.includes('\0') ? text.replace(/\0+/g, '') : text).split('\n'), consumed: end + 1 };
}

/** Complete, non-empty lines in the bytes. */
export const lineCount = (bytes: Buffer): number => splitLines(bytes).lines.filter((l) => l.length > 0).length;

export interface DecodedLines {
  events: RegisterEvent[];
  /** Lines of a newer format: kept where they are, counted, never applied. */
  newer: string[];
  bad: number;
}

export function decodeLines(lines: readonly string[], hash: HashText | null): DecodedLines {
  const out: DecodedLines = { events: [], newer: [], bad: 0 };
  const counts = forEachDecoded(lines, hash, (e) => out.events.push(e));
  out.newer = counts.newer;
  out.bad = counts.bad;
  return out;
}

/**
 * Hands each event on as soon as its line is decoded, so that a long replay keeps no array of
 * events alive (they die young, which is what the garbage collector handles cheaply).
 */
export function forEachDecoded(lines: readonly string[], hash: HashText | null, onEvent: (event: RegisterEvent) => void): Omit<DecodedLines, 'events'> {
  const out: Omit<DecodedLines, 'events'> = { newer: [], bad: 0 };
  for (const line of lines) {
    if (!line) continue;
    if (hash === null) {
      // A sealed, verified segment: the common well-formed line needs only parsing and the fast check.
      const raw = parseOrNull(line);
      if (raw !== null && surelyValidEvent(raw, true)) {
        onEvent(raw as RegisterEvent);
        continue;
      }
    }
    const d = decodeLine(line, hash);
    if (d.kind === 'event') onEvent(d.event);
    else if (d.kind === 'newer') out.newer.push(line);
    else out.bad++;
  }
  return out;
}

function parseOrNull(line: string): unknown {
  try {
    return JSON.parse(line) as unknown;
  } catch {
    return null;
  }
}
