import { appendFileSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string, error?: unknown): void;
}

/**
 * A plain append-only log file in the user data folder. Callers log codes, channels and
 * counts, never record contents or personal data.
 */
export function createFileLogger(file: string, now: () => Date = () => new Date(), maxBytes = 5 * 1024 * 1024): Logger {
  mkdirSync(dirname(file), { recursive: true });
  rotate(file, maxBytes);
  const write = (level: string, message: string) => {
    try {
      appendFileSync(file, `${now().toISOString()} ${level} ${message}\n`);
    } catch {
      // A log that cannot be written must never take the app down.
    }
  };
  return {
    info: (m) => write('INFO', m),
    warn: (m) => write('WARN', m),
    error: (m, e) => write('ERROR', e instanceof Error ? `${m}: ${e.name}: ${e.message}` : m),
  };
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };

/** One previous log is kept beside the current one, so the folder never grows without end. */
function rotate(file: string, maxBytes: number): void {
  try {
    if (statSync(file).size > maxBytes) renameSync(file, `${file}.1`);
  } catch {
    // No log yet.
  }
}
