/**
 * Hybrid logical clock: wall time in ms, a counter, and the desk id, written so that plain
 * text comparison orders timestamps (13-digit ms, 4-digit base-36 counter). Monotonic even
 * when the wall clock steps back; ties between desks are broken by desk id.
 */
export interface HlcParts {
  ms: number;
  counter: number;
  desk: string;
}

const COUNTER_MAX = 36 ** 4 - 1;

export const formatHlc = ({ ms, counter, desk }: HlcParts): string => `${String(ms).padStart(13, '0')}.${counter.toString(36).padStart(4, '0')}.${desk}`;

export function parseHlc(text: string): HlcParts | null {
  const m = /^(\d{13})\.([0-9a-z]{4})\.([a-z0-9-]{1,40})$/.exec(text);
  return m ? { ms: Number(m[1]), counter: parseInt(m[2]!, 36), desk: m[3]! } : null;
}

export const hlcMs = (text: string): number => Number(text.slice(0, 13));

/** Events more than this far past the receiver's own clock are held aside, so a desk with a wrong clock cannot win every edit. */
export const MAX_FUTURE_MS = 5 * 60 * 1000;

export interface Hlc {
  /** A new timestamp for a local event, later than every one issued or received before. */
  tick(): string;
  /** Moves the clock past a timestamp seen in another desk's event. */
  receive(remote: string): void;
  /** The latest timestamp issued or received. */
  last(): string;
}

/** `desk` may change (a cloned desk takes a new id): later timestamps carry the current one. */
export function createHlc(desk: string | (() => string), wall: () => number, last?: string | null): Hlc {
  const deskId = typeof desk === 'string' ? () => desk : desk;
  let state: HlcParts = (last && parseHlc(last)) || { ms: 0, counter: 0, desk: deskId() };
  state = { ...state, desk: deskId() };
  let formatted = formatHlc(state);
  const advance = (ms: number, counter: number) => {
    state = counter > COUNTER_MAX ? { ms: ms + 1, counter: 0, desk: deskId() } : { ms, counter, desk: deskId() };
    formatted = formatHlc(state);
  };
  return {
    tick() {
      const now = wall();
      if (now > state.ms) advance(now, 0);
      else advance(state.ms, state.counter + 1);
      return formatted;
    },
    receive(remote) {
      // Most events received are older than the clock: a text comparison settles those.
      if (remote.slice(0, 18) <= formatted.slice(0, 18)) return;
      const r = parseHlc(remote);
      if (!r) return;
      if (r.ms > state.ms || (r.ms === state.ms && r.counter > state.counter)) advance(r.ms, r.counter);
    },
    last: () => formatted,
  };
}
