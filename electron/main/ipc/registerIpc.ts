import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { DESK_CHANNELS, DISPLAY_CHANNELS, fail, type WindowKind } from '../../../shared/contract';
import type { Dispatch } from './dispatch';
import type { Logger } from '../services/log/logger';

export interface IpcDeps {
  ipcMain: Pick<IpcMain, 'handle'>;
  dispatch: Dispatch;
  /** The kind of our own window that sent this, or null for anything else. */
  senderKind: (event: IpcMainInvokeEvent) => WindowKind | null;
  log: Logger;
}

/** Registers one handler per channel; every call is checked for its sender before dispatch. */
export function registerIpc({ ipcMain, dispatch, senderKind, log }: IpcDeps): string[] {
  const channels = [...new Set<string>([...DESK_CHANNELS, ...DISPLAY_CHANNELS])];
  for (const channel of channels) {
    ipcMain.handle(channel, (event, request: unknown) => {
      const kind = senderKind(event);
      if (!kind) {
        log.warn(`refused ${channel} from an unknown sender`);
        return fail('forbidden_sender', 'Request from a window that is not Laipni’s own');
      }
      return dispatch(kind, channel, request);
    });
  }
  return channels;
}
