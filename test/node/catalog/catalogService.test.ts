import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCatalogService } from '../../../electron/main/services/catalog/catalogService';
import { createDisplayService } from '../../../electron/main/services/display/displayService';
import { readForm } from '../../../electron/main/services/catalog/forms';
import { createIdentityService } from '../../../electron/main/services/identity/identityService';
import { seedSampleCatalogue, sampleCatalogue } from '../../../electron/preview/sampleCatalog';
import { catalogueToCsv } from '../../../shared/catalog/csv';
import type { DisplayState } from '../../../shared/display/state';

async function setup(options: { admin?: boolean; directory?: boolean } = {}) {
  const root = await mkdtemp(join(tmpdir(), 'laipni-catalog-'));
  const share = join(root, 'share');
  await seedSampleCatalogue(share);
  const shown: DisplayState[] = [];
  const display = createDisplayService({ bus: { emit: (_e, state) => shown.push(state as DisplayState) }, institutionName: 'RNP' });
  const identity = createIdentityService({ account: 'RNP\\anna', adminAccounts: options.admin ? ['RNP\\anna'] : [], lookup: () => null });
  const directory = options.directory
    ? {
        describe: (id: string) =>
          id === 'laura.kalnina'
            ? { name: 'Laura Kalniņa', position: 'Klientu apkalpošanas speciāliste', phone: '+371 64600001', room: '1', openNow: true }
            : null,
      }
    : null;
  const catalog = createCatalogService({
    shareFolder: share,
    dataFolder: join(root, 'data'),
    identity,
    display,
    directory: () => directory,
    now: () => new Date('2026-11-24T10:00:00Z'),
  });
  return { root, share, catalog, shown, file: join(share, 'catalog', 'services.json') };
}

