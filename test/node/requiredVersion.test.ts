import { describe, expect, it } from 'vitest';
import { compareVersions, FORMAT_MIN_VERSION, isVersion } from '../../electron/main/services/register/sync/requiredVersion';
import { SHARE_FORMAT } from '../../electron/main/services/register/sync/shareLayout';

describe('the version a share requires', () => {
  it('names the lowest app version for every share format up to the current one', () => {
    // Raising SHARE_FORMAT without saying which version writes it would let older desks misread the share.
    for (let format = 1; format <= SHARE_FORMAT; format++) expect(isVersion(FORMAT_MIN_VERSION[format] ?? ''), `format ${format}`).toBe(true);
    const versions = Array.from({ length: SHARE_FORMAT }, (_, i) => FORMAT_MIN_VERSION[i + 1]!);
    expect([...versions].sort(compareVersions)).toEqual(versions);
  });

  it('compares versions by number, not as text', () => {
    expect(compareVersions('1.10.0', '1.9.3')).toBe(1);
    expect(compareVersions('1.4.0', '1.4.0')).toBe(0);
    expect(compareVersions('0.9.9', '1.0.0')).toBe(-1);
    expect(compareVersions('1.4.0-rc.1', '1.4.0')).toBe(0);
    expect(isVersion('latest')).toBe(false);
    expect(isVersion('1.4')).toBe(false);
  });
});
