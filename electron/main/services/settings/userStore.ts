import { openSmallStore, type SmallStore } from '../fs/smallStore';
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

export type UserStore = SmallStore<UserData>;

const defaults = (): UserData => ({ language: null, windows: {} });

/** Per-user settings and window positions. */
export const openUserStore = (file: string): Promise<UserStore> => openSmallStore<UserData>(file, defaults);
