import { describe, expect, it } from 'vitest';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCatalog } from '../../../electron/cli/commands/catalog';
import { sampleCatalogue } from '../../../electron/preview/sampleCatalog';
import { catalogueToCsv } from '../../../shared/catalog/csv';
import { DEFAULT_REVIEW_PROCEDURE } from '../../../shared/catalog/review';
import { reviewProcedureSchema } from '../../../shared/catalog/schema';
import { untranslatedFields } from '../../../shared/catalog/translations';
import { createI18n } from '../../../shared/i18n';

const catalogue = sampleCatalogue();

describe('catalogue translations', () => {
  it('lists what a service lacks in a language, for the staff’s marker', () => {
    const service = catalogue.services[0]!;
    const bare = { ...service, name: { lv: service.name.lv }, documents: service.documents.map((d) => ({ lv: d.lv, ltg: d.ltg ?? 'x' })) };
    expect(untranslatedFields(bare, 'en')).toEqual(expect.arrayContaining(['name', 'documents']));
    expect(untranslatedFields(bare, 'en')).not.toContain('description');
    expect(untranslatedFields(bare, 'ltg')).not.toContain('documents');
  });

  it('refuses a review text whose translation drops or invents a number to fill in', () => {
    const text = DEFAULT_REVIEW_PROCEDURE.text;
    expect(reviewProcedureSchema.safeParse(DEFAULT_REVIEW_PROCEDURE).success).toBe(true);
    const dropped = reviewProcedureSchema.safeParse({ ...DEFAULT_REVIEW_PROCEDURE, text: { ...text, en: text.en!.replace('{{days}}', 'ten') } });
    expect(dropped.success).toBe(false);
    expect(dropped.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['text.en', 'placeholders']]);
    const invented = reviewProcedureSchema.safeParse({ ...DEFAULT_REVIEW_PROCEDURE, text: { ...text, ltg: `${text.ltg} {{weeks}}` } });
    expect(invented.error?.issues.map((i) => i.path.join('.'))).toEqual(['text.ltg']);
    // No translation at all is fine: the client reads Latvian.
    expect(reviewProcedureSchema.safeParse({ ...DEFAULT_REVIEW_PROCEDURE, text: { lv: text.lv } }).success).toBe(true);
  });

  it('`laipni catalog check` says how far the translations go, in plural forms', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'laipni-translations-'));
    const services = catalogue.services.slice(0, 2);
    const file = join(dir, 'catalogue.csv');
    await writeFile(file, catalogueToCsv([services[0]!, { ...services[1]!, description: { lv: services[1]!.description.lv } }]));
    const out: string[] = [];
    const err: string[] = [];
    const i18n = createI18n('lv');
    const code = await runCatalog(
      { version: '0', t: (key, options) => i18n.t(key, options ?? {}), flags: {}, argv: [], env: {}, out: (l) => out.push(l), err: (l) => err.push(l) },
      'check',
      [file],
    );
    expect(err).toEqual([]);
    expect(code).toBe(0);
    // The second service has lost its translated description; the first counts if the sample translates it fully.
    const full = (language: 'ltg' | 'en') => (untranslatedFields(services[0]!, language).length === 0 ? 1 : 0);
    expect(out).toEqual([
      'Fails ir derīgs: pakalpojumi — 2.',
      `Latgaliski: pilnībā iztulkoti ${full('ltg')} no 2 pakalpojumiem; kur tulkojuma nav, klients redz latvisko tekstu.`,
      `Angliski: pilnībā iztulkoti ${full('en')} no 2 pakalpojumiem; kur tulkojuma nav, klients redz latvisko tekstu.`,
    ]);
  });
});
