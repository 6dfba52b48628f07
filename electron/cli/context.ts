export interface CliContext {
  /** This program's version: the `version` of the package.json beside the built `out/` folder. */
  version: string;
  t: (key: string, options?: Record<string, unknown>) => string;
  flags: Record<string, string | boolean>;
  argv: readonly string[];
  env: Record<string, string | undefined>;
  out: (line: string) => void;
  err: (line: string) => void;
}
