import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contract, DESK_CHANNELS, DISPLAY_CHANNELS, ERROR_CODES } from '../../../shared/contract';
import { createClient } from '../../../shared/contract/client';
import { ContractError } from '../../../shared/contract/result';
import { resolveConfig } from '../../../shared/config/schema';
import { createAppServices } from '../../../electron/main/services';
import { createEventBus } from '../../../electron/main/services/events';
import { silentLogger } from '../../../electron/main/services/log/logger';
import { openUserStore } from '../../../electron/main/services/settings/userStore';
import { createDispatcher } from '../../../electron/main/ipc/dispatch';
import { createHandlers } from '../../../electron/main/ipc/handlers';

async function setup() {
  const dir = await mkdtemp(join(tmpdir(), 'laipni-dispatch-'));
  const config = resolveConfig({ machineFile: { path: 'x', status: 'missing' }, env: { LAIPNI_INSTITUTION_NAME: 'Paraugu pagasts' }, flags: {} });
  const bus = createEventBus();
  const events: Array<[string, unknown]> = [];
  bus.subscribe((e, p) => events.push([e, p]));
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
  const services = createAppServices({ info, config, store, bus, log: silentLogger, account: 'RNP\\anna' });
  const dispatch = createDispatcher(createHandlers(services), silentLogger);
  return { dir, dispatch, events };
}

describe('the contract', () => {
  it('has a schema for every channel and every channel in a window list', () => {
    const listed = new Set<string>([...DESK_CHANNELS, ...DISPLAY_CHANNELS]);
    expect(new Set(Object.keys(contract))).toEqual(listed);
  });

  it('answers app info and the effective configuration in one round trip each', async () => {
    const { dispatch } = await setup();
    const desk = createClient({ invoke: (c, r) => dispatch('desk', c, r), on: () => () => undefined });
    expect((await desk.call('app:info')).name).toBe('Laipni');
    expect((await desk.call('config:get')).values.institutionName).toBe('Paraugu pagasts');
  });

  it('does not let the client display call desk channels', async () => {
    const { dispatch } = await setup();
    const result = await dispatch('display', 'config:get', undefined);
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
  });

  it('rejects a malformed request with invalid_request and changes nothing', async () => {
    const { dispatch } = await setup();
    const bad = await dispatch('desk', 'settings:set', { language: 'de' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_request', details: { field: 'language' } } });
    expect(await dispatch('desk', 'settings:get', undefined)).toEqual({ ok: true, value: { language: null } });
  });

  it('turns failures back into typed errors on the client side', async () => {
    const { dispatch } = await setup();
    const display = createClient({ invoke: (c, r) => dispatch('display', c, r), on: () => () => undefined });
    const error = await display.call('display:set-language', { language: 'xx' } as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContractError);
    expect((error as ContractError).code).toBe('invalid_request');
  });

  it('keeps a saved language after the store is reopened', async () => {
    const { dir, dispatch } = await setup();
    await dispatch('desk', 'settings:set', { language: 'en' });
    const reopened = await openUserStore(join(dir, 'settings.json'));
    expect(reopened.read().language).toBe('en');
  });

  it('tells both windows when the client picks a language', async () => {
    const { dispatch, events } = await setup();
    await dispatch('display', 'display:set-language', { language: 'ltg' });
    expect(events).toContainEqual(['display:changed', expect.objectContaining({ language: 'ltg' })]);
  });

  it('answers random input on every channel with an envelope, never a throw', async () => {
    const { dispatch } = await setup();
    const channels = [...DESK_CHANNELS, ...DISPLAY_CHANNELS, 'register:delete-all', '__proto__'];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...channels), fc.constantFrom('desk' as const, 'display' as const), fc.anything(), async (channel, window, request) => {
        const result = await dispatch(window, channel, request);
        expect(typeof result.ok).toBe('boolean');
        if (!result.ok) expect(ERROR_CODES).toContain(result.error.code);
      }),
      { numRuns: 300 },
    );
  });
});
