import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { suites } from './suites';
import type { Figure } from './figure';

/**
 * `npm run bench`: measures every figure against its budget (test/README.md), prints a table and
 * writes test-results/bench.json. Timings are reported, never asserted.
 */
async function main(): Promise<void> {
  const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const figures: Figure[] = [];
  for (const suite of suites) {
    if (only.length && !only.some((o) => suite.name.includes(o))) continue;
    process.stderr.write(`… ${suite.name}\n`);
    try {
      figures.push(...(await suite.run()));
    } catch (error) {
      process.stderr.write(`  ${suite.name} failed: ${error instanceof Error ? error.stack : String(error)}\n`);
      process.exitCode = 1;
    }
  }
  const rows = figures.map((f) => [f.name, shown(f), f.budget === null ? '—' : `${f.budgetOp ?? '≤'} ${f.budget} ${f.unit}`, verdict(f)]);
  const head = ['figure', 'value', 'budget', ''];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
  await mkdir('test-results', { recursive: true });
  await writeFile(join('test-results', 'bench.json'), `${JSON.stringify(figures, null, 2)}\n`);
  console.log(`\n${figures.length} figures written to test-results/bench.json`);
}

/** A median over rounds is printed with its range and the number of rounds. */
const shown = (f: Figure) =>
  f.range ? `${round(f.value)} ${f.unit} (${round(f.range[0])}–${round(f.range[1])}, ${f.rounds} rounds)` : `${round(f.value)} ${f.unit}`;
const round = (v: number) => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));
function verdict(f: Figure): string {
  if (f.budget === null) return '';
  const within = (f.budgetOp ?? '≤') === '≤' ? f.value <= f.budget : f.value >= f.budget;
  return within ? 'within budget' : 'OVER BUDGET';
}

void main();
