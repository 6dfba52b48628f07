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

async function app(flags: Record<string, string>) {
  const dir = await mkdtemp(join(tmpdir(), 'laipni-regcontract-'));
  const config = resolveConfig({ machineFile: { path: 'x', status: 'missing' }, env: {}, flags });
  const bus = createEventBus();
  const events: string[] = [];
  bus.subscribe((e) => events.push(e));
  const store = await openUserStore(join(dir, 'settings.json'));
  const info = describeApp({
    name: 'Laipni',
    version: '0.0.0',
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
    await initShare(share, new Date());
    const { dispatch, services, events } = await app({ institution: 'RNP', desk: 'K4', 'share-folder': share });
    const preview = await dispatch('desk', 'register:preview-routing', { kind: 'complaint', subject: 'employee_conduct' });
    expect(preview).toMatchObject({ ok: true, value: { routing: { to: 'head', rule: '11.1' } } });
    const saved = await dispatch('desk', 'register:add', valid);
    expect(saved.ok).toBe(true);
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
