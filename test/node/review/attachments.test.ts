import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContractError } from '../../../shared/contract/result';
import { attachmentProblem, MAX_ATTACHMENT_BYTES, sniffAttachment } from '../../../shared/review/attachments';
import { createAttachmentStore } from '../../../electron/main/services/review/attachmentStore';
import { createI18n } from '../../../shared/i18n';

const pdf = new TextEncoder().encode('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n');
const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]);
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
const script = new TextEncoder().encode('MZ\x90\x00 not a letter');

const fieldOf = async (p: Promise<unknown>) => {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(ContractError);
  return (e as ContractError).details?.field;
};

describe('attachments to an entry', () => {
  it('types a file by its first bytes only: PDF, JPEG and PNG, nothing else whatever its name', () => {
    expect([pdf, jpeg, png, script, new Uint8Array()].map(sniffAttachment)).toEqual(['pdf', 'jpeg', 'png', null, null]);
    expect(attachmentProblem(script)).toBe('wrong_type');
    expect(attachmentProblem(new Uint8Array())).toBe('empty');
    const big = new Uint8Array(MAX_ATTACHMENT_BYTES + 1);
    big.set(png);
    expect(attachmentProblem(big)).toBe('too_large');
    expect(attachmentProblem(big.subarray(0, MAX_ATTACHMENT_BYTES))).toBeNull();
  });

  it('stores accepted files on the share beside the entry, once per content, and reads them back', async () => {
    const share = await mkdtemp(join(tmpdir(), 'laipni-attach-'));
    const store = createAttachmentStore(share);
    const a = await store.put('entry-1', pdf);
    await store.put('entry-1', pdf);
    const b = await store.put('entry-1', jpeg);
    expect(a).toMatchObject({ type: 'pdf', mime: 'application/pdf', size: pdf.length });
    expect((await store.list('entry-1')).map((x) => x.file).sort()).toEqual([a.file, b.file].sort());
    expect(await readdir(join(share, 'attachments', 'entry-1'))).toHaveLength(2);
    expect(await store.list('entry-2')).toEqual([]);
    const back = await store.read('entry-1', b.file);
    expect(back.attachment.mime).toBe('image/jpeg');
    expect([...back.bytes]).toEqual([...jpeg]);
  });

  it('refuses what is empty, too large or not a PDF/JPEG/PNG, with a translated reason, and writes nothing', async () => {
    const share = await mkdtemp(join(tmpdir(), 'laipni-attach-'));
    const store = createAttachmentStore(share);
    expect(await fieldOf(store.put('entry-1', script))).toBe('attachment_wrong_type');
    expect(await fieldOf(store.put('entry-1', new Uint8Array()))).toBe('attachment_empty');
    expect(await store.list('entry-1')).toEqual([]);
    for (const lng of ['lv', 'en', 'ltg'] as const) {
      const t = createI18n(lng).getFixedT(lng, 'review');
      for (const key of ['attachment_wrong_type', 'attachment_too_large', 'attachment_empty', 'attachment_changed']) {
        expect(t(`problem.${key}`), `${lng} ${key}`).not.toBe(`problem.${key}`);
      }
    }
  });

  it('never serves a file changed on the share after it was attached, nor a path outside the entry', async () => {
    const share = await mkdtemp(join(tmpdir(), 'laipni-attach-'));
    const store = createAttachmentStore(share);
    const a = await store.put('entry-1', png);
    await writeFile(join(share, 'attachments', 'entry-1', a.file), script);
    expect(await fieldOf(store.read('entry-1', a.file))).toBe('attachment_changed');
    expect(await fieldOf(store.read('entry-1', '../../etc/passwd'))).toBe('file');
    expect(await fieldOf(store.list('../entry-1'))).toBe('id');
  });
});
