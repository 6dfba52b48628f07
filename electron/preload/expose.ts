import { contextBridge, ipcRenderer } from 'electron';
import { channelsFor, eventsFor, BRIDGE_NAME, type WindowKind } from '../../shared/contract/channels';

/**
 * Exposes one narrow object for a window: only its own channels can be invoked and only its
 * own events subscribed to. Raw envelopes cross the bridge; the renderer unwraps them.
 */
export function exposeBridge(kind: WindowKind): void {
  const channels = channelsFor(kind);
  const events = eventsFor(kind);
  contextBridge.exposeInMainWorld(BRIDGE_NAME[kind], {
    invoke(channel: string, request?: unknown) {
      if (!channels.includes(channel)) {
        return Promise.resolve({ ok: false, error: { code: 'unknown_channel', message: `No channel ${String(channel)}` } });
      }
      return ipcRenderer.invoke(channel, request);
    },
    on(event: string, listener: (payload: unknown) => void) {
      if (!events.includes(event)) return () => undefined;
      const wrapped = (_e: unknown, payload: unknown) => listener(payload);
      ipcRenderer.on(event, wrapped);
      return () => {
        ipcRenderer.removeListener(event, wrapped);
      };
    },
  });
}
