import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPreview, type Preview } from '../support/preview';

/**
 * The preview bridge answers only the preview's own pages: another page on 127.0.0.1 (any
 * port, so the same site, and the token cookie rides along) must not register entries.
 * Real HTTP requests to a running preview server.
 */
let preview: Preview;
beforeAll(async () => {
  preview = await startPreview();
});
afterAll(() => preview.stop());

/** A raw POST to the bridge, with the access token, and the headers given. */
function post(channel: string, body: string | Buffer, headers: Record<string, string>): Promise<{ status: number; text: string }> {
  const url = new URL(`${preview.origin}/__preview/api/desk/${channel}`);
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers: { 'x-laipni-token': preview.token, ...headers } }, (res) => {
      let text = '';
      res.on('data', (d: Buffer) => (text += d.toString()));
      // The server closes the connection after a 413 while the body is still being sent.
      const done = () => resolve({ status: res.statusCode ?? 0, text });
      res.on('end', done);
      res.on('close', done);
      res.on('error', done);
    });
    // The server may answer and close before the whole body is sent.
    req.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error)));
    req.end(body);
  });
}

const entry = { kind: 'complaint', channel: 'email', subject: 'premises', description: 'Ieraksts no citas lapas' };
const count = async () => {
  const r = await post('register:list-mine', JSON.stringify({}), { origin: preview.origin, 'content-type': 'application/json' });
  return (JSON.parse(r.text) as { ok: boolean; value: unknown[] }).value.length;
};

describe('the preview bridge', () => {
  it('takes a JSON request from its own page', async () => {
    const r = await post('config:get', JSON.stringify({}), { origin: preview.origin, 'content-type': 'application/json; charset=utf-8' });
    expect(r.status).toBe(200);
    expect(JSON.parse(r.text)).toMatchObject({ ok: true });
  });

  it('refuses another page on 127.0.0.1, and registers nothing', async () => {
    const before = await count();
    const other = await post('register:add', JSON.stringify({ request: entry }), { origin: 'http://127.0.0.1:9', 'content-type': 'application/json' });
    expect(other.status).toBe(403);
    expect(other.text).toContain('requests from other pages are refused');
    const none = await post('register:add', JSON.stringify({ request: entry }), { 'content-type': 'application/json' });
    expect(none.status).toBe(403);
    expect(await count()).toBe(before);
  });

  it('refuses a form post (text/plain, the one a page may send without asking), and registers nothing', async () => {
    const before = await count();
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const r = await post('register:add', JSON.stringify({ request: entry }), { origin: preview.origin, 'content-type': type });
      expect(r.status).toBe(415);
      expect(r.text).toContain('application/json only');
    }
    expect(await count()).toBe(before);
  });

  it('answers a body over the limit with 413, and keeps serving', async () => {
    const big = Buffer.alloc(21 * 1024 * 1024, 0x20);
    const r = await post('register:add', big, { origin: preview.origin, 'content-type': 'application/json' });
    expect(r.status).toBe(413);
    expect(r.text).toContain('at most');
    const chunked = await post('register:add', big, { origin: preview.origin, 'content-type': 'application/json', 'transfer-encoding': 'chunked' });
    expect(chunked.status).toBe(413);
    expect((await post('config:get', '{}', { origin: preview.origin, 'content-type': 'application/json' })).status).toBe(200);
  });
});
