import { createHash } from 'node:crypto';
import { mkdir, open, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { encodeEvent, type RegisterEvent } from '../../shared/register/event';
import { formatHlc } from '../../shared/register/hlc';
import { nodeSha256Hex } from '../../electron/main/services/register/nodeHash';
import { batchLine, GENESIS, signBatch } from '../../electron/main/services/shareLog';
import { newKeyPair, type KeyPair } from '../../electron/main/services/trust/keys';

/**
 * Register data at the planned scale (test/README.md), written straight as event lines (the
 * real format, real hashes, real seals) so that a million events take seconds, not minutes.
 */
const T0 = Date.parse('2026-01-05T08:00:00Z');
const STATUSES = ['in_review', 'answered', 'closed', 'extended'] as const;
/** Accounts of the preview's sample directory, so that a desk checking authors accepts the events: a clerk registers, the head reviews. */
const CLERK = 'RNP\\ilze.berzina';
const HEAD = 'RNP\\aija.liepina';

export function createLine(desk: string, seq: number, rec: string, ms: number, n: number): string {
  const event: RegisterEvent = {
    v: 1,
    id: `${desk}-${seq}`,
    desk,
    seq,
    hlc: formatHlc({ ms, counter: 0, desk }),
    at: new Date(ms).toISOString(),
    rec,
    op: 'create',
    f: {
      number: `RNP-2026/${desk.slice(0, 4).toUpperCase()}-${String(n).padStart(4, '0')}`,
      institution: 'RNP',
      deskCode: desk.slice(0, 4).toUpperCase(),
      kind: 'complaint',
      channel: 'in_person',
      subject: 'service_quality',
      employee: null,
      description: `Klients sūdzas par garo rindu un to, ka informācija nebija skaidra (${n})`,
      client: { anonymous: true },
      routedTo: 'head',
      routeRule: 'default',
      dueDate: '2026-01-19',
      registeredAt: new Date(ms).toISOString(),
      registeredBy: CLERK,
    },
    saw: null,
    by: CLERK,
  };
  return encodeEvent(event, nodeSha256Hex);
}

export function setLine(desk: string, seq: number, rec: string, ms: number, saw: number, k: number): string {
  const event: RegisterEvent = {
    v: 1,
    id: `${desk}-${seq}`,
    desk,
    seq,
    hlc: formatHlc({ ms, counter: 0, desk }),
    at: new Date(ms).toISOString(),
    rec,
    op: 'set',
    f: { status: STATUSES[k % STATUSES.length]!, statusReason: `izskatīts (${k})` },
    saw: formatHlc({ ms: saw, counter: 0, desk }),
    by: HEAD,
  };
  return encodeEvent(event, nodeSha256Hex);
}

export interface ShareShape {
  desks: number;
  eventsPerDesk: number;
  /** One in this many events creates a record; the rest edit records of the same desk. */
  createEvery: number;
  segmentBytes: number;
  /** Lines per signed batch (as if the desk pushed that many at a time). */
  batchLines: number;
}

/**
 * Writes `desks/<id>/NNNNNN.jsonl` segments with seals and signed batches (each desk its own
 * key); returns every segment path and each desk's key.
 */
export async function writeShare(share: string, shape: ShareShape): Promise<{ files: string[]; bytes: number; keys: Map<string, KeyPair> }> {
  const keys = new Map<string, KeyPair>();
  await writeFile(join(share, 'laipni-share.json'), JSON.stringify({ shareId: 'benchshare01', format: 1, createdAt: new Date(T0).toISOString() }));
  const files: string[] = [];
  let bytes = 0;
  for (let d = 0; d < shape.desks; d++) {
    const desk = `d${String(d).padStart(3, '0')}bench`;
    const dir = join(share, 'desks', desk);
    await mkdir(dir, { recursive: true });
    const key = newKeyPair();
    keys.set(desk, key);
    let segment = 1;
    let chunk: string[] = [];
    let size = 0;
    let lines = 0;
    const flush = async (sealed: boolean) => {
      const body = Buffer.from(chunk.join(''), 'utf8');
      const path = join(dir, `${String(segment).padStart(6, '0')}.jsonl`);
      await writeFile(path, body);
      files.push(path);
      const signatures: string[] = [];
      let prev = GENESIS;
      for (let at = 0, n = 0; at < body.length; n = 0) {
        let end = at;
        while (end < body.length && n < shape.batchLines) {
          end = body.indexOf(0x0a, end) + 1;
          n++;
        }
        const batch = signBatch(key.privateKey, desk, segment, at, prev, body.subarray(at, end));
        signatures.push(batchLine(batch));
        prev = batch.root;
        at = end;
      }
      await writeFile(join(dir, `${String(segment).padStart(6, '0')}.sig.jsonl`), signatures.join(''));
      bytes += body.length;
      if (sealed) {
        const seal = { deskId: desk, segment, lines, bytes: body.length, sha256: createHash('sha256').update(body).digest('hex'), torn: false };
        await writeFile(join(dir, `${String(segment).padStart(6, '0')}.seal.json`), JSON.stringify(seal));
      }
      segment++;
      chunk = [];
      size = 0;
      lines = 0;
    };
    let records = 0;
    for (let seq = 1; seq <= shape.eventsPerDesk; seq++) {
      const ms = T0 + seq * 1000 + d;
      let line: string;
      if (seq % shape.createEvery === 1 || records === 0) {
        records++;
        line = createLine(desk, seq, `${desk}-r${records}`, ms, records);
      } else {
        const target = 1 + (seq % records);
        line = setLine(desk, seq, `${desk}-r${target}`, ms, ms - 500, seq);
      }
      chunk.push(line);
      size += Buffer.byteLength(line);
      lines++;
      if (size >= shape.segmentBytes) await flush(true);
    }
    if (chunk.length) await flush(false);
  }
  return { files, bytes, keys };
}

/**
 * A desk's own journal with `count` events, as a desk that made them would have it: every
 * `createEvery`-th event registers an entry, the others change the status of one already there.
 */
export async function writeJournal(dataDir: string, deskId: string, count: number, createEvery = 1): Promise<void> {
  const dir = join(dataDir, 'register');
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'desk.json'), JSON.stringify({ deskId, nonce: 'benchnonce0001', codeSuffix: '', retired: [] }));
  const handle = await open(join(dir, 'journal.jsonl'), 'w');
  let batch: string[] = [];
  let records = 0;
  for (let i = 1; i <= count; i++) {
    const ms = T0 + i * 1000;
    if (i % createEvery === 1 || createEvery === 1) {
      records++;
      batch.push(createLine(deskId, i, `${deskId}-r${records}`, ms, records));
    } else {
      batch.push(setLine(deskId, i, `${deskId}-r${1 + (i % records)}`, ms, ms - 500, i));
    }
    if (batch.length === 5000) {
      await handle.write(batch.join(''));
      batch = [];
    }
  }
  if (batch.length) await handle.write(batch.join(''));
  await handle.close();
}
