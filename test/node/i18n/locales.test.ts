import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createI18n, resources } from '../../../shared/i18n';

const LOCALES = resolve(import.meta.dirname, '../../../shared/i18n/locales');

const flatten = (value: unknown, prefix = ''): string[] =>
  value && typeof value === 'object' ? Object.entries(value).flatMap(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k)) : [prefix];

describe('locales', () => {
  const namespaces = readdirSync(LOCALES);

  it.each(namespaces)('every locale of “%s” has every key the others have', (ns) => {
    const files = readdirSync(join(LOCALES, ns)).filter((f) => f.endsWith('.json'));
    expect(files.sort()).toEqual(['en.json', 'ltg.json', 'lv.json']);
    const keys = Object.fromEntries(files.map((f) => [f, new Set(flatten(JSON.parse(readFileSync(join(LOCALES, ns, f), 'utf8'))))]));
    const all = new Set(Object.values(keys).flatMap((s) => [...s]));
    for (const [file, set] of Object.entries(keys)) {
      expect(
        [...all].filter((k) => !set.has(k)),
        `${ns}/${file} lacks`,
      ).toEqual([]);
    }
  });

  it('registers every namespace folder with i18next', () => {
    expect(Object.keys(resources.lv).sort()).toEqual([...namespaces].sort());
  });

  it('has no empty texts', () => {
    for (const [lng, namespacesOf] of Object.entries(resources)) {
      for (const [ns, data] of Object.entries(namespacesOf)) {
        const empty = flatten(data).filter((key) => {
          const value = key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], data);
          return typeof value !== 'string' || value.trim() === '';
        });
        expect(empty, `${lng}/${ns}`).toEqual([]);
      }
    }
  });

  it('uses Latvian plural forms for counts', () => {
    const t = createI18n('lv').t;
    expect(t('config.problemsTitle', { count: 1 })).toBe('Konfigurācijā atrasta 1 problēma');
    expect(t('config.problemsTitle', { count: 21 })).toBe('Konfigurācijā atrasta 21 problēma');
    expect(t('config.problemsTitle', { count: 3 })).toBe('Konfigurācijā atrastas 3 problēmas');
  });

  it('falls back to Latvian, never to a raw key, when a language is missing a text', () => {
    const i18n = createI18n('en');
    i18n.addResource('lv', 'common', 'onlyInLatvian', 'Tikai latviski');
    expect(i18n.t('onlyInLatvian')).toBe('Tikai latviski');
  });
});
