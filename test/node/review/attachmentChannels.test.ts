import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createReviewHandlers } from '../../../electron/main/ipc/review/reviewHandlers';
import { createDispatcher } from '../../../electron/main/ipc/dispatch';
import type { Logger } from '../../../electron/main/services/log/logger';
import type { Handlers } from '../../../shared/contract';
import { DESK_CHANNELS } from '../../../shared/contract/channels';
import type { Person } from '../../../shared/directory/person';
import { MAX_ATTACHMENT_BYTES } from '../../../shared/review/attachments';
import { person as directoryPerson } from '../../support/people';
import { openDesk, sampleInput, tempShare, type TestDesk } from '../../support/registerDesk';
import { person, reviewOn } from '../../support/reviewDesk';

const open: TestDesk[] = [];
afterEach(async () => {
  while (open.length) await open.pop()!.close();
});
const ctx = { window: 'desk' as const };
const quiet = { info: () => {}, warn: () => {}, error: () => {} } as unknown as Logger;
const at = (id: string, name: string, surname: string, roles: Person['roles']) =>
  directoryPerson({ id, name, surname, roles, institutionCode: 'RNP', accounts: [`RNP\\${id}`] });
const people = [
  at('laura.kalnina', 'Laura', 'Kalniņa', ['desk_staff']),
  at('aija.liepina', 'Aija', 'Liepiņa', ['head']),
  at('juris.ozols', 'Juris', 'Ozols', ['executive_director']),
];

const pdf = new TextEncoder().encode('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n');
const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
// A fixed clock: 2026-03-02 10:00 in Latvia.
const now = () => Date.parse('2026-03-02T08:00:00Z');

async function setup() {
  const share = await tempShare();
  const desk = await openDesk(share);
  open.push(desk);
  const as = (id: string, roles: Person['roles']) =>
    createReviewHandlers(
      reviewOn(
        desk,
        share,
        () => person(id, roles),
        now,
        () => people,
      ),
    );
  return { share, desk, as };
}

describe('attachment channels', () => {
  it('are desk channels only: the client display cannot reach them', async () => {
    const { desk, as } = await setup();
    const e = await desk.opened.register.add(sampleInput(3), 'laura.kalnina');
    for (const c of ['review:attachments', 'review:attach', 'review:attachment']) expect(DESK_CHANNELS).toContain(c);
    const dispatch = createDispatcher(as('aija.liepina', ['head']) as Handlers, quiet);
    expect(await dispatch('display', 'review:attachments', { id: e.id })).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    expect(await dispatch('desk', 'review:attachments', { id: e.id })).toEqual({ ok: true, value: [] });
  });

  it('add a scanned letter beside the entry on the share, list it, and hand it back as a file named by the register number', async () => {
    const { share, desk, as } = await setup();
    const e = await desk.opened.register.add(sampleInput(1), 'laura.kalnina');
    const head = as('aija.liepina', ['head']);
    expect(await head['review:attachments']({ id: e.id }, ctx)).toEqual([]);
    const rows = await head['review:attach']({ id: e.id, base64: b64(pdf) }, ctx);
    expect(rows).toEqual([{ file: expect.stringMatching(/^[0-9a-f]{64}\.pdf$/), type: 'pdf', mime: 'application/pdf', size: pdf.length }]);
    expect(await readdir(join(share, 'attachments', e.id))).toEqual([rows[0]!.file]);
    const file = await head['review:attachment']({ id: e.id, file: rows[0]!.file }, ctx);
    expect(file.mime).toBe('application/pdf');
    expect(file.fileName).toBe(`${e.number.replace(/\//g, '-')}-pielikums-1.pdf`);
    expect(Buffer.from(file.base64, 'base64').equals(Buffer.from(pdf))).toBe(true);
    // The file on the share is the content, nothing else: the same bytes the reviewer gets back.
    expect((await readFile(join(share, 'attachments', e.id, rows[0]!.file))).equals(Buffer.from(pdf))).toBe(true);
  });

  it('refuse what is not a PDF/JPEG/PNG by content or is too large, with the problem named, and store nothing', async () => {
    const { share, desk, as } = await setup();
    const e = await desk.opened.register.add(sampleInput(2), 'laura.kalnina');
    const head = as('aija.liepina', ['head']);
    await expect(head['review:attach']({ id: e.id, base64: b64(new TextEncoder().encode('MZ\x90 program')) }, ctx)).rejects.toMatchObject({
      details: { field: 'attachment_wrong_type' },
    });
    const big = new Uint8Array(MAX_ATTACHMENT_BYTES + 1);
    big.set(pdf);
    await expect(head['review:attach']({ id: e.id, base64: b64(big) }, ctx)).rejects.toMatchObject({ details: { field: 'attachment_too_large' } });
    // Past what the channel carries at all, the request is refused before main reads it.
    const dispatch = createDispatcher(head as Handlers, quiet);
    const result = await dispatch('desk', 'review:attach', { id: e.id, base64: 'A'.repeat(Math.ceil(MAX_ATTACHMENT_BYTES * 1.5)) });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(await readdir(join(share, 'attachments', e.id)).catch(() => [])).toEqual([]);
  });

  it('are closed to the clerk of an 11.2 complaint, who sees only its number and status', async () => {
    const { desk, as } = await setup();
    // It names the head: 11.2, for the executive director; the clerk who registered it keeps to the outcome.
    const e = await desk.opened.register.add({ ...sampleInput(5), employee: { personId: null, name: 'liepina aija' } }, 'laura.kalnina', { people });
    expect(e.routeRule).toBe('11.2');
    const director = as('juris.ozols', ['executive_director']);
    await director['review:attach']({ id: e.id, base64: b64(pdf) }, ctx);
    const clerk = as('laura.kalnina', ['desk_staff']);
    await expect(clerk['review:attachments']({ id: e.id }, ctx)).rejects.toMatchObject({ code: 'forbidden_role' });
    await expect(clerk['review:attach']({ id: e.id, base64: b64(pdf) }, ctx)).rejects.toMatchObject({ code: 'forbidden_role' });
    const [row] = await director['review:attachments']({ id: e.id }, ctx);
    await expect(clerk['review:attachment']({ id: e.id, file: row!.file }, ctx)).rejects.toMatchObject({ code: 'forbidden_role' });
  });
});
