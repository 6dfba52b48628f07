import { useCallback, useEffect, useRef, useState } from 'react';
import type { InboxPage, InboxRow } from '../../../../shared/review/contract';
import type { InboxFilter, InboxSort } from '../../../../shared/review/inbox';
import type { Period } from '../../../../shared/review/reports';
import type { ReviewAction } from '../../../../shared/review/update';
import { useDeskApi } from '../../api/ApiContext';
import { useQuery } from '../../api/useQuery';

/** The one data-loading shape: a memoised loader (main's `useQuery` takes exactly that). */
const useLoad = <T>(load: () => Promise<T>) => useQuery(load);

export const PAGE = 200;

/**
 * The inbox as pages fetched on demand: the list knows the total at once and asks main for
 * the rows a virtualised window needs, so 100,000 entries never cross the bridge together.
 */
export function useInbox(filter: InboxFilter, sort: InboxSort) {
  const api = useDeskApi();
  const [head, setHead] = useState<Omit<InboxPage, 'rows' | 'offset'> | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [, setVersion] = useState(0);
  const pages = useRef(new Map<number, InboxRow[] | 'loading'>());
  const generation = useRef(0);
  const key = JSON.stringify([filter, sort]);

  const fetchPage = useCallback(
    (page: number) => {
      const mine = generation.current;
      pages.current.set(page, 'loading');
      api.call('review:inbox', { filter, sort, offset: page * PAGE, limit: PAGE }).then(
        (result) => {
          if (mine !== generation.current) return;
          pages.current.set(page, result.rows);
          const { rows: _rows, offset: _offset, ...rest } = result;
          setHead(rest);
          setError(null);
          setVersion((v) => v + 1);
        },
        (e: unknown) => mine === generation.current && setError(e),
      );
    },
    // `key` stands for filter and sort by value.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [api, key],
  );

  const reload = useCallback(() => {
    generation.current++;
    pages.current = new Map();
    fetchPage(0);
  }, [fetchPage]);

  useEffect(reload, [reload]);
  useEffect(() => api.on('review:changed', reload), [api, reload]);

  const row = useCallback(
    (index: number): InboxRow | null => {
      const page = Math.floor(index / PAGE);
      const rows = pages.current.get(page);
      if (rows === undefined) fetchPage(page);
      return Array.isArray(rows) ? (rows[index - page * PAGE] ?? null) : null;
    },
    [fetchPage],
  );

  return { head, error, row, reload };
}

export function useEntry(id: string) {
  const api = useDeskApi();
  const query = useLoad(useCallback(() => api.call('review:entry', { id }), [api, id]));
  const { set } = query;
  const act = useCallback(async (act: ReviewAction) => set(await api.call('review:act', { id, act })), [api, id, set]);
  const note = useCallback(async (text: string) => set(await api.call('review:note', { id, text })), [api, id, set]);
  return { ...query, act, note };
}

export function useReport(period: Period) {
  const api = useDeskApi();
  return useLoad(useCallback(() => api.call('review:report', { period }), [api, period]));
}

export function useDestruction() {
  const api = useDeskApi();
  return useLoad(useCallback(() => api.call('review:destruction'), [api]));
}
