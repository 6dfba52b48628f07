import { describe, expect, it } from 'vitest';
import { hoursOn, receptionStatus } from '../../../shared/directory/hours';
import { person } from '../../support/people';

const { reception } = person();
// Monday 2026-11-23; Latvia is UTC+2 in winter.
const at = (local: string) => new Date(`${local}+02:00`);

describe('reception hours', () => {
  it('is open during a slot and says until when', () => {
    expect(receptionStatus(reception, at('2026-11-23T10:15'))).toMatchObject({ open: true, until: '12:00', next: { date: '2026-11-23', from: '13:00' } });
  });

  it('is closed over lunch and names the afternoon slot as next', () => {
    expect(receptionStatus(reception, at('2026-11-23T12:30'))).toMatchObject({
      open: false,
      until: null,
      next: { date: '2026-11-23', from: '13:00', to: '17:00' },
    });
  });

  it('after the last slot of the day points to the next reception day', () => {
    const status = receptionStatus(reception, at('2026-11-23T17:00'));
    expect(status.open).toBe(false);
    expect(status.next).toEqual({ date: '2026-11-25', from: '13:00', to: '18:00' });
  });

  it('skips public holidays: no reception on Christmas Eve, next after the holidays', () => {
    // 2025-12-24 is a Wednesday and a holiday; 12-29 the next Monday.
    const status = receptionStatus(reception, at('2025-12-24T14:00'));
    expect(status.today).toEqual({ date: '2025-12-24', slots: [], reason: 'holiday' });
    expect(status.next).toEqual({ date: '2025-12-29', from: '09:00', to: '12:00' });
  });

  it('skips an absence and reports it as the reason for today', () => {
    const away = { ...reception, absences: [{ from: '2026-11-23', to: '2026-11-27' }] };
    const status = receptionStatus(away, at('2026-11-23T10:00'));
    expect(status).toMatchObject({ open: false, today: { reason: 'absent', slots: [] }, next: { date: '2026-11-30', from: '09:00' } });
  });

  it('follows Latvian time, not the computer’s zone: 07:30 UTC in summer is 10:30 in Rēzekne', () => {
    expect(receptionStatus(reception, new Date('2026-07-06T07:30:00Z')).open).toBe(true);
    expect(hoursOn(reception, '2026-07-07').slots).toEqual([]);
  });

  it('has no next time for someone without any hours', () => {
    expect(receptionStatus({ weekly: [], absences: [] }, at('2026-11-23T10:00')).next).toBeNull();
  });
});
