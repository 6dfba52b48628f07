import type { App, BrowserWindow, Notification as ElectronNotification } from 'electron';
import type { DesktopAttention } from '../services/review/deadlineNotifier';

/**
 * Electron's side of deadline reminders: a system notification, the badge count where the
 * desktop shows one (macOS, Unity), and the count in the window title, which the Windows
 * taskbar shows.
 */
export function createDesktopAttention(deps: {
  app: Pick<App, 'setBadgeCount'>;
  Notification: typeof ElectronNotification;
  window: () => BrowserWindow | null;
  title: string;
}): DesktopAttention {
  return {
    notify(title, body) {
      if (deps.Notification.isSupported()) new deps.Notification({ title, body, silent: false }).show();
    },
    setBadge(count) {
      deps.app.setBadgeCount(count);
      const win = deps.window();
      if (win && !win.isDestroyed()) win.setTitle(count > 0 ? `${deps.title} (${count})` : deps.title);
    },
  };
}
