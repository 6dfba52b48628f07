import fc from 'fast-check';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { resolveConfig } from '../../../shared/config/schema';
import type { RegisterEntry } from '../../../shared/register/record';
import type { SyncStatus } from '../../../shared/register/syncStatus';
import { describeApp } from '../../../electron/main/services/app/appInfo';
import { createAppServices } from '../../../electron/main/services';
import { createEventBus } from '../../../electron/main/services/events';
import { silentLogger } from '../../../electron/main/services/log/logger';
import { openUserStore } from '../../../electron/main/services/settings/userStore';
import { createDispatcher } from '../../../electron/main/ipc/dispatch';
import { createHandlers } from '../../../electron/main/ipc/handlers';
import { initShare } from '../../../electron/main/services/register/sync/shareLayout';
import { requiredVersionDocument } from '../../../electron/main/services/register/sync/requiredVersion';
import { createI18n } from '../../../shared/i18n';

async function app(flags: Record<string, string>, version = '0.0.0') {
  const dir = await mkdtemp(join(tmpdir(), 'laipni-regcontract-'));
  const config = resolveConfig({ machineFile: { path: 'x', status: 'missing' }, env: {}, flags });
  const bus = createEventBus();
  const events: string[] = [];
  bus.subscribe((e) => events.push(e));
  const store = await openUserStore(join(dir, 'settings.json'));
  const info = describeApp({
    name: 'Laipni',
    version,
    mode: 'preview',
    dataFolder: dir,
    logFile: join(dir, 'log'),
    versions: process.versions,
    platform: process.platform,
  });
  const services = createAppServices({ info, config, store, bus, log: silentLogger, account: 'RNP\\anna' });
  return { dispatch: createDispatcher(createHandlers(services), silentLogger), services, events };
}

const valid = { kind: 'complaint', channel: 'in_person', subject: 'employee_conduct', description: 'Darbinieks pacēla balsi', client: { anonymous: true } };

describe('the register over the contract', () => {
  it('saves an entry as the signed-in person, lists it as theirs and reports the sync state', async () => {
    const share = await mkdtemp(join(tmpdir(), 'laipni-regshare-'));
    await initShare(share, new Date('2026-03-02T08:00:00Z'));
    const { dispatch, services, events } = await app({ institution: 'RNP', desk: 'K4', 'share-folder': share });
    const preview = await dispatch('desk', 'register:preview-routing', { kind: 'complaint', subject: 'employee_conduct' });
    expect(preview).toMatchObject({ ok: true, value: { routing: { to: 'head', rule: '11.1' } } });
    const saved = await dispatch('desk', 'register:add', valid);
    expect(saved.ok, JSON.stringify(saved)).toBe(true);
    const entry = (saved as { value: RegisterEntry }).value;
    expect(entry).toMatchObject({ registeredBy: 'RNP\\anna', routedTo: 'head', status: 'registered' });
    expect(entry.number).toMatch(/^RNP-\d{4}\/K4-0001$/);
    const mine = await dispatch('desk', 'register:list-mine', undefined);
    expect((mine as { value: RegisterEntry[] }).value.map((e) => e.id)).toEqual([entry.id]);
    const status = (await dispatch('desk', 'sync:now', undefined)) as { value: SyncStatus };
    expect(status.value).toMatchObject({ state: 'online', waiting: 0 });
    await vi.waitFor(() => expect(events).toEqual(expect.arrayContaining(['register:changed', 'sync:changed'])));
    await services.register.stop();
  });

  it('registers nothing on a desk older than the share requires, and says so in plain words', async () => {
    const share = await mkdtemp(join(tmpdir(), 'laipni-regshare-'));
    await initShare(share, new Date('2026-03-02T08:00:00Z'));
    await requiredVersionDocument(share, await mkdtemp(join(tmpdir(), 'laipni-it-')), null).publish({ minimumVersion: '1.4.0' });
    const older = await app({ institution: 'RNP', desk: 'K4', 'share-folder': share }, '1.3.2');
    const refused = await older.dispatch('desk', 'register:add', valid);
    expect(refused).toMatchObject({ ok: false, error: { code: 'outdated_app', details: { version: '1.3.2', required: '1.4.0' } } });
    expect(await older.dispatch('desk', 'register:list-mine', undefined)).toEqual({ ok: true, value: [] });
    const details = (refused as { error: { details: Record<string, string> } }).error.details;
    expect(createI18n('en').t('errors.outdated_app', details)).toBe(
      'This desk runs Laipni 1.3.2; the shared folder accepts entries only from Laipni 1.4.0 or newer. You can still read the register. Ask IT to update Laipni on this computer (IT: install 1.4.0 or newer).',
    );
    await older.services.register.stop();
    const updated = await app({ institution: 'RNP', desk: 'K5', 'share-folder': share }, '1.4.0');
    expect((await updated.dispatch('desk', 'register:add', valid)).ok).toBe(true);
    await updated.services.register.stop();
  });

  it('refuses malformed entries with the field named and saves nothing', async () => {
    const { dispatch, services } = await app({ institution: 'RNP', desk: 'K4' });
    await fc.assert(
      fc.asyncProperty(fc.anything(), async (junk) => {
        const result = await dispatch('desk', 'register:add', junk);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.error.code).toBe('invalid_request');
      }),
      { numRuns: 200 },
    );
    const noConsent = await dispatch('desk', 'register:add', { ...valid, client: { anonymous: false, name: 'Anna', contact: '2000', purpose: 'atbildei' } });
    expect(noConsent).toMatchObject({ ok: false, error: { code: 'invalid_request', details: { field: 'client.consent' } } });
    expect(await dispatch('desk', 'register:list-mine', undefined)).toEqual({ ok: true, value: [] });
    await services.register.stop();
  });

  it('keeps the register out of the client display’s reach', async () => {
    const { dispatch, services } = await app({ institution: 'RNP', desk: 'K4' });
    expect(await dispatch('display', 'register:list-mine', undefined)).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    await services.register.stop();
  });

  it('says the configuration is incomplete rather than saving without a desk code', async () => {
    const { dispatch, services } = await app({ institution: 'RNP' });
    expect(await dispatch('desk', 'register:add', valid)).toMatchObject({ ok: false, error: { code: 'config_invalid' } });
    await services.register.stop();
  });
});
