import { rename } from 'node:fs/promises';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import type { StaffLanguage } from '../../../../shared/config/schema';

export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
  maximized?: boolean;
}

export interface UserData {
  language: StaffLanguage | null;
  windows: Partial<Record<'desk' | 'display', Bounds>>;
}

export interface UserStore {
  read(): UserData;
  update(change: (data: UserData) => void): Promise<void>;
}

const defaults = (): UserData => ({ language: null, windows: {} });

/**
 * Per-user settings and window positions: small state, so lowdb's atomic whole-file write
 * fits. A damaged file is replaced by defaults rather than stopping the app.
 */
export async function openUserStore(file: string): Promise<UserStore> {
  // Not lowdb's preset: it silently swaps in memory storage when NODE_ENV is `test`.
  const db = new Low<UserData>(new JSONFile(file), defaults());
  try {
    await db.read();
  } catch {
    await rename(file, `${file}.damaged`).catch(() => undefined);
    db.data = defaults();
  }
  db.data = { ...defaults(), ...db.data };
  return {
    read: () => db.data,
    update: (change) => db.update(change),
  };
}
