import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VOCABULARY_GROUPS, createI18n, resources } from '../../../shared/i18n';

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

describe('one vocabulary', () => {
  it('gives each code one label per language: kinds, channels, subjects, statuses and reviewers live only in “vocabulary”', () => {
    for (const [lng, namespacesOf] of Object.entries(resources)) {
      for (const [ns, data] of Object.entries(namespacesOf)) {
        if (ns === 'vocabulary') continue;
        // A group of the same name may hold other texts (the catalogue's `status` line); no code may.
        const own = VOCABULARY_GROUPS.flatMap((group) => {
          const codes = Object.keys(resources.lv.vocabulary[group]);
          const texts = (data as Record<string, unknown>)[group];
          return texts && typeof texts === 'object'
            ? Object.keys(texts)
                .filter((k) => codes.includes(k))
                .map((k) => `${group}.${k}`)
            : [];
        });
        expect(own, `${lng}/${ns} labels codes of its own`).toEqual([]);
      }
    }
  });

  it('shows the form’s words in the review namespace too, as the regulation words them', () => {
    for (const ns of ['register', 'review']) {
      const t = createI18n('lv').getFixedT('lv', ns);
      expect(t('kind.suggestion')).toBe('Ierosinājums');
      expect(t('channel.questionnaire')).toBe('Aptaujas anketa');
      expect(t('subject.service_quality')).toBe('Apkalpošanas kvalitāte');
      expect(t('subject.procedure')).toBe('Kārtība un procedūras');
      expect(t('reviewer.ethics_commission')).toBe('Iestādes ētikas komisija');
    }
  });
});
