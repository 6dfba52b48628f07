import { appendFile, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { batchLine, GENESIS, readBatches, shareLogIo, signBatch, verifiedPrefix, type BatchSignature } from '../../../electron/main/services/shareLog';
import { newKeyPair } from '../../../electron/main/services/trust/keys';

const io = shareLogIo({ maxMs: 100, firstDelayMs: 5 });
const desk = newKeyPair();
const other = newKeyPair();
const line = (n: number) => Buffer.from(`{"v":1,"id":"e${n}","desk":"k1desk","seq":${n}}\n`);

/** A segment written as a desk writes it: each batch's signature line, then its bytes. */
async function segment(batches: number[][], key = desk) {
  const dir = await mkdtemp(join(tmpdir(), 'laipni-batches-'));
  const seg = join(dir, '000001.jsonl');
  const sig = join(dir, '000001.sig.jsonl');
  await writeFile(seg, '');
  await writeFile(sig, '');
  let at = 0;
  let prev = GENESIS;
  for (const lines of batches) {
    const bytes = Buffer.concat(lines.map(line));
    const b = signBatch(key.privateKey, 'k1desk', 1, at, prev, bytes);
    await appendFile(sig, batchLine(b));
    await appendFile(seg, bytes);
    at = b.end;
    prev = b.root;
  }
  return { seg, sig };
}

async function prefix(seg: string, sig: string, key = desk.publicKey, from = { end: 0, root: GENESIS }) {
  const log = await io.openLog(seg);
  if (!log || log === 'irregular') throw new Error('no segment');
  try {
    return await verifiedPrefix(log, (await readBatches(io, sig)).batches, 'k1desk', 1, key, from, 1 << 20);
  } finally {
    await log.close();
  }
}

describe('signed batches', () => {
  it('vouches for every byte under the newest signature, and no further', async () => {
    const { seg, sig } = await segment([[1, 2], [3], [4, 5, 6]]);
    const all = await prefix(seg, sig);
    expect(all).toMatchObject({ end: Buffer.concat([1, 2, 3, 4, 5, 6].map(line)).length, problem: null });
    await appendFile(seg, line(7));
    expect(await prefix(seg, sig)).toMatchObject({ end: all.end, problem: null });
    // Going on from where an earlier read stopped gives the same answer.
    const first = (await readBatches(io, sig)).batches[0]!;
    expect(await prefix(seg, sig, desk.publicKey, { end: first.end, root: first.root })).toMatchObject({ end: all.end, root: all.root });
  });

  it('counts nothing a key other than the enrolled one signed', async () => {
    const { seg, sig } = await segment([[1, 2]], other);
    expect(await prefix(seg, sig)).toMatchObject({ end: 0, problem: 'bad_signature' });
  });

  it('stops at a forged signature line whose bytes follow the chain but whose signature does not verify', async () => {
    const { seg, sig } = await segment([[1], [2]]);
    const good = await prefix(seg, sig);
    const bytes = line(99);
    const forged: BatchSignature = signBatch(other.privateKey, 'k1desk', 1, good.end, good.root, bytes);
    await appendFile(sig, batchLine(forged));
    await appendFile(seg, bytes);
    expect(await prefix(seg, sig)).toMatchObject({ end: good.end, problem: 'bad_signature' });
  });

  it('reports signature lines that follow from nothing, and bytes changed under a signature', async () => {
    const { seg, sig } = await segment([[1], [2]]);
    await appendFile(sig, `${JSON.stringify({ ...(await readBatches(io, sig)).batches[1]!, start: 3, prev: 'f'.repeat(64) })}\n`);
    expect((await prefix(seg, sig)).problem).toBe('out_of_chain');
    const changed = await segment([[1], [2]]);
    await writeFile(changed.seg, Buffer.concat([line(1), line(8)]));
    expect(await prefix(changed.seg, changed.sig)).toMatchObject({ end: line(1).length, problem: 'out_of_chain' });
  });

  it('after a crash between signing and writing, the longer batch signed again from the same point wins', async () => {
    const { seg, sig } = await segment([[1]]);
    const start = line(1).length;
    const root = (await readBatches(io, sig)).batches[0]!.root;
    // Signed [2] but died before writing it; on restart it signs [2, 3] from the same point and writes both.
    await appendFile(sig, batchLine(signBatch(desk.privateKey, 'k1desk', 1, start, root, line(2))));
    const both = Buffer.concat([line(2), line(3)]);
    await appendFile(sig, batchLine(signBatch(desk.privateKey, 'k1desk', 1, start, root, both)));
    await appendFile(seg, both);
    expect(await prefix(seg, sig)).toMatchObject({ end: start + both.length, problem: null });
  });
});
