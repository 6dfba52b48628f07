import { app, Notification, type BrowserWindow } from 'electron';
import { createI18n } from '../../../shared/i18n';
import type { AppServices } from '../services';
import { createDeadlineNotifier } from '../services/review/deadlineNotifier';
import { createDesktopAttention } from './desktopAttention';

const EVERY_MS = 10 * 60_000;

/** Deadline reminders for the signed-in reviewer: at start, when entries change, and every ten minutes. */
export function startDeadlineReminders(deps: { services: AppServices; window: () => BrowserWindow | null }): () => void {
  const { review, config, log } = deps.services;
  const t = createI18n(config.values.language).getFixedT(null, 'review');
  const notifier = createDeadlineNotifier({
    review,
    attention: createDesktopAttention({ app, Notification, window: deps.window, title: app.getName() }),
    texts: { title: (count) => t('notify.title', { count }), body: (numbers) => t('notify.body', { numbers: numbers.join(', ') }) },
  });
  const check = () => void notifier.check().catch((e: unknown) => log.warn(`deadline check skipped: ${e instanceof Error ? e.message : String(e)}`));
  check();
  const off = review.onChange(check);
  const timer = setInterval(check, EVERY_MS);
  timer.unref?.();
  return () => {
    off();
    clearInterval(timer);
  };
}