describe('the catalogue service', () => {
  it('reads the published catalogue with its version and date, and keeps working from its copy offline', async () => {
    const { catalog, share } = await setup();
    const online = await catalog.get();
    expect(online).toMatchObject({ source: 'share', publishedAt: '2026-10-01T09:00:00.000Z', canEdit: false });
    expect(online.catalogue.version).toBe(1);
    expect(online.catalogue.services).toHaveLength(60);
    await rm(share, { recursive: true });
    const offline = await catalog.get();
    expect(offline).toMatchObject({ source: 'cache', problem: 'missing' });
    expect(offline.catalogue.services).toHaveLength(60);
  });

  it('names specialists from the directory when there is one, and gives ids otherwise', async () => {
    const without = await (await setup()).catalog.get();
    expect(without.specialists['laura.kalnina']).toEqual({ id: 'laura.kalnina', name: null, position: null, phone: null, room: null, openNow: null });
    const withDirectory = await (await setup({ directory: true })).catalog.get();
    expect(withDirectory.specialists['laura.kalnina']).toMatchObject({ name: 'Laura Kalniņa', openNow: true });
  });

  it('puts a service on the client display with the review procedure and the specialists', async () => {
    const { catalog, shown } = await setup({ directory: true });
    const state = await catalog.show('dzivesvietas-deklaresana');
    expect(state.view).toMatchObject({
      kind: 'service',
      service: { id: 'dzivesvietas-deklaresana', processingDays: 1 },
      review: { answerWorkingDays: 10, extensionMonths: 1 },
      specialists: [
        { id: 'laura.kalnina', name: 'Laura Kalniņa', position: 'Klientu apkalpošanas speciāliste' },
        { id: 'svetlana.rudzite', name: null, position: null },
      ],
    });
    expect(shown.at(-1)).toEqual(state);
    await expect(catalog.show('nav-tada')).rejects.toMatchObject({ code: 'not_found' });
  });

  it('lets only an admin change it, never lets a new service take an existing id, and every publication raises the version', async () => {
    const staff = await setup();
    const service = (await staff.catalog.get()).catalogue.services[0]!;
    await expect(staff.catalog.saveService({ ...service, processingDays: 3 }, service.id)).rejects.toMatchObject({ code: 'forbidden_role' });
    await expect(staff.catalog.import('csv', catalogueToCsv([service]), true)).rejects.toMatchObject({ code: 'forbidden_role' });

    const { catalog } = await setup({ admin: true });
    await expect(catalog.saveService({ ...service, processingDays: 3 })).rejects.toMatchObject({ code: 'invalid_request', details: { field: 'id' } });
    const saved = await catalog.saveService({ ...service, processingDays: 3 }, service.id);
    expect(saved.catalogue.version).toBe(2);
    expect(saved.catalogue.services.find((s) => s.id === service.id)?.processingDays).toBe(3);
    expect(saved.publishedAt).toBe('2026-11-24T10:00:00.000Z');
    const renamed = await catalog.saveService({ ...service, id: 'jauns-id' }, service.id);
    expect(renamed.catalogue.services.map((s) => s.id)).toContain('jauns-id');
    expect(renamed.catalogue.services.map((s) => s.id)).not.toContain(service.id);
    const added = await catalog.saveService({ ...service, id: 'pavisam-jauns' });
    expect(added.catalogue.services.at(-1)?.id).toBe('pavisam-jauns');
    await catalog.removeService('pavisam-jauns');
    const removed = await catalog.removeService('jauns-id');
    expect(removed.catalogue).toMatchObject({ version: 6 });
    expect(removed.catalogue.services).toHaveLength(59);
  });

  it('lets an admin change the general review procedure, which every service then shows', async () => {
    const { catalog, shown } = await setup({ admin: true });
    const { catalogue } = await catalog.get();
    const state = await catalog.saveReview({ ...catalogue.reviewProcedure, answerWorkingDays: 15 });
    expect(state.catalogue).toMatchObject({ version: 2, reviewProcedure: { answerWorkingDays: 15 } });
    await catalog.show('buvatlauja');
    expect(shown.at(-1)?.view).toMatchObject({ review: { answerWorkingDays: 15 } });
    await expect((await setup()).catalog.saveReview(catalogue.reviewProcedure)).rejects.toMatchObject({ code: 'forbidden_role' });
  });

  it('lists an invalid import’s errors and leaves the published catalogue untouched', async () => {
    const { catalog, file } = await setup({ admin: true });
    const before = await readFile(file, 'utf8');
    const outcome = await catalog.import('csv', 'id,name_lv\nBad Id,\n', true);
    expect(outcome).toMatchObject({ ok: false });
    expect(!outcome.ok && outcome.problems).toEqual(
      expect.arrayContaining([
        { row: 2, field: 'id', code: 'invalid_id' },
        { row: 2, field: 'name_lv', code: 'required' },
      ]),
    );
    expect(await readFile(file, 'utf8')).toBe(before);
  });

  it('checks a valid import first and replaces the catalogue only when told to', async () => {
    const { catalog, file } = await setup({ admin: true });
    const csv = catalogueToCsv(sampleCatalogue().services.slice(0, 5));
    const before = await readFile(file, 'utf8');
    expect(await catalog.import('csv', csv, false)).toEqual({ ok: true, count: 5, applied: false, state: null });
    expect(await readFile(file, 'utf8')).toBe(before);
    const applied = await catalog.import('csv', csv, true);
    expect(applied.ok && applied.state?.catalogue).toMatchObject({ version: 2, services: { length: 5 } });
    expect(applied.ok && applied.state?.catalogue.sample).toBeUndefined();
  });

  it('refuses to publish while the share cannot be reached', async () => {
    const { catalog, share } = await setup({ admin: true });
    const service = (await catalog.get()).catalogue.services[0]!;
    await rm(share, { recursive: true });
    await writeFile(share, 'not a folder');
    await expect(catalog.saveService(service)).rejects.toMatchObject({ code: 'share_unavailable' });
  });

  it('hands out a service’s form from the share, and nothing outside the forms folder', async () => {
    const { catalog, share } = await setup();
    const form = await catalog.form('buvatlauja', 0);
    expect(form).toMatchObject({ fileName: 'buvatlauja.pdf', mime: 'application/pdf' });
    expect(Buffer.from(form.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    await expect(catalog.form('buvatlauja', 3)).rejects.toMatchObject({ code: 'not_found' });
    await writeFile(join(share, 'catalog', 'secret.txt'), 'not a form');
    await expect(readForm(share, '../secret.txt')).rejects.toMatchObject({ code: 'not_found' });
    await expect(readForm(share, 'buv/../../services.json')).rejects.toMatchObject({ code: 'not_found' });
    await expect(readForm(null, 'buv/buvatlauja.pdf')).rejects.toMatchObject({ code: 'share_unavailable' });
  });

  it('exports what it publishes as CSV and CPSV-AP JSON', async () => {
    const { catalog } = await setup();
    const csv = await catalog.export('csv');
    expect(csv).toMatchObject({ fileName: 'laipni-pakalpojumi-v1.csv', mime: 'text/csv' });
    const json = await catalog.export('json');
    expect(JSON.parse(json.text)).toMatchObject({ '@type': 'Catalogue', version: 1, service: { length: 60 } });
  });
});
