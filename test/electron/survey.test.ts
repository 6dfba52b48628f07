import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('./fakeElectron'));

type Fake = typeof import('./fakeElectron');

/** The whole composition root with Electron mocked: real services, real IPC, real event forwarding. */
async function startApp() {
  vi.resetModules();
  const fake = (await import('electron')) as unknown as Fake;
  fake.reset();
  const dir = await mkdtemp(join(tmpdir(), 'laipni-survey-main-'));
  const share = await mkdtemp(join(tmpdir(), 'laipni-survey-share-'));
  const config = join(dir, 'config.json');
  await writeFile(config, JSON.stringify({ shareFolder: share, institution: 'RNP', desk: 'K1', clientDisplay: true }));
  vi.stubEnv('LAIPNI_CONFIG', config);
  fake.appState.lock = true;
  fake.appState.userData = dir;
  await import('../../electron/main/index');
  fake.appState.readyResolve();
  await vi.waitFor(() => {
    if (fake.BrowserWindow.created.length < 2) throw new Error('windows not open yet');
  });
  const [desk, display] = fake.BrowserWindow.created as [InstanceType<Fake['BrowserWindow']>, InstanceType<Fake['BrowserWindow']>];
  const from = (win: typeof desk) => (channel: string, request?: unknown) =>
    fake.ipcMainHandlers.get(channel)!({ sender: win.webContents, senderFrame: { url: win.loaded.url! } }, request) as Promise<{
      ok: boolean;
      value?: unknown;
      error?: { code: string };
    }>;
  return { desk, display, fromDesk: from(desk), fromDisplay: from(display), share };
}

beforeEach(() => vi.unstubAllEnvs());
afterEach(() => vi.unstubAllEnvs());

describe('the client satisfaction survey between the windows', () => {
  it('never sends the client’s face to the desk window, while the display’s answer is stored', { timeout: 30_000 }, async () => {
    const { desk, display, fromDesk, fromDisplay, share } = await startApp();
    const invited = await fromDesk('survey:invite');
    expect(invited.ok).toBe(true);
    const { invitation } = invited.value as { invitation: string };
    // The question itself is mirrored to the desk, so the employee knows the client is rating.
    expect(desk.webContents.sent.at(-1)).toEqual([
      'display:changed',
      expect.objectContaining({ view: expect.objectContaining({ kind: 'survey', invitation }) }),
    ]);
    const deskSeenBefore = desk.webContents.sent.length;

    // The desk cannot answer for the client: the channel is the display's alone.
    expect(await fromDesk('survey:answer', { invitation, face: 'very_good', reason: null })).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });

    expect(await fromDisplay('survey:answer', { invitation, face: 'very_bad', reason: 'waited_long' })).toEqual({ ok: true, value: { accepted: true } });
    const toDesk = desk.webContents.sent.slice(deskSeenBefore);
    // Sync may report in between (its own timer); of the display's news, the desk gets only the thank-you view.
    const displayNews = toDesk.filter(([channel]) => channel.startsWith('display:') || channel.startsWith('survey:'));
    expect(displayNews.map(([channel, payload]) => [channel, (payload as { view?: { kind: string } }).view?.kind])).toEqual([['display:changed', 'thanks']]);
    expect(JSON.stringify(desk.webContents.sent)).not.toMatch(/very_bad|"face"|"reason"/);
    // The reason offered is in the question; which one the client tapped is in nothing after it.
    expect(JSON.stringify(toDesk)).not.toMatch(/waited_long/);
    // The display sees the same thank-you view, also without the face.
    expect(JSON.stringify(display.webContents.sent)).not.toMatch(/very_bad|"face"/);

    // A second answer to the same invitation is not taken.
    expect(await fromDisplay('survey:answer', { invitation, face: 'good', reason: null })).toEqual({ ok: true, value: { accepted: false } });
    await vi.waitFor(async () => {
      const files = await readdir(join(share, 'surveys'));
      expect(files).toHaveLength(1);
      const lines = (await readFile(join(share, 'surveys', files[0]!), 'utf8')).trim().split('\n');
      expect(lines.map((l) => JSON.parse(l) as { face: string; reason: string })).toEqual([
        expect.objectContaining({ face: 'very_bad', reason: 'waited_long' }),
      ]);
    });
  });
});
