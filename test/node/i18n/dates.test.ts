import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatNumber, formatPercent, formatTableDate, formatTableTime } from '../../../shared/i18n/dates';

describe('the one date formatter', () => {
  it('writes running text as a Latvian office does, with the month in the case the sentence asks for', () => {
    expect(formatDate('2026-12-15', 'lv')).toBe('2026. gada 15. decembris');
    expect(formatDate('2026-10-01', 'lv', 'locative')).toBe('2026. gada 1. oktobrī'); // publicēts …
    expect(formatDate('2026-04-30', 'lv', 'genitive')).toBe('2026. gada 30. aprīļa'); // spēkā no …
    expect(formatDate('2026-06-01', 'lv', 'dative')).toBe('2026. gada 1. jūnijam'); // līdz …
    expect(formatDate('2026-12-01', 'ltg', 'locative')).toBe('2026. gada 1. decembrī');
    expect(formatDate('2026-12-01', 'en', 'locative')).toBe('1 December 2026');
  });

  it('takes an instant to its day in Latvia, not in UTC', () => {
    // 23:30 UTC on 31 December is already 1 January in Rīga.
    expect(formatDate('2026-12-31T23:30:00Z', 'lv', 'locative')).toBe('2027. gada 1. janvārī');
    expect(formatTableDate('2026-12-31T23:30:00Z', 'lv')).toBe('01.01.2027');
    expect(formatTableTime('2026-07-01T11:30:00Z', 'lv')).toBe('01.07.2026 14:30');
    expect(formatDateTime('2026-07-01T11:30:00Z', 'lv')).toBe('2026. gada 1. jūlijā plkst. 14:30');
    expect(formatDateTime('2026-07-01T11:30:00Z', 'en')).toBe('1 July 2026 at 14:30');
  });

  it('writes table dates as 15.12.2026, with day before month in English too', () => {
    expect(formatTableDate('2026-12-15', 'lv')).toBe('15.12.2026');
    expect(formatTableDate('2026-12-15', 'ltg')).toBe('15.12.2026');
    expect(formatTableDate('2026-12-15', 'en')).toBe('15/12/2026');
  });

  it('writes shares and numbers with a decimal comma in Latvian', () => {
    expect(formatPercent(0.875, 'lv')).toBe('87,5\u00a0%');
    expect(formatPercent(0.875, 'ltg')).toBe('87,5\u00a0%');
    expect(formatPercent(0.875, 'en')).toBe('87.5%');
    expect(formatPercent(1, 'lv')).toBe('100\u00a0%');
    expect(formatNumber(4.5, 'lv')).toBe('4,5');
  });
});
