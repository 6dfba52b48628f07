import { mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDeskService } from '../../../electron/main/services/desk/deskService';
import { createDirectoryService } from '../../../electron/main/services/directory/directoryService';
import { createDisplayService } from '../../../electron/main/services/display/displayService';
import { createEventBus } from '../../../electron/main/services/events';
import { person } from '../../support/people';

const MONDAY_10_15 = new Date('2026-11-23T10:15:00+02:00');

async function setup(account: string) {
  const root = await mkdtemp(join(tmpdir(), 'laipni-desk-'));
  await mkdir(join(root, 'share'));
  const directory = createDirectoryService({ shareFolder: join(root, 'share'), dataFolder: join(root, 'data') });
  await directory.ready();
  await directory.savePerson(person(), 'admin');
  await directory.savePerson(
    person({
      id: 'janis.ozols',
      name: 'Jānis',
      surname: 'Ozols',
      position: 'Būvinspektors',
      accounts: ['RNP\\janis.ozols'],
      reception: { weekly: [], absences: [] },
    }),
    'admin',
  );
  const bus = createEventBus();
  const events: string[] = [];
  bus.subscribe((e) => events.push(e));
  const display = createDisplayService({ bus, institutionName: 'Pašvaldība' });
  const desk = createDeskService({ account, directory, display, bus, now: () => MONDAY_10_15 });
  await desk.ready();
  return { desk, display, directory, events };
}

describe('who serves at this desk', () => {
  it('recognises the person from the OS account and puts their badge with today’s hours on the client display', async () => {
    const { desk, display } = await setup('RNP\\ilze.berzina');
    expect(desk.get()).toMatchObject({
      person: { name: 'Ilze', surname: 'Bērziņa' },
      recognised: true,
      status: 'serving',
      reception: { open: true, until: '12:00' },
    });
    const view = display.get().view;
    expect(view).toMatchObject({ kind: 'badge', onBreak: false, person: { position: 'Sociālā darbiniece', room: '12' } });
    expect(JSON.stringify(view)).not.toContain('RNP\\\\ilze');
  });

  it('lets someone else be chosen when the account is not in the directory, in one action', async () => {
    const { desk, display, events } = await setup('RNP\\temp.worker');
    expect(desk.get()).toMatchObject({ person: null, recognised: false });
    expect(display.get().view.kind).toBe('welcome');
    desk.serve('janis.ozols');
    expect(desk.get()).toMatchObject({ person: { surname: 'Ozols' }, recognised: false });
    expect(display.get().view).toMatchObject({ kind: 'badge', person: { surname: 'Ozols' }, reception: { open: false, next: null } });
    expect(events).toContain('desk:changed');
    expect(() => desk.serve('nobody')).toThrow(expect.objectContaining({ code: 'not_found' }));
  });

  it('shows a break on the badge and “closed” instead of it, and the badge again when serving', async () => {
    const { desk, display } = await setup('RNP\\ilze.berzina');
    desk.setStatus('break');
    expect(display.get().view).toMatchObject({ kind: 'badge', onBreak: true });
    desk.setStatus('closed');
    expect(display.get().view).toEqual({ kind: 'closed' });
    desk.setStatus('serving');
    expect(display.get().view).toMatchObject({ kind: 'badge', onBreak: false });
  });

  it('says on the badge when a desk on a break is back, and forgets the time once it serves or closes', async () => {
    const { desk, display } = await setup('RNP\\ilze.berzina');
    desk.setStatus('break', '14:30');
    expect(desk.get()).toMatchObject({ status: 'break', backAt: '14:30' });
    expect(display.get().view).toMatchObject({ kind: 'badge', onBreak: true, backAt: '14:30' });
    desk.setStatus('serving');
    expect(desk.get().backAt).toBeNull();
    expect(display.get().view).not.toHaveProperty('backAt');
    desk.setStatus('break');
    expect(display.get().view).toMatchObject({ kind: 'badge', onBreak: true });
    expect(display.get().view).not.toHaveProperty('backAt');
    desk.setStatus('break', '09:05');
    desk.setStatus('closed');
    expect(desk.get().backAt).toBeNull();
  });

  it('puts a referral card on the display naming who still serves the client, and keeps it through refreshes', async () => {
    const { desk, display } = await setup('RNP\\ilze.berzina');
    desk.refer('janis.ozols');
    expect(display.get().view).toMatchObject({ kind: 'referral', person: { surname: 'Ozols' }, servedBy: { surname: 'Bērziņa' } });
    desk.refresh();
    expect(display.get().view.kind).toBe('referral');
    desk.showBadge();
    expect(display.get().view.kind).toBe('badge');
  });

  it('leaves a view the employee chose (welcome) on the display when it refreshes', async () => {
    const { desk, display } = await setup('RNP\\ilze.berzina');
    display.show({ kind: 'welcome' });
    desk.refresh();
    expect(display.get().view.kind).toBe('welcome');
  });

  it('recognises the account once a newer directory lists it, unless someone was chosen meanwhile', async () => {
    const { desk, directory } = await setup('RNP\\new.colleague');
    expect(desk.get().person).toBeNull();
    await directory.savePerson(person({ id: 'new.colleague', name: 'Jauna', surname: 'Kolēģe', accounts: ['RNP\\new.colleague'] }), 'admin');
    desk.refresh();
    expect(desk.get()).toMatchObject({ person: { surname: 'Kolēģe' }, recognised: true });
  });

  it('follows directory changes: a new position shows on the badge at the next refresh', async () => {
    const { desk, display, directory } = await setup('RNP\\ilze.berzina');
    await directory.savePerson(person({ position: 'Vecākā sociālā darbiniece' }), 'admin');
    desk.refresh();
    expect(display.get().view).toMatchObject({ kind: 'badge', person: { position: 'Vecākā sociālā darbiniece' } });
  });
});
