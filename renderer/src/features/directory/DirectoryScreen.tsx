import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fullName } from '../../../../shared/directory/person';
import type { ClientLanguage } from '../../../../shared/config/schema';
import { StaffPosition } from '../../components/FallbackTag';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { DirectoryNotice } from './DirectoryNotice';
import { ReferralPanel } from './ReferralPanel';
import { useDirectory } from './useDirectory';

/** §4.2.3: find the competent specialist and refer the client: on the client display or on a printed slip. */
export function DirectoryScreen() {
  const { t, i18n } = useTranslation('directory');
  const staffLanguage = (i18n.language === 'en' ? 'en' : 'lv') as ClientLanguage;
  const directory = useDirectory();
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<string | null>(null);
  if (directory.error) return <ErrorMessage error={directory.error} />;
  if (!directory.data) return <Loading />;
  const results = directory.search(query, 30);
  const person = selected ? directory.get(selected) : null;

  return (
    <section aria-labelledby="directory-title" className="screen">
      <h2 id="directory-title">{t('list.title')}</h2>
      <DirectoryNotice view={directory.data} />
      <div className="field field-wide">
        <label htmlFor="directory-search">{t('list.search')}</label>
        <input
          id="directory-search"
          type="search"
          value={query}
          autoComplete="off"
          aria-describedby="directory-search-hint"
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => e.key === 'Enter' && results[0] && setSelected(results[0].id)}
        />
        <span id="directory-search-hint" className="hint">
          {t('list.searchHint')}
        </span>
      </div>
      <p role="status" className="muted" data-testid="result-count">
        {query.trim() ? t('list.found', { count: results.length }) : ''}
      </p>
      <div className="directory-layout">
        <ul className="result-list" aria-label={t('list.results')}>
          {results.map((p) => (
            <li key={p.id}>
              <button type="button" className="result" aria-pressed={p.id === selected} onClick={() => setSelected(p.id)}>
                <span className="result-name">{fullName(p)}</span>
                <span className="result-position">
                  <StaffPosition person={p} language={staffLanguage} />
                </span>
                <span className="result-where">{p.department || p.institution}</span>
              </button>
            </li>
          ))}
          {query.trim() && !results.length && <li className="muted">{t('list.none')}</li>}
        </ul>
        {person && <ReferralPanel person={person} />}
      </div>
    </section>
  );
}
