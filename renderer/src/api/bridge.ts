import { createClient, type RawBridge } from '../../../shared/contract/client';
import type { DeskClient, DisplayClient } from './ApiContext';

declare global {
  interface Window {
    desk?: RawBridge;
    display?: RawBridge;
  }
}

/** The exposed object from the preload (or preview mode's bridge), wrapped in the typed client. */
export function deskClientFromWindow(): DeskClient | null {
  return window.desk ? createClient(window.desk) : null;
}

export function displayClientFromWindow(): DisplayClient | null {
  return window.display ? createClient(window.display) : null;
}
