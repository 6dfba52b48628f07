/**
 * The part of papaparse that shared/ may use: parsing and writing CSV held in a string. The
 * package's own types pull in Node's (its file and stream APIs), so shared/tsconfig.json maps
 * `papaparse` here instead; the bundlers still resolve the real package.
 */
export interface ParseError {
  type: string;
  code: string;
  message: string;
  /** Zero-based data row (after the header), when the error belongs to one. */
  row?: number;
}

export interface ParseMeta {
  delimiter: string;
  linebreak: string;
  aborted: boolean;
  truncated: boolean;
  cursor: number;
  fields?: string[];
}

export interface ParseResult<T> {
  data: T[];
  errors: ParseError[];
  meta: ParseMeta;
}

export interface ParseConfig {
  header?: boolean;
  delimiter?: string;
  skipEmptyLines?: boolean | 'greedy';
  transformHeader?: (header: string, index: number) => string;
  transform?: (value: string, field: string | number) => unknown;
}

export interface UnparseConfig {
  newline?: string;
  delimiter?: string;
  quotes?: boolean | boolean[];
  header?: boolean;
}

export interface UnparseObject {
  fields: string[];
  data: unknown[][] | Record<string, unknown>[];
}

declare const Papa: {
  parse<T>(text: string, config?: ParseConfig): ParseResult<T>;
  unparse(data: UnparseObject | unknown[][] | Record<string, unknown>[], config?: UnparseConfig): string;
};
export default Papa;
