import { appendFile, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MARKER } from '../../../electron/main/services/register/sync/shareLayout';
import { registerPaths } from '../../../electron/main/services/register/openRegister';
import { openDesk, sampleInput, tempShare } from '../../support/registerDesk';

describe('register service and sync between desks', () => {
  it('saves an entry with a number, routing and deadline, and shows it on another desk after sync', async () => {
    const share = await tempShare();
    const a = await openDesk(share, { deskCode: 'K1' });
    const b = await openDesk(share, { deskCode: 'K2' });
    const entry = await a.opened.register.add({ ...sampleInput(1), subject: 'head_conduct' }, 'RNP\\anna');
    expect(entry.number).toMatch(/^RNP-\d{4}\/K1-0001$/);
    expect(entry).toMatchObject({ routedTo: 'executive_director', routeRule: '11.2', status: 'registered' });
    expect(a.opened.register.mine().map((e) => e.id)).toEqual([entry.id]);
    await a.sync.round();
    const status = await b.sync.round();
    expect(status.state).toBe('online');
    expect(b.opened.register.find(entry.number)?.description).toBe(entry.description);
    expect(b.opened.register.mine()).toEqual([]);
    expect(b.opened.register.stateHash()).toBe(a.opened.register.stateHash());
    await a.close();
    await b.close();
  });

  it('treats a share without its marker as offline and keeps the entry waiting', async () => {
    const share = await tempShare();
    await rm(join(share, MARKER));
    const a = await openDesk(share);
    await a.opened.register.add(sampleInput(1), 'RNP\\anna');
    const status = await a.sync.round();
    expect(status).toMatchObject({ state: 'offline', waiting: 1 });
    expect(status.problems.map((p) => p.code)).toContain('share_missing');
    expect(await readdir(join(share, 'desks'))).toEqual([]);
    await a.close();
  });

  it('rebuilds from the journal when the local cache is damaged', async () => {
    const share = await tempShare();
    const a = await openDesk(share);
    await a.opened.register.add(sampleInput(1), 'RNP\\anna');
    await a.close();
    const cache = registerPaths(a.dataDir).cache;
    const text = await readFile(cache, 'utf8');
    await writeFile(cache, text.replace('Klients', 'Klientx'));
    const again = await openDesk(share, { dataDir: a.dataDir });
    expect(again.opened.startup.fromCache).toBe(false);
    expect(again.opened.register.mine()[0]?.description).toBe('Klients gaidīja rindā pārāk ilgi (1)');
    await again.close();
  });

  it('drops a torn journal tail on reopen and keeps every acknowledged entry', async () => {
    const a = await openDesk(null);
    const saved = await a.opened.register.add(sampleInput(1), 'RNP\\anna');
    await a.close();
    await appendFile(registerPaths(a.dataDir).journal, '{"v":1,"id":"half');
    await rm(registerPaths(a.dataDir).cache);
    const again = await openDesk(null, { dataDir: a.dataDir });
    expect(again.opened.startup.tornJournalBytes).toBeGreaterThan(0);
    expect(again.opened.register.mine().map((e) => e.id)).toEqual([saved.id]);
    const next = await again.opened.register.add(sampleInput(2), 'RNP\\anna');
    expect(next.number).toMatch(/-0002$/);
    await again.close();
  });

  it('drops a torn journal tail past what the cache covers, and keeps the entries saved after the cache', async () => {
    const a = await openDesk(null);
    const cached = await a.opened.register.add(sampleInput(1), 'RNP\\anna');
    await a.close();
    const after = await openDesk(null, { dataDir: a.dataDir });
    const later = await after.opened.register.add(sampleInput(2), 'RNP\\anna');
    await after.opened.close();
    await appendFile(registerPaths(a.dataDir).journal, Buffer.concat([Buffer.from('{"v":1,"id":"ha'), Buffer.alloc(64)]));
    const again = await openDesk(null, { dataDir: a.dataDir });
    expect(again.opened.startup).toMatchObject({ fromCache: true, tornJournalBytes: 79 });
    expect(
      again.opened.register
        .mine()
        .map((e) => e.id)
        .sort(),
    ).toEqual([cached.id, later.id].sort());
    await again.close();
  });

  it('rolls segments and seals them, and a fresh desk reads them all', async () => {
    const share = await tempShare();
    const a = await openDesk(share, { segmentBytes: 2000 });
    for (let i = 0; i < 12; i++) await a.opened.register.add(sampleInput(i), 'RNP\\anna');
    await a.sync.round();
    const files = await readdir(join(share, 'desks', a.opened.register.deskId()));
    expect(files.filter((f) => f.endsWith('.seal.json')).length).toBeGreaterThan(1);
    const b = await openDesk(share);
    await b.sync.round();
    expect(b.opened.register.all()).toHaveLength(12);
    expect(b.opened.register.stateHash()).toBe(a.opened.register.stateHash());
    await a.close();
    await b.close();
  });
});

