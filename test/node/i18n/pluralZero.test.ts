import { describe, expect, it } from 'vitest';
import { createI18n, resources } from '../../../shared/i18n';

const COUNTS = [0, 1, 10, 11, 21, 3000];

/** Every plural key (`name_zero`, `name_one`, …) as its base path `path.name`. */
function pluralKeys(data: unknown, prefix = ''): string[] {
  if (!data || typeof data !== 'object') return [];
  const out = new Set<string>();
  for (const [k, v] of Object.entries(data)) {
    const path = prefix ? `${prefix}.${k}` : k;
    const plural = /^(.*)_(zero|one|two|few|many|other)$/.exec(k);
    if (typeof v === 'string' && plural) out.add(prefix ? `${prefix}.${plural[1]}` : plural[1]!);
    else pluralKeys(v, path).forEach((p) => out.add(p));
  }
  return [...out];
}

describe('plural texts never drop the number', () => {
  // Intl's Latvian "zero" category covers 0, 10–20, 30, …, 3000; i18next picks `_zero` for all of
  // them, so a `_zero` text that says "nothing" would tell a desk with 3,000 changes it has none.
  for (const lng of ['lv', 'ltg', 'en'] as const) {
    it(`in ${lng}, every counted text shows its count for ${COUNTS.join(', ')}`, () => {
      const { t } = createI18n(lng);
      for (const [ns, data] of Object.entries(resources[lng])) {
        for (const key of pluralKeys(data)) {
          for (const count of COUNTS) {
            const text = t(`${ns}:${key}`, { count, detail: '', time: '', name: '', total: 0 });
            expect(text, `${lng} ${ns}:${key} for ${count}`).toMatch(new RegExp(`(^|\\D)${count}(\\D|$)`));
          }
        }
      }
    });
  }

  it('keeps "nothing waits" for a count of exactly zero, in its own text', () => {
    expect(createI18n('lv').t('register:sync.waitingNone')).toBe('nekas negaida nosūtīšanu');
    expect(createI18n('lv').t('register:sync.waiting', { count: 3000 })).toBe('3000 izmaiņu gaida nosūtīšanu');
  });
});
