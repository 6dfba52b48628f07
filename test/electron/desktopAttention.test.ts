import { describe, expect, it, vi } from 'vitest';

const shown: Array<{ title: string; body: string }> = [];
const badge = vi.fn();
let supported = true;

vi.mock('electron', () => ({
  app: { setBadgeCount: (n: number) => badge(n), getName: () => 'Laipni' },
  Notification: class {
    static isSupported = () => supported;
    constructor(private readonly options: { title: string; body: string }) {}
    show() {
      shown.push({ title: this.options.title, body: this.options.body });
    }
  },
}));

describe('desktop attention for deadlines (electron mocked)', () => {
  it('shows a system notification and puts the count on the icon and in the window title', async () => {
    const { app, Notification } = await import('electron');
    const { createDesktopAttention } = await import('../../electron/main/review/desktopAttention');
    const setTitle = vi.fn();
    const win = { isDestroyed: () => false, setTitle } as unknown as import('electron').BrowserWindow;
    const attention = createDesktopAttention({ app, Notification, window: () => win, title: 'Laipni' });

    attention.notify('2 iesniegumiem tuvojas termiņš', 'RNP-2026/K1-0001, RNP-2026/K1-0002');
    attention.setBadge(3);
    expect(shown).toEqual([{ title: '2 iesniegumiem tuvojas termiņš', body: 'RNP-2026/K1-0001, RNP-2026/K1-0002' }]);
    expect(badge).toHaveBeenLastCalledWith(3);
    expect(setTitle).toHaveBeenLastCalledWith('Laipni (3)');

    attention.setBadge(0);
    expect(setTitle).toHaveBeenLastCalledWith('Laipni');
  });

  it('stays quiet where the desktop has no notifications, and survives a closed window', async () => {
    const { app, Notification } = await import('electron');
    const { createDesktopAttention } = await import('../../electron/main/review/desktopAttention');
    supported = false;
    shown.length = 0;
    const attention = createDesktopAttention({ app, Notification, window: () => null, title: 'Laipni' });
    attention.notify('x', 'y');
    attention.setBadge(1);
    expect(shown).toEqual([]);
    expect(badge).toHaveBeenLastCalledWith(1);
  });
});
