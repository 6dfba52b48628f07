import { appendFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAccessLog } from '../../../electron/main/services/review/accessLog';
import { tempDir } from '../../support/registerDesk';

describe('access log of entry openings', () => {
  it('keeps openings from every desk, one file per desk on the share, newest first', async () => {
    const dir = await tempDir('access');
    const share = join(dir, 'share');
    let t = Date.parse('2026-03-02T08:00:00Z');
    const now = () => new Date((t += 60_000));
    const a = createAccessLog({ localFile: join(dir, 'a', 'access.jsonl'), shareFolder: share, deskId: () => 'desk-a', now });
    const b = createAccessLog({ localFile: join(dir, 'b', 'access.jsonl'), shareFolder: share, deskId: () => 'desk-b', now });
    await a.record({ rec: 'rec-000001', by: 'laura.kalnina', name: 'Laura Kalniņa' });
    await b.record({ rec: 'rec-000001', by: 'aija.liepina', name: 'Aija Liepiņa' });
    await b.record({ rec: 'rec-000002', by: 'aija.liepina', name: 'Aija Liepiņa' });
    expect((await b.of('rec-000001')).map((r) => [r.by, r.desk])).toEqual([
      ['aija.liepina', 'desk-b'],
      ['laura.kalnina', 'desk-a'],
    ]);
    expect((await readFile(join(share, 'access', 'desk-a.jsonl'), 'utf8')).trim().split('\n')).toHaveLength(1);
    await a.record({ rec: 'rec-000001', by: 'laura.kalnina', name: 'Laura Kalniņa' });
    expect(await b.of('rec-000001')).toHaveLength(3);
  });

  it('catches the share up after it was away, and skips a damaged line from another desk', async () => {
    const dir = await tempDir('access');
    const share = join(dir, 'share');
    const offline = createAccessLog({ localFile: join(dir, 'a', 'access.jsonl'), shareFolder: join(dir, 'missing\0'), deskId: () => 'desk-a' });
    await offline.record({ rec: 'rec-000001', by: 'laura.kalnina', name: null });
    const online = createAccessLog({ localFile: join(dir, 'a', 'access.jsonl'), shareFolder: share, deskId: () => 'desk-a' });
    await online.record({ rec: 'rec-000001', by: 'laura.kalnina', name: null });
    expect((await readFile(join(share, 'access', 'desk-a.jsonl'), 'utf8')).trim().split('\n')).toHaveLength(2);
    await appendFile(join(share, 'access', 'desk-z.jsonl'), '{"id":"x","rec":"rec-000001"\n');
    expect(await online.of('rec-000001')).toHaveLength(2);
  });
});
