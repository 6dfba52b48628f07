/**
 * The one result envelope every handler returns. A rejected `invoke` loses everything but a
 * message, so failures travel as data and are turned back into exceptions by the client.
 */
export const ERROR_CODES = [
  'invalid_request',
  'unknown_channel',
  'forbidden_sender',
  'forbidden_role',
  'not_found',
  'config_invalid',
  'share_unavailable',
  'io_failed',
  'import_invalid',
  'outdated_app',
  'internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ContractErrorData {
  code: ErrorCode;
  /** English detail for logs and developers; users see the translated text of `code`. */
  message: string;
  /** Optional values for the translated message (field names, row numbers, …). */
  details?: Record<string, string | number>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ContractErrorData };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

export const fail = (code: ErrorCode, message: string, details?: Record<string, string | number>): Result<never> => ({
  ok: false,
  error: details ? { code, message, details } : { code, message },
});

/** Thrown by services and by the client side of the bridge; carries a closed error code. */
export class ContractError extends Error {
  readonly code: ErrorCode;
  readonly details?: Record<string, string | number>;

  constructor(code: ErrorCode, message: string, details?: Record<string, string | number>) {
    super(message);
    this.name = 'ContractError';
    this.code = code;
    this.details = details;
  }
}

export const isErrorCode = (value: unknown): value is ErrorCode => typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);

/** The i18n key under which each error code's message lives (namespace `common`). */
export const errorKey = (code: ErrorCode): string => `errors.${code}`;
