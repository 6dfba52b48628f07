import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogueSearch } from '../../../../shared/catalog/search';
import { localize, type Service } from '../../../../shared/catalog/schema';
import type { ClientLanguage } from '../../../../shared/config/schema';

interface Props {
  services: readonly Service[];
  search: CatalogueSearch;
  language: ClientLanguage;
  query: string;
  onQuery: (query: string) => void;
  onOpen: (id: string) => void;
}

/**
 * Search for a desk with a client waiting: results while typing, arrows move through them,
 * Enter opens, Esc clears. Focus stays in the box; the list follows (combobox pattern).
 */
export function ServiceSearch({ services, search, language, query, onQuery, onOpen }: Props) {
  const { t } = useTranslation('catalog');
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const byId = useMemo(() => new Map(services.map((s) => [s.id, s])), [services]);
  const alphabetical = useMemo(
    () => [...services].sort((a, b) => localize(a.name, language).localeCompare(localize(b.name, language), 'lv')),
    [services, language],
  );
  const results = useMemo(
    () => (query.trim() ? search.search(query, 50).flatMap((h) => byId.get(h.id) ?? []) : alphabetical),
    [query, search, byId, alphabetical],
  );
  const current = Math.min(active, results.length - 1);

  const onKey = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      const next = Math.max(0, Math.min(results.length - 1, current + step));
      setActive(next);
      document.getElementById(`service-option-${results[next]?.id}`)?.scrollIntoView({ block: 'nearest' });
    } else if (e.key === 'Enter' && results[current]) {
      e.preventDefault();
      onOpen(results[current].id);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      onQuery('');
      setActive(0);
      input.current?.focus();
    }
  };

  return (
    <div className="service-search">
      <label htmlFor="service-search-input" className="search-label">
        {t('search.label')}
      </label>
      <input
        id="service-search-input"
        ref={input}
        type="search"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-expanded={results.length > 0}
        aria-controls="service-results"
        aria-autocomplete="list"
        aria-describedby="service-search-hint"
        aria-activedescendant={results[current] ? `service-option-${results[current].id}` : undefined}
        value={query}
        autoFocus
        onChange={(e) => {
          onQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKey}
      />
      <p id="service-search-hint" className="hint">
        {t('search.hint')}
      </p>
      <p role="status" className="search-count">
        {results.length ? t('search.count', { count: results.length }) : t('search.none')}
      </p>
      {/* Tab from the box lands on the results, where the arrows and Enter work the same way. */}
      <ul
        id="service-results"
        role="listbox"
        aria-label={t('search.results')}
        className="service-results"
        tabIndex={results.length ? 0 : -1}
        aria-activedescendant={results[current] ? `service-option-${results[current].id}` : undefined}
        onKeyDown={onKey}
      >
        {results.map((s, i) => (
          <li
            key={s.id}
            id={`service-option-${s.id}`}
            role="option"
            aria-selected={i === current}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => onOpen(s.id)}
          >
            <span className="service-result-name">{localize(s.name, language)}</span>
            <span className="service-result-meta">{s.department ? localize(s.department, language) : localize(s.institution, language)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
