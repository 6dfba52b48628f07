export interface Figure {
  name: string;
  value: number;
  unit: string;
  /** The budget from test/README.md, or null when there is none. */
  budget: number | null;
  /** `≤` (default) when lower is better, `≥` when higher is better. */
  budgetOp?: '≤' | '≥';
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
