import { mkdtemp, rm, writeFile, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { createPublishedDocument } from '../../../electron/main/services/published/publishedDocument';

const schema = z.array(z.object({ name: z.string() }));

async function setup() {
  const root = await mkdtemp(join(tmpdir(), 'laipni-published-'));
  const share = join(root, 'share');
  const doc = createPublishedDocument({ shareFolder: share, sharePath: 'catalog/staff.json', cacheFile: join(root, 'data', 'staff.json'), schema, empty: [] });
  return { root, share, doc };
}

describe('a document published to the share', () => {
  it('is read from the share and then from the desk’s own copy when the share goes away', async () => {
    const { share, doc } = await setup();
    await doc.publish([{ name: 'Anna Bērziņa' }], 'admin');
    expect(await doc.load()).toMatchObject({ source: 'share', data: [{ name: 'Anna Bērziņa' }], problem: null });
    await rm(share, { recursive: true });
    expect(await doc.load()).toMatchObject({ source: 'cache', data: [{ name: 'Anna Bērziņa' }], problem: 'missing' });
  });

  it('never replaces a good copy with a damaged or invalid share file', async () => {
    const { doc } = await setup();
    await doc.publish([{ name: 'Jānis' }]);
    await writeFile(doc.shareFile!, '{"publishedAt":"2026-01-01","data":[{"nam');
    expect(await doc.load()).toMatchObject({ source: 'cache', data: [{ name: 'Jānis' }], problem: 'invalid' });
    await writeFile(doc.shareFile!, JSON.stringify({ publishedAt: '2026-01-02', data: [{ name: 42 }] }));
    expect(await doc.load()).toMatchObject({ source: 'cache', data: [{ name: 'Jānis' }], problem: 'invalid' });
  });

  it('refuses to publish invalid data and leaves the share as it was', async () => {
    const { doc } = await setup();
    await doc.publish([{ name: 'Jānis' }]);
    const before = await readFile(doc.shareFile!, 'utf8');
    await expect(doc.publish([{ nosaukums: 'x' }] as never)).rejects.toThrow();
    expect(await readFile(doc.shareFile!, 'utf8')).toBe(before);
  });

  it('says when there has never been a copy', async () => {
    const { doc } = await setup();
    expect(await doc.load()).toEqual({ data: [], source: 'none', publishedAt: null, problem: 'missing' });
  });
});
