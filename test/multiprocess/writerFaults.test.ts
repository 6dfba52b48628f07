import { appendFile, copyFile, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deskFiles, expectConverged, fileSize, finished, newDesk, newShare, runCli, tempFolder } from '../support/cliDesks';

const SMALL_SEGMENTS = { LAIPNI_SEGMENT_BYTES: '3000' };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('a writer killed or cut off mid-write', () => {
  it('keeps every entry the journal holds when an import is killed part-way, and all desks converge', async () => {
    const share = await newShare();
    const a = await newDesk(share, 'K1');
    const b = await newDesk(share, 'K2');
    const file = join(await tempFolder('rows'), 'rows.jsonl');
    await writeFile(
      file,
      Array.from({ length: 4000 }, (_, i) => JSON.stringify({ kind: 'idea', channel: 'email', subject: 'other', description: `ideja ${i}` })).join('\n'),
    );
    const child = a.startImport(file);
    const done = finished(child);
    const journal = join(a.data, 'register', 'journal.jsonl');
    for (let i = 0; i < 400; i++) {
      const size = await readFile(journal).then(
        (b) => b.length,
        () => 0,
      );
      if (size > 20_000) break;
      await sleep(5);
    }
    child.kill('SIGKILL');
    expect((await done).signal).toBe('SIGKILL');
    const saved = await a.entries();
    expect(saved.length).toBeGreaterThan(0);
    expect(saved.length).toBeLessThan(4000);
    await expectConverged(
      [a, b],
      saved.map((e) => e.id),
    );
    expect((await b.entries()).length).toBe(saved.length);
  });

  it('recovers when a sync is killed mid-append, leaving a torn line on the share, and all desks converge', async () => {
    const share = await newShare();
    const a = await newDesk(share, 'K1');
    const b = await newDesk(share, 'K2');
    const entries = [await a.add('pirmais'), await a.add('otrais'), await a.add('trešais')];
    // The test build's writer writes half of its bytes to the share and kills itself there.
    const killed = await a.sync({ LAIPNI_TEST_TEAR_APPEND: '1' });
    expect(killed.signal).toBe('SIGKILL');
    const deskId = (await a.status()).deskId;
    const segment = await readFile(join(share, 'desks', deskId, '000001.jsonl'), 'utf8');
    expect(segment.length).toBeGreaterThan(0);
    expect(segment.endsWith('\n')).toBe(false);
    expect(() => JSON.parse(segment.split('\n').at(-1)!)).toThrow();
    await expectConverged(
      [a, b],
      entries.map((e) => e.id),
    );
    expect((await b.entries()).length).toBe(3);
    const check = JSON.parse((await runCli(['share', 'check', share, '--json'])).stdout) as { findings: Array<{ code: string }> };
    expect(check.findings.filter((f) => f.code !== 'torn_sealed')).toEqual([]);
  });

  it('recovers when the sync process is killed while pushing, and the other desk gets everything', async () => {
    const share = await newShare();
    const a = await newDesk(share, 'K1');
    const b = await newDesk(share, 'K2');
    a.env = SMALL_SEGMENTS;
    expect((await a.importMany(1500, 'ierosinājums')).code).toBe(0);
    const deskId = (await a.status()).deskId;
    const child = a.startSync(50);
    const done = finished(child);
    for (let i = 0; i < 1000; i++) {
      const files = await import('node:fs/promises').then((fs) => fs.readdir(join(share, 'desks', deskId)).catch(() => [] as string[]));
      if (files.filter((f) => f.endsWith('.jsonl')).length >= 3) break;
      await sleep(5);
    }
    child.kill('SIGKILL');
    await done;
    const ids = (await a.entries()).map((e) => e.id);
    expect(ids).toHaveLength(1500);
    await expectConverged([a, b], ids);
    const check = await runCli(['share', 'check', share, '--json']);
    const report = JSON.parse(check.stdout) as { problems: number; findings: Array<{ code: string }> };
    expect(report.findings.filter((f) => f.code !== 'torn_sealed')).toEqual([]);
    expect(check.code).toBe(0);
  });

  it('seals a torn or NUL-padded tail and sends the rest again', async () => {
    const share = await newShare();
    const a = await newDesk(share, 'K1');
    const b = await newDesk(share, 'K2');
    const first = await a.add('pirmais');
    await a.sync();
    const deskId = (await a.status()).deskId;
    const segment = join(share, 'desks', deskId, '000001.jsonl');
    await appendFile(segment, Buffer.concat([Buffer.from('{"v":1,"id":"torn'), Buffer.alloc(512)]));
    const second = await a.add('otrais');
    const synced = await a.sync();
    expect(JSON.parse(synced.stdout).problems.map((p: { code: string }) => p.code)).toContain('torn_write');
    expect(deskFiles(share, deskId)).toContain('000001.seal.json');
    await expectConverged([a, b], [first.id, second.id]);
  });

  it('sets a sealed segment with a flipped byte aside and sends its entries again', async () => {
    const share = await newShare();
    const a = await newDesk(share, 'K1');
    const c = await newDesk(share, 'K3');
    a.env = SMALL_SEGMENTS;
    expect((await a.importMany(40, 'sūdzība par rindu')).code).toBe(0);
    await a.sync();
    const deskId = (await a.status()).deskId;
    expect(deskFiles(share, deskId)).toContain('000001.seal.json');
    const segment = join(share, 'desks', deskId, '000001.jsonl');
    const bytes = await readFile(segment);
    const at = bytes.indexOf('sūdzība par rindu');
    bytes[at] = 'S'.charCodeAt(0);
    await writeFile(segment, bytes);
    const fresh = await c.sync();
    expect(JSON.parse(fresh.stdout).problems.map((p: { code: string }) => p.code)).toEqual(expect.arrayContaining(['segment_damaged', 'bad_lines']));
    const ids = (await a.entries()).map((e) => e.id);
    await expectConverged([a, c], ids);
    expect((await c.entries()).length).toBe(40);
    const check = JSON.parse((await runCli(['share', 'check', share, '--json'])).stdout) as { findings: Array<{ code: string }> };
    expect(check.findings.map((f) => f.code)).toEqual(['quarantined']);
  });

  it('rebuilds a damaged local cache from the journal and the share', async () => {
    const share = await newShare();
    const a = await newDesk(share, 'K1');
    const b = await newDesk(share, 'K2');
    const mine = await a.add('savs');
    const theirs = await b.add('svešs');
    await expectConverged([a, b], [mine.id, theirs.id]);
    const cache = join(a.data, 'register', 'cache.json');
    await writeFile(cache, (await readFile(cache)).subarray(0, 200));
    expect((await a.entries()).map((e) => e.id).sort()).toEqual([mine.id]);
    await expectConverged([a, b], [mine.id, theirs.id]);
    await rm(cache);
    await expectConverged([a, b], [mine.id, theirs.id]);
  });

  it('sends entries again when a sync client restores an older, shorter segment', async () => {
    const share = await newShare();
    const a = await newDesk(share, 'K1');
    const b = await newDesk(share, 'K2');
    const c = await newDesk(share, 'K3');
    const early = await a.add('agrais');
    await a.sync();
    const deskId = (await a.status()).deskId;
    const segment = join(share, 'desks', deskId, '000001.jsonl');
    const older = join(await tempFolder('older'), 'older.jsonl');
    await copyFile(segment, older);
    const late = await a.add('vēlais');
    await a.sync();
    await b.sync();
    const newer = fileSize(segment);
    await copyFile(older, segment);
    expect(fileSize(segment)).toBeLessThan(newer);
    await c.sync();
    expect((await c.entries()).map((e) => e.id)).toEqual([early.id]);
    const again = await a.sync();
    expect(JSON.parse(again.stdout).problems.map((p: { code: string }) => p.code)).toContain('segment_restored');
    await expectConverged([a, b, c], [early.id, late.id]);
    await truncate(segment, 0);
    await expectConverged([a, b, c], [early.id, late.id]);
  });
});
