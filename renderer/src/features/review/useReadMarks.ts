import { useCallback, useRef } from 'react';
import type { InboxRow } from '../../../../shared/review/contract';

/**
 * Which entries this reviewer has read, and in which version, kept on this computer only (a
 * reminder for one person, not a record). An entry changed since — a reply, a note, a new
 * status from another desk — shows as unread again.
 */
export function useReadMarks(account: string) {
  const key = `laipni.inbox-read.${account}`;
  const marks = useRef<Record<string, string> | null>(null);
  const load = useCallback((): Record<string, string> => {
    if (!marks.current) {
      try {
        marks.current = JSON.parse(localStorage.getItem(key) ?? '{}') as Record<string, string>;
      } catch {
        marks.current = {};
      }
    }
    return marks.current;
  }, [key]);
  const isUnread = useCallback((row: Pick<InboxRow, 'id' | 'version'>) => load()[row.id] !== row.version, [load]);
  const markRead = useCallback(
    (row: Pick<InboxRow, 'id' | 'version'>) => {
      const all = load();
      if (all[row.id] === row.version) return;
      all[row.id] = row.version;
      try {
        localStorage.setItem(key, JSON.stringify(all));
      } catch {
        // A full or unavailable storage only loses the marks, never the inbox.
      }
    },
    [key, load],
  );
  return { isUnread, markRead };
}
