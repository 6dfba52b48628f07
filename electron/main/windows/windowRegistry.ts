import type { BrowserWindow, IpcMainInvokeEvent } from 'electron';
import { eventsFor, type WindowKind } from '../../../shared/contract';

/** Knows which of our windows is which, answers the sender check and delivers events. */
export function createWindowRegistry(isAppUrl: (url: string) => boolean) {
  const windows = new Map<number, { kind: WindowKind; win: BrowserWindow }>();
  return {
    add(kind: WindowKind, win: BrowserWindow) {
      const id = win.webContents.id;
      windows.set(id, { kind, win });
      win.on('closed', () => windows.delete(id));
    },
    senderKind(event: IpcMainInvokeEvent): WindowKind | null {
      const entry = windows.get(event.sender.id);
      const frameUrl = event.senderFrame?.url ?? '';
      if (!entry || !isAppUrl(frameUrl)) return null;
      return entry.kind;
    },
    broadcast(event: string, payload: unknown) {
      for (const { kind, win } of windows.values()) {
        if (!win.isDestroyed() && eventsFor(kind).includes(event)) win.webContents.send(event, payload);
      }
    },
    first(kind: WindowKind): BrowserWindow | undefined {
      return [...windows.values()].find((w) => w.kind === kind)?.win;
    },
  };
}
