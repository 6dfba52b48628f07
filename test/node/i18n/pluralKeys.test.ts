import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { intlLocale, resources } from '../../../shared/i18n';

const ROOT = resolve(import.meta.dirname, '../../..');
const LANGUAGES = ['lv', 'ltg', 'en'] as const;
type Lang = (typeof LANGUAGES)[number];

/** The plural categories a language's texts need, from Intl: Latvian `zero`, `one`, `other`; English `one`, `other`. */
const categories = (lng: Lang) => new Intl.PluralRules(intlLocale(lng)).resolvedOptions().pluralCategories;

const flatten = (value: unknown, prefix = ''): string[] =>
  value && typeof value === 'object' ? Object.entries(value).flatMap(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k)) : [prefix];
const keysOf = (lng: Lang, ns: string): Set<string> => new Set(flatten((resources[lng] as Record<string, unknown>)[ns]));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

interface Use {
  file: string;
  ns: string | null;
  key: string;
}

/**
 * Every text the code asks for with a `count`: `t('list.found', { count })`, `ctx.t('catalog:cli.valid', { …, count })`,
 * and errors thrown with a count in their details (shown as `errors.<code>`). Keys built at run time are not seen.
 */
function countedKeys(): Use[] {
  const uses: Use[] = [];
  const call = /\bt[A-Za-z]*\(\s*(['"])([\w.:-]+)\1\s*,\s*\{([^{}]*)\}/g;
  const error = /new ContractError\(\s*'(\w+)'[^;]*\{[^{}]*\bcount\b[^{}]*\}\s*\)/g;
  for (const dir of ['renderer/src', 'shared', 'electron']) {
    for (const path of sourceFiles(join(ROOT, dir))) {
      const text = readFileSync(path, 'utf8');
      const file = relative(ROOT, path);
      for (const m of text.matchAll(call)) {
        if (!/\bcount\b/.test(m[3]!)) continue;
        const [ns, key] = m[2]!.includes(':') ? (m[2]!.split(':', 2) as [string, string]) : [null, m[2]!];
        uses.push({ file, ns, key });
      }
      for (const m of text.matchAll(error)) uses.push({ file, ns: 'common', key: `errors.${m[1]}` });
    }
  }
  return uses;
}

describe('every counted text has the plural forms of its language', () => {
  const uses = countedKeys();

  it('finds the counted texts in the code (the scan itself works)', () => {
    const found = uses.map((u) => `${u.ns ?? ''}:${u.key}`);
    expect(found).toEqual(expect.arrayContaining([':list.found', 'catalog:cli.valid', 'common:errors.import_invalid', ':admin.peopleTitle']));
  });

  for (const lng of LANGUAGES) {
    it(`in ${lng}: ${categories(lng).join(', ')} for every key used with a count`, () => {
      const missing: string[] = [];
      for (const use of uses) {
        const namespaces = use.ns ? [use.ns] : Object.keys(resources[lng]);
        const holding = namespaces.filter((ns) => [...keysOf(lng, ns)].some((k) => k === use.key || k.startsWith(`${use.key}_`)));
        if (!holding.length) missing.push(`${use.file}: ${use.key} (no text at all)`);
        for (const ns of holding) {
          const keys = keysOf(lng, ns);
          const lacking = categories(lng).filter((c) => !keys.has(`${use.key}_${c}`));
          if (lacking.length) missing.push(`${use.file}: ${ns}:${use.key} lacks _${lacking.join(', _')}`);
        }
      }
      expect([...new Set(missing)]).toEqual([]);
    });

    it(`in ${lng}: no plural group in the locale files is missing a form`, () => {
      const missing: string[] = [];
      for (const ns of Object.keys(resources[lng])) {
        const keys = keysOf(lng, ns);
        const groups = new Set([...keys].flatMap((k) => /^(.*)_(zero|one|two|few|many|other)$/.exec(k)?.[1] ?? []));
        for (const group of groups) for (const c of categories(lng)) if (!keys.has(`${group}_${c}`)) missing.push(`${ns}:${group}_${c}`);
      }
      expect(missing).toEqual([]);
    });
  }
});
