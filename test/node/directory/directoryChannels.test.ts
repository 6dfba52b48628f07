import { mkdir, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createClient } from '../../../shared/contract/client';
import { resolveConfig } from '../../../shared/config/schema';
import { directoryToCsv } from '../../../shared/directory/csv';
import { createAppServices } from '../../../electron/main/services';
import { STAFF_PATH } from '../../../electron/main/services/directory/directoryService';
import { createEventBus } from '../../../electron/main/services/events';
import { silentLogger } from '../../../electron/main/services/log/logger';
import { openUserStore } from '../../../electron/main/services/settings/userStore';
import { createDispatcher } from '../../../electron/main/ipc/dispatch';
import { createHandlers } from '../../../electron/main/ipc/handlers';
import { person } from '../../support/people';

/** A desk over a real temp share, signed in as `account`; `RNP\\it.admin` is an admin by machine config. */
async function desk(account: string, dir?: string) {
  const root = dir ?? (await mkdtemp(join(tmpdir(), 'laipni-dirchan-')));
  await mkdir(join(root, 'share'), { recursive: true });
  const config = resolveConfig({
    // Admin accounts give power: only the machine file may name them.
    machineFile: { path: 'x', status: 'ok', data: { adminAccounts: ['RNP\\it.admin'] } },
    env: {},
    flags: { 'share-folder': join(root, 'share'), institution: 'RNP', desk: 'K1' },
  });
  const store = await openUserStore(join(root, `settings-${account.replace(/\W/g, '')}.json`));
  const info = {
    name: 'Laipni',
    version: '0',
    mode: 'preview' as const,
    platform: 'linux',
    versions: { electron: null, chrome: null, node: '20' },
    dataFolder: join(root, account.replace(/\W/g, '')),
    logFile: '',
  };
  const bus = createEventBus();
  const events: Array<[string, unknown]> = [];
  bus.subscribe((e, p) => events.push([e, p]));
  const services = createAppServices({ info, config, store, bus, log: silentLogger, account });
  const dispatch = createDispatcher(createHandlers(services), silentLogger);
  const client = createClient({ invoke: (c, r) => dispatch('desk', c, r), on: () => () => undefined });
  return { root, dispatch, client, events, staffFile: join(root, 'share', STAFF_PATH) };
}

/** The configured admin publishes a directory naming themselves admin, then Ilze. */
async function publishedBy(account: string) {
  const admin = await desk(account);
  await admin.client.call('directory:save-person', {
    person: person({ id: 'it.admin', name: 'IT', surname: 'Admins', accounts: [account], roles: ['admin'] }),
  });
  await admin.client.call('directory:save-person', { person: person() });
  return admin;
}

describe('directory channels', () => {
  it('lets the machine-configured admin publish, and then roles come from the directory', async () => {
    const admin = await desk('RNP\\it.admin');
    await admin.client.call('directory:import-apply', {
      csv: directoryToCsv([person(), person({ id: 'it.admin', name: 'IT', surname: 'Admins', accounts: ['RNP\\it.admin'], roles: ['admin'] })]),
    });
    const ilze = await desk('RNP\\ilze.berzina', admin.root);
    expect(await ilze.client.call('identity:get')).toMatchObject({ personId: 'ilze.berzina', displayName: 'Ilze Bērziņa', roles: ['desk_staff'] });
  });

  it('tells the desk window when a newly published directory changes the signed-in person’s roles', async () => {
    const admin = await desk('RNP\\it.admin');
    await admin.client.call('identity:get');
    await admin.client.call('directory:save-person', { person: person({ id: 'it.admin', accounts: ['RNP\\it.admin'], roles: ['head', 'admin'] }) });
    expect(admin.events).toContainEqual(['identity:changed', expect.objectContaining({ personId: 'it.admin', roles: ['head', 'admin'] })]);
  });

  it('gives the configured admin accounts no role once a directory is published: the directory alone decides', async () => {
    const admin = await desk('RNP\\it.admin');
    await admin.client.call('directory:save-person', { person: person({ id: 'it.admin', accounts: ['RNP\\it.admin'], roles: ['desk_staff'] }) });
    expect(await admin.client.call('identity:get')).toMatchObject({ personId: 'it.admin', roles: ['desk_staff'] });
    expect(await admin.dispatch('desk', 'directory:save-person', { person: person() })).toMatchObject({ ok: false, error: { code: 'forbidden_role' } });
  });

  it('refuses every directory change from someone who is not an admin, and the share stays as it was', async () => {
    const admin = await publishedBy('RNP\\it.admin');
    const before = await readFile(admin.staffFile, 'utf8');
    const staff = await desk('RNP\\ilze.berzina', admin.root);
    for (const [channel, request] of [
      ['directory:import-preview', { csv: 'id\n' }],
      ['directory:import-apply', { csv: directoryToCsv([]) }],
      ['directory:save-person', { person: person({ roles: ['admin'] }) }],
      ['directory:remove-person', { id: 'ilze.berzina' }],
    ] as const) {
      expect(await staff.dispatch('desk', channel, request)).toMatchObject({ ok: false, error: { code: 'forbidden_role' } });
    }
    expect(await readFile(admin.staffFile, 'utf8')).toBe(before);
  });

  it('shows OS accounts and roles to admins only', async () => {
    const admin = await publishedBy('RNP\\it.admin');
    expect((await admin.client.call('directory:get')).people.find((p) => p.id === 'ilze.berzina')).toMatchObject({
      accounts: ['RNP\\ilze.berzina'],
      roles: ['desk_staff'],
    });
    const staff = await desk('RNP\\someone', admin.root);
    expect(await staff.client.call('directory:get')).toMatchObject({
      canEdit: false,
      people: expect.arrayContaining([expect.objectContaining({ id: 'ilze.berzina', accounts: [], roles: [] })]),
    });
  });

  it('keeps the client display away from the directory and the desk state', async () => {
    const { dispatch } = await desk('RNP\\it.admin');
    for (const channel of ['directory:get', 'directory:refer', 'desk:serve', 'desk:get', 'directory:import-apply']) {
      expect(await dispatch('display', channel, undefined)).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    }
  });

  it('takes a break with the time the desk is back, and refuses a time that is no time or comes without a break', async () => {
    const { dispatch } = await desk('RNP\\it.admin');
    expect(await dispatch('desk', 'desk:set-status', { status: 'break', backAt: '14:30' })).toMatchObject({
      ok: true,
      value: { status: 'break', backAt: '14:30' },
    });
    for (const request of [
      { status: 'break', backAt: '25:00' },
      { status: 'break', backAt: '14.30' },
      { status: 'serving', backAt: '14:30' },
    ]) {
      expect(await dispatch('desk', 'desk:set-status', request)).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    }
    expect(await dispatch('desk', 'desk:get', undefined)).toMatchObject({ ok: true, value: { status: 'break', backAt: '14:30' } });
  });

  it('answers random CSV text with a preview, never a crash, and never writes the share', async () => {
    const admin = await publishedBy('RNP\\it.admin');
    const before = await readFile(admin.staffFile, 'utf8');
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 300 }), async (csv) => {
        const result = await admin.dispatch('desk', 'directory:import-preview', { csv: `id,name,surname,position,institution_code,institution\n${csv}` });
        expect(result.ok).toBe(true);
      }),
      { numRuns: 100 },
    );
    expect(await readFile(admin.staffFile, 'utf8')).toBe(before);
  });
});
