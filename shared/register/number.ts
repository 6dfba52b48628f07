/**
 * Register numbers are given offline and never change once shown, so they depend only on
 * this desk: institution, year, the desk's number code and its own sequence for that year,
 * e.g. `RNP-2026/K2-0042`.
 */
export function formatNumber(institution: string, year: number, deskCode: string, sequence: number): string {
  return `${institution}-${year}/${deskCode}-${String(sequence).padStart(4, '0')}`;
}

const NUMBER = /^([A-Z]{2,8})-(\d{4})\/([A-Z0-9]{1,12})-(\d{4,})$/;

export function parseNumber(text: string): { institution: string; year: number; deskCode: string; sequence: number } | null {
  const m = NUMBER.exec(text);
  return m ? { institution: m[1]!, year: Number(m[2]), deskCode: m[3]!, sequence: Number(m[4]) } : null;
}

/** The next sequence for a desk code and year, given the numbers the desk already gave. */
export function nextSequence(numbers: Iterable<string>, institution: string, year: number, deskCode: string): number {
  let max = 0;
  for (const n of numbers) {
    const p = parseNumber(n);
    if (p && p.institution === institution && p.year === year && p.deskCode === deskCode) max = Math.max(max, p.sequence);
  }
  return max + 1;
}

/**
 * Outgoing letters have their own numbers, given the same way: institution, year, the desk's
 * number code, `IZ` (izejošais) and the desk's own letter sequence, e.g. `RNP-2026/K2-IZ-0007`.
 * A register number never looks like one.
 */
export function formatOutgoingNumber(institution: string, year: number, deskCode: string, sequence: number): string {
  return `${institution}-${year}/${deskCode}-IZ-${String(sequence).padStart(4, '0')}`;
}

const OUTGOING = /^([A-Z]{2,8})-(\d{4})\/([A-Z0-9]{1,12})-IZ-(\d{4,})$/;

export function parseOutgoingNumber(text: string): { institution: string; year: number; deskCode: string; sequence: number } | null {
  const m = OUTGOING.exec(text);
  return m ? { institution: m[1]!, year: Number(m[2]), deskCode: m[3]!, sequence: Number(m[4]) } : null;
}

/** The key of a desk code's letter sequence for a year, beside the register numbers' `year/deskCode`. */
export const outgoingKey = (year: number, deskCode: string): string => `IZ:${year}/${deskCode}`;
