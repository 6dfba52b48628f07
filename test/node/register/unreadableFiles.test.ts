import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDesk, tempShare, type TestDesk } from '../../support/registerDesk';

const open: TestDesk[] = [];
afterEach(async () => {
  while (open.length) await open.pop()!.close();
});

describe('files in the share that must not be read', () => {
  it.skipIf(process.platform === 'win32')('reports a FIFO named like a segment as unreadable and keeps syncing', async () => {
    const share = await tempShare();
    const a = await openDesk(share, { deskCode: 'K1' });
    const b = await openDesk(share, { deskCode: 'K2' });
    open.push(a, b);
    await mkdir(join(share, 'desks', 'odd'), { recursive: true });
    execFileSync('mkfifo', [join(share, 'desks', 'odd', '000001.jsonl')]);
    await writeFile(join(share, 'desks', 'odd', '000002.jsonl'), '');
    const entry = await a.opened.register.add({ kind: 'suggestion', channel: 'in_person', subject: 'other', description: 'Ierosinājums' }, 'laura.kalnina');
    await a.sync.round();
    const status = await b.sync.round();
    expect(status.problems).toContainEqual({ code: 'unreadable_files', count: 1, detail: 'odd/000001.jsonl (not_a_file)' });
    expect(b.opened.register.all().map((e) => e.id)).toEqual([entry.id]);
  });
});
