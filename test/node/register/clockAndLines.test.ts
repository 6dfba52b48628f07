import { describe, expect, it } from 'vitest';
import { decodeLine, encodeEvent } from '../../../shared/register/event';
import { createHlc, parseHlc } from '../../../shared/register/hlc';
import { formatNumber, nextSequence } from '../../../shared/register/number';
import { sha256Hex } from '../../../shared/register/sha256';
import { createEvent, createFieldsFor } from '../../support/registerEvents';

describe('hybrid logical clock', () => {
  it('keeps going forward when the wall clock steps back a year', () => {
    let wall = Date.parse('2026-03-02T10:00:00Z');
    const clock = createHlc('d1', () => wall);
    const a = clock.tick();
    wall -= 365 * 86_400_000;
    const b = clock.tick();
    const c = clock.tick();
    expect(a < b && b < c).toBe(true);
    expect(parseHlc(c)?.ms).toBe(Date.parse('2026-03-02T10:00:00Z'));
  });

  it('moves past a clock value received from another desk', () => {
    const clock = createHlc('d1', () => 1000);
    clock.receive(createHlc('d2', () => 9000).tick());
    expect(clock.tick() > '0000000009000').toBe(true);
  });

  it('orders equal times by desk id', () => {
    expect(createHlc('a', () => 5).tick() < createHlc('b', () => 5).tick()).toBe(true);
  });
});

describe('event lines', () => {
  const event = createEvent({ id: 'ev-000001', desk: 'd1', seq: 1, ms: 1_770_000_000_000, rec: 'rec-000001' }, createFieldsFor(1));

  it('round-trips an event through its line', () => {
    const line = encodeEvent(event, sha256Hex);
    expect(line.endsWith('"}\n')).toBe(true);
    expect(decodeLine(line.slice(0, -1), sha256Hex)).toEqual({ kind: 'event', event });
  });

  it('refuses a line with one changed character', () => {
    const line = encodeEvent(event, sha256Hex).replace('rindu', 'rindi');
    expect(decodeLine(line.slice(0, -1), sha256Hex)).toEqual({ kind: 'bad', reason: 'hash' });
  });

  it('keeps an event of a newer format aside instead of applying or dropping it', () => {
    const newer = encodeEvent({ ...event, v: 2 } as unknown as typeof event, sha256Hex);
    expect(decodeLine(newer.slice(0, -1), sha256Hex)).toEqual({ kind: 'newer', version: 2, id: 'ev-000001' });
  });

  it('refuses a well-hashed line whose fields are not valid', () => {
    const bad = encodeEvent({ ...event, f: { ...event.f, kind: 'rumour' } } as unknown as typeof event, sha256Hex);
    expect(decodeLine(bad.slice(0, -1), sha256Hex)).toEqual({ kind: 'bad', reason: 'shape' });
  });
});

describe('register numbers', () => {
  it('numbers entries per institution, year and desk', () => {
    expect(formatNumber('RNP', 2026, 'K2', 42)).toBe('RNP-2026/K2-0042');
    expect(nextSequence(['RNP-2026/K2-0041', 'RNP-2026/K2-0007', 'RNP-2025/K2-0300', 'RNP-2026/K3-0999'], 'RNP', 2026, 'K2')).toBe(42);
  });
});
