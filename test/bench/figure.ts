export interface Figure {
  name: string;
  value: number;
  unit: string;
  /** The budget from test/README.md, or null when there is none. */
  budget: number | null;
  /** `≤` (default) when lower is better, `≥` when higher is better. */
  budgetOp?: '≤' | '≥';
  /** Lowest and highest of the rounds when `value` is their median. */
  range?: [number, number];
  /** How many rounds the median and range are of. */
  rounds?: number;
}

export interface Suite {
  name: string;
  run(): Promise<Figure[]>;
}

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

/** The median of one value a round, with the range. */
export const ofRounds = (values: number[]): Pick<Figure, 'value' | 'range' | 'rounds'> => ({
  value: percentile(values, 50),
  range: [Math.min(...values), Math.max(...values)],
  rounds: values.length,
});

/** Runs `measure` `n` times, one after the other, and gives the median with the range. */
export async function overRounds(n: number, measure: (round: number) => Promise<number>): Promise<Pick<Figure, 'value' | 'range' | 'rounds'>> {
  const samples: number[] = [];
  for (let i = 0; i < n; i++) samples.push(await measure(i));
  return ofRounds(samples);
}
