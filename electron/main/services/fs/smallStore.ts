import { rename } from 'node:fs/promises';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';

export interface SmallStore<T> {
  read(): T;
  update(change: (data: T) => void): Promise<void>;
}

/**
 * Small, rebuildable state in one JSON file (settings, window positions, sync cursors):
 * lowdb's atomic whole-file write fits. A damaged file is kept aside as `.damaged` and the
 * defaults are used, rather than stopping the app. Not lowdb's preset: it silently swaps in
 * memory storage when NODE_ENV is `test`.
 */
export async function openSmallStore<T extends object>(file: string, defaults: () => T): Promise<SmallStore<T>> {
  const db = new Low<T>(new JSONFile(file), defaults());
  try {
    await db.read();
  } catch {
    await rename(file, `${file}.damaged`).catch(() => undefined);
    db.data = defaults();
  }
  db.data = { ...defaults(), ...db.data };
  return { read: () => db.data, update: (change) => db.update(change) };
}
