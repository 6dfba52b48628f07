import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppServices } from '../../../electron/main/services';
import { createEventBus } from '../../../electron/main/services/events';
import { silentLogger } from '../../../electron/main/services/log/logger';
import { openUserStore } from '../../../electron/main/services/settings/userStore';
import { createDispatcher } from '../../../electron/main/ipc/dispatch';
import { createHandlers } from '../../../electron/main/ipc/handlers';
import { seedSampleCatalogue } from '../../../electron/preview/sampleCatalog';
import { resolveConfig } from '../../../shared/config/schema';

async function setup() {
  const dir = await mkdtemp(join(tmpdir(), 'laipni-catalog-ipc-'));
  const share = join(dir, 'share');
  await seedSampleCatalogue(share);
  const config = resolveConfig({ machineFile: { path: 'x', status: 'missing' }, env: { LAIPNI_SHARE_FOLDER: share }, flags: {} });
  const store = await openUserStore(join(dir, 'settings.json'));
  const info = {
    name: 'Laipni',
    version: '0',
    mode: 'preview' as const,
    platform: 'linux',
    versions: { electron: null, chrome: null, node: '20' },
    dataFolder: dir,
    logFile: '',
  };
  const services = createAppServices({ info, config, store, bus: createEventBus(), log: silentLogger, account: 'RNP\\anna' });
  return createDispatcher(createHandlers(services), silentLogger);
}

describe('catalogue channels', () => {
  it('serve the desk and stay closed to the client display, which only receives what it is shown', async () => {
    const dispatch = await setup();
    expect(await dispatch('desk', 'catalog:get', undefined)).toMatchObject({ ok: true, value: { catalogue: { version: 1 } } });
    expect(await dispatch('display', 'catalog:get', undefined)).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    await dispatch('desk', 'catalog:show', { id: 'suna-registracija' });
    expect(await dispatch('display', 'display:get', undefined)).toMatchObject({
      ok: true,
      value: { view: { kind: 'service', service: { id: 'suna-registracija' } } },
    });
  });

  it('refuse publishing from a desk without the admin role, and malformed services', async () => {
    const dispatch = await setup();
    expect(await dispatch('desk', 'catalog:remove-service', { id: 'suna-registracija' })).toMatchObject({ ok: false, error: { code: 'forbidden_role' } });
    expect(await dispatch('desk', 'catalog:save-service', { service: { id: 'x' } })).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(await dispatch('desk', 'catalog:show', { id: '../etc' })).toMatchObject({ ok: false, error: { code: 'invalid_request', details: { field: 'id' } } });
  });
});