describe('one process per desk folder', () => {
  it('takes over the lock a dead process left behind', async () => {
    const a = await openDesk(null);
    const saved = await a.opened.register.add(sampleInput(1), 'RNP\\anna');
    await a.close();
    await writeFile(registerPaths(a.dataDir).lock, '999999999');
    const again = await openDesk(null, { dataDir: a.dataDir });
    expect(again.opened.register.mine().map((e) => e.id)).toEqual([saved.id]);
    await again.close();
  });
});

describe('saving at the desk', () => {
  it('gives entries saved at the same moment different numbers', async () => {
    const a = await openDesk(null);
    const saved = await Promise.all(Array.from({ length: 20 }, (_, i) => a.opened.register.add(sampleInput(i), 'RNP\\anna')));
    expect(new Set(saved.map((e) => e.number)).size).toBe(20);
    await a.close();
    const again = await openDesk(null, { dataDir: a.dataDir });
    expect(again.opened.register.mine()).toHaveLength(20);
    await again.close();
  });
});

describe('a desk’s own files going missing on the share', () => {
  it('sends entries again when its current segment was deleted by a sync client', async () => {
    const share = await tempShare();
    const a = await openDesk(share);
    const first = await a.opened.register.add(sampleInput(1), 'RNP\\anna');
    await a.sync.round();
    await rm(join(share, 'desks', a.opened.register.deskId(), '000001.jsonl'));
    const second = await a.opened.register.add(sampleInput(2), 'RNP\\anna');
    const status = await a.sync.round();
    expect(status.problems.map((p) => p.code)).toEqual(['segment_restored']);
    const b = await openDesk(share);
    await b.sync.round();
    expect(
      b.opened.register
        .all()
        .map((e) => e.id)
        .sort(),
    ).toEqual([first.id, second.id].sort());
    await a.close();
    await b.close();
  });
});

describe('a desk’s sealed files going missing on the share', () => {
  it('sends a deleted sealed segment again in the same session and keeps saying so for a while', async () => {
    const share = await tempShare();
    const a = await openDesk(share, { segmentBytes: 1500 });
    for (let i = 0; i < 6; i++) await a.opened.register.add(sampleInput(i), 'RNP\\anna');
    await a.sync.round();
    const folder = join(share, 'desks', a.opened.register.deskId());
    await rm(join(folder, '000001.jsonl'));
    const status = await a.sync.round();
    expect(status.problems.map((p) => p.code)).toEqual(['segment_damaged']);
    expect((await a.sync.round()).problems.map((p) => p.code)).toEqual(['segment_damaged']);
    const b = await openDesk(share);
    await b.sync.round();
    expect(b.opened.register.all()).toHaveLength(6);
    await a.close();
    await b.close();
  });
});

describe('changing an entry’s status at this desk', () => {
  it('refuses a jump the status flow does not allow, and forwarding without a reason', async () => {
    const a = await openDesk(null);
    const entry = await a.opened.register.add(sampleInput(1), 'RNP\\head');
    await expect(a.opened.register.set(entry.id, { status: 'closed' }, 'RNP\\head')).rejects.toMatchObject({
      code: 'invalid_request',
      details: { field: 'status' },
    });
    await expect(a.opened.register.set(entry.id, { status: 'forwarded' }, 'RNP\\head')).rejects.toMatchObject({ details: { field: 'statusReason' } });
    const forwarded = await a.opened.register.set(entry.id, { status: 'forwarded', statusReason: 'Valsts policijas kompetencē' }, 'RNP\\head');
    expect(forwarded).toMatchObject({ status: 'forwarded', statusReason: 'Valsts policijas kompetencē' });
    await a.close();
  });
});
