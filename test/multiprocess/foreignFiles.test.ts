import { copyFile, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeEvent, type RegisterEvent } from '../../shared/register/event';
import { sha256Hex } from '../../shared/register/sha256';
import { converge, expectConverged, newDesk, newShare, runCli } from '../support/cliDesks';
import { fileClock } from '../support/fileClock';
import { createEvent, createFieldsFor } from '../support/registerEvents';

const problems = (stdout: string) => (JSON.parse(stdout) as { problems: Array<{ code: string; count?: number }> }).problems;

async function allLines(share: string): Promise<string[]> {
  const lines: string[] = [];
  for (const desk of await readdir(join(share, 'desks'))) {
    for (const name of await readdir(join(share, 'desks', desk))) {
      if (name.endsWith('.jsonl')) lines.push(...(await readFile(join(share, 'desks', desk, name), 'utf8')).split('\n').filter(Boolean));
    }
  }
  return lines;
}

describe('files that sync clients and other versions leave in the share', () => {
  it('reads conflict copies from Syncthing, Nextcloud and OneDrive and reports them', async () => {
    const share = await newShare();
    const elsewhere = await newShare();
    const a = await newDesk(share, 'K1');
    const b = await newDesk(share, 'K2');
    const lost = await newDesk(elsewhere, 'K7');
    const own = await a.add('parastais');
    await a.sync();
    const folder = join(share, 'desks', (await a.status()).deskId);
    const lostIds: string[] = [];
    const copies = ['000001.sync-conflict-20260302-101010-ABCDEFG.jsonl', '000001 (conflicted copy 2026-03-02 101010).jsonl', '000001-DESKTOP-7Q2K3LM.jsonl'];
    for (const name of copies) {
      lostIds.push((await lost.add(`tikai kopijā ${name}`)).id);
      await lost.sync();
      const segment = join(elsewhere, 'desks', (await lost.status()).deskId, '000001.jsonl');
      await copyFile(segment, join(folder, name));
    }
    const pulled = await b.sync();
    expect(problems(pulled.stdout)).toContainEqual({ code: 'conflict_copies', count: 3, detail: expect.any(String) });
    await expectConverged([a, b], [own.id, ...lostIds]);
    const check = await runCli(['share', 'check', share, '--json']);
    expect(check.code).toBe(1);
    const report = JSON.parse(check.stdout) as { findings: Array<{ code: string; file: string }> };
    expect(
      report.findings
        .filter((f) => f.code === 'conflict_copy')
        .map((f) => f.file.split('/')[1])
        .sort(),
    ).toEqual([...copies].sort());
  });

  it('ends in the same state when every event is replayed twice in a shuffled order', async () => {
    const share = await newShare();
    const a = await newDesk(share, 'K1');
    const b = await newDesk(share, 'K2');
    const ids = [(await a.add('viens')).id, (await b.add('divi')).id];
    await converge([a, b]);
    expect((await a.set((await a.entries())[0]!.number, 'in_review')).code).toBe(0);
    expect((await b.set((await b.entries())[1]!.number, 'answered')).code).toBe(0);
    const [before] = await expectConverged([a, b], ids);
    const lines = await allLines(share);
    const all = [...lines, ...lines];
    const [replay] = fc.sample(fc.shuffledSubarray(all, { minLength: all.length, maxLength: all.length }), { seed: 9, numRuns: 1 });
    await mkdir(join(share, 'desks', 'replay'));
    await writeFile(join(share, 'desks', 'replay', '000001.jsonl'), `${replay!.join('\n')}\n`);
    const fresh = await newDesk(share, 'K3');
    const after = await expectConverged([a, b, fresh], ids);
    expect(after.map((s) => s.stateHash)).toEqual([before!.stateHash, before!.stateHash, before!.stateHash]);
  });

  it('keeps an event of an unknown newer version without applying it', async () => {
    const share = await newShare();
    const a = await newDesk(share, 'K1');
    const b = await newDesk(share, 'K2');
    const known = await a.add('zināms');
    const [before] = await expectConverged([a, b], [known.id]);
    const future = {
      ...createEvent({ id: 'ev-from-v2', desk: 'newer', seq: 1, ms: fileClock() - 1000, rec: 'rec-from-v2' }, createFieldsFor(9)),
      v: 2,
    } as unknown as RegisterEvent;
    await mkdir(join(share, 'desks', 'newer'));
    await writeFile(join(share, 'desks', 'newer', '000001.jsonl'), encodeEvent(future, sha256Hex));
    const pulled = await b.sync();
    expect(problems(pulled.stdout)).toContainEqual({ code: 'newer_format', count: 1 });
    const after = await expectConverged([a, b], [known.id]);
    expect(after.map((s) => s.stateHash)).toEqual([before!.stateHash, before!.stateHash]);
    expect(after.map((s) => s.held.newer)).toEqual([1, 1]);
    const check = await runCli(['share', 'check', share, '--json']);
    expect(check.code).toBe(0);
    expect((JSON.parse(check.stdout) as { findings: Array<{ code: string }> }).findings.map((f) => f.code)).toEqual(['newer_format']);
  });
});
