import { rename } from 'node:fs/promises';
import { JSONFilePreset } from 'lowdb/node';
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
  let db;
  try {
    db = await JSONFilePreset<UserData>(file, defaults());
  } catch {
    await rename(file, `${file}.damaged`).catch(() => undefined);
    db = await JSONFilePreset<UserData>(file, defaults());
  }
  db.data = { ...defaults(), ...db.data };
  return {
    read: () => db.data,
    update: (change) => db.update(change),
  };
}
