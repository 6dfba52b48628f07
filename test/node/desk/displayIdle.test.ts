import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../../shared/config/schema';
import { createDisplayService } from '../../../electron/main/services/display/displayService';
import { createEventBus } from '../../../electron/main/services/events';
import type { DisplayView } from '../../../shared/display/state';

/** Timers the test moves by hand: no real clock. */
function manualTimers() {
  let pending: Array<{ at: number; fn: () => void; id: number }> = [];
  let now = 0;
  let next = 1;
  return {
    set: (fn: () => void, ms: number) => {
      const id = next++;
      pending.push({ at: now + ms, fn, id });
      return id as unknown as ReturnType<typeof setTimeout>;
    },
    clear: (t: ReturnType<typeof setTimeout>) => void (pending = pending.filter((p) => p.id !== (t as unknown as number))),
    advance(ms: number) {
      now += ms;
      const due = pending.filter((p) => p.at <= now);
      pending = pending.filter((p) => p.at > now);
      due.forEach((p) => p.fn());
    },
  };
}

const service: DisplayView = {
  kind: 'complaint',
  review: { withinWorkingDays: 10 } as never,
} as DisplayView;
const badge = { kind: 'welcome' } as const;

describe('the client display returns to the desk’s view when left idle', () => {
  it('puts the badge back after the configured minutes with a client’s view shown, and not before', () => {
    const timers = manualTimers();
    const display = createDisplayService({ bus: createEventBus(), institutionName: null, idleMs: 3 * 60_000, timers });
    let homes = 0;
    display.onIdle(() => {
      homes++;
      display.show(badge);
    });
    display.show(service);
    timers.advance(2 * 60_000);
    // The client picks a language: activity, so the time starts again.
    display.setLanguage('en');
    timers.advance(2 * 60_000);
    expect(display.get().view.kind).toBe('complaint');
    timers.advance(60_000);
    expect(homes).toBe(1);
    expect(display.get().view.kind).toBe('welcome');
    // The desk's own views never time out.
    timers.advance(60 * 60_000);
    expect(homes).toBe(1);
  });

  it('reads the idle minutes from the configuration, three by default, and refuses nonsense', () => {
    const layers = (flags: Record<string, string>) => ({ machineFile: { path: '/x', status: 'missing' as const }, env: {}, flags });
    expect(resolveConfig(layers({})).values.displayIdleMinutes).toBe(3);
    expect(resolveConfig(layers({ 'display-idle-minutes': '10' })).values.displayIdleMinutes).toBe(10);
    const bad = resolveConfig(layers({ 'display-idle-minutes': 'soon' }));
    expect(bad.values.displayIdleMinutes).toBe(3);
    expect(bad.problems.map((p) => p.key)).toContain('displayIdleMinutes');
  });
});
