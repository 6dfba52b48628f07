import type { ReviewService } from './reviewService';

/** What the desktop offers to get attention: a notification and a count on the app icon. */
export interface DesktopAttention {
  notify(title: string, body: string): void;
  setBadge(count: number): void;
}

export interface NotifierTexts {
  title(count: number): string;
  body(numbers: string[]): string;
}

/**
 * Watches the signed-in reviewer's entries: once an entry's answer or forwarding deadline is
 * within 2 working days it is announced once (per entry and deadline, so an extension announces
 * again), and the icon shows how many entries are due soon or overdue.
 */
export function createDeadlineNotifier(deps: { review: Pick<ReviewService, 'inbox' | 'badge'>; attention: DesktopAttention; texts: NotifierTexts }) {
  const announced = new Set<string>();
  return {
    async check(): Promise<void> {
      const badge = await deps.review.badge();
      deps.attention.setBadge(badge.overdue + badge.dueSoon);
      if (!badge.dueSoon) return;
      const page = await deps.review.inbox({ dueSoon: true }, { by: 'dueDate', dir: 'asc' }, 0, 500);
      const keyOf = (r: (typeof page.rows)[number]) => `${r.id}|${r.due === 'due_soon' ? r.dueDate : ''}|${r.forward === 'due_soon' ? r.forwardDue : ''}`;
      const fresh = page.rows.filter((r) => !announced.has(keyOf(r)));
      if (!fresh.length) return;
      for (const r of fresh) announced.add(keyOf(r));
      deps.attention.notify(deps.texts.title(fresh.length), deps.texts.body(fresh.slice(0, 5).map((r) => r.number)));
    },
  };
}
