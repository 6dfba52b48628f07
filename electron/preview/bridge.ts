import type { RawBridge } from '../../shared/contract/client';
import { BRIDGE_NAME, type WindowKind } from '../../shared/contract/channels';

/**
 * Preview mode's stand-in for a preload: the same raw object on `window`, carried over HTTP
 * and server-sent events to the real main-process services.
 */
const script = document.currentScript as HTMLScriptElement | null;
const kind: WindowKind = script?.dataset.window === 'display' ? 'display' : 'desk';
const base = new URL('./__preview/', document.baseURI);

let source: EventSource | null = null;
const events = (): EventSource => (source ??= new EventSource(new URL(`events/${kind}`, base)));

const bridge: RawBridge = {
  async invoke(channel, request) {
    try {
      const response = await fetch(new URL(`api/${kind}/${encodeURIComponent(channel)}`, base), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ request }),
      });
      return await response.json();
    } catch {
      return { ok: false, error: { code: 'io_failed', message: 'Preview server not reachable' } };
    }
  },
  on(event, listener) {
    const handler = (e: MessageEvent<string>) => listener(JSON.parse(e.data));
    events().addEventListener(event, handler);
    return () => events().removeEventListener(event, handler);
  },
};

Object.defineProperty(window, BRIDGE_NAME[kind], { value: Object.freeze(bridge), writable: false });
