import { useCallback, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ContractError } from '../../../../shared/contract/result';
import type { Identity } from '../../../../shared/identity/identity';
import type { AckStatus, MyAcknowledgement, RulesDocument } from '../../../../shared/rules/rules';
import { useDeskApi } from '../../api/ApiContext';
import { useQuery } from '../../api/useQuery';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { formatDate, formatDateTime, formatTableTime } from '../../../../shared/i18n/dates';
import { usePrint } from '../print';
import { AcquaintanceSheet } from './AcquaintanceSheet';
import { SignaturePad } from './SignaturePad';

const READERS = ['head', 'executive_director', 'admin'] as const;

/**
 * §13, §14: the rules in force, read in the app and acknowledged with the typed name and a
 * drawn signature; heads (and the executive director, admins) see who has signed and print the
 * acquaintance sheet.
 */
export function RulesScreen({ identity }: { identity: Identity }) {
  const { t, i18n } = useTranslation();
  const api = useDeskApi();
  const current = useQuery(useCallback(() => api.call('rules:current'), [api]));
  const reader = identity.roles.some((r) => (READERS as readonly string[]).includes(r));
  if (current.error) return <ErrorMessage error={current.error} />;
  if (!current.data) return <Loading />;
  const { document } = current.data;
  return (
    <section className="screen" aria-labelledby="rules-title">
      <h2 id="rules-title">{t('rules.title')}</h2>
      <p className="muted" data-testid="rules-version">
        {t('rules.version', { version: document.version, date: formatDate(document.published, i18n.language, 'genitive'), hash: document.hash.slice(0, 16) })}
      </p>
      {current.data.withheld.map((w) => (
        <p key={w.version} className="notice notice-warning" role="status" data-testid="rules-withheld">
          {t(`rules.withheld.${w.problem}`, { version: w.version, current: document.version })}
        </p>
      ))}
      {document.adminSignature && (
        <p className="muted" data-testid="rules-admin-signature">
          {t('rules.adminSigned', { key: document.adminSignature.key })}
        </p>
      )}
      <div className="rules-text" tabIndex={0} role="region" aria-label={document.title}>
        <h3>{document.title}</h3>
        <p>{document.text}</p>
      </div>
      <MyPart mine={current.data} onSigned={current.set} />
      {/* Loaded again once I have signed, so my own row is up to date. */}
      {reader && <StatusPart key={`${document.version}-${current.data.signedAt ?? 'unsigned'}`} />}
      {identity.roles.includes('admin') && <PublishPart onPublished={current.reload} />}
    </section>
  );
}

function MyPart({ mine, onSigned }: { mine: MyAcknowledgement; onSigned: (m: MyAcknowledgement) => void }) {
  const { t, i18n } = useTranslation();
  const api = useDeskApi();
  const [typedName, setTypedName] = useState('');
  const [signature, setSignature] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  if (mine.signedAt) {
    return (
      <p className="notice notice-ok" data-testid="rules-signed">
        {t('rules.signed', { version: mine.document.version, when: formatDateTime(mine.signedAt, i18n.language) })}
      </p>
    );
  }
  if (!mine.canSign) return <p className="notice notice-warning">{t('rules.cannotSign')}</p>;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    if (typedName.trim().length < 3) return setProblem('rules.problem.name');
    if (!signature) return setProblem('rules.problem.signature');
    setProblem(null);
    api.call('rules:acknowledge', { version: mine.document.version, hash: mine.document.hash, typedName, signature }).then(onSigned, (err: unknown) => {
      if (err instanceof ContractError && err.details?.field === 'typedName') setProblem('rules.problem.notYourName');
      else if (err instanceof ContractError && err.details?.field === 'version') setProblem('rules.problem.newVersion');
      else setError(err);
    });
  };
  return (
    <form className="rules-sign" onSubmit={submit} noValidate aria-labelledby="rules-sign-title">
      <h3 id="rules-sign-title">{t('rules.signTitle', { version: mine.document.version })}</h3>
      <p>{t('rules.signLead')}</p>
      <label className="field">
        <span>{t('rules.typedName')}</span>
        <input
          value={typedName}
          onChange={(e) => setTypedName(e.target.value)}
          autoComplete="name"
          aria-invalid={problem === 'rules.problem.name' || problem === 'rules.problem.notYourName'}
        />
      </label>
      <p className="field-label" id="signature-label">
        {t('rules.signature')}
      </p>
      <SignaturePad label={t('rules.signaturePad')} clearLabel={t('rules.clear')} onChange={setSignature} />
      {problem && (
        <p role="alert" className="error">
          {t(problem)}
        </p>
      )}
      {error ? <ErrorMessage error={error} /> : null}
      <button type="submit">{t('rules.acknowledge')}</button>
    </form>
  );
}

function StatusPart() {
  const { t, i18n } = useTranslation();
  const api = useDeskApi();
  const print = usePrint();
  const status = useQuery(useCallback(() => api.call('rules:status'), [api]));
  const [reminded, setReminded] = useState<number | null>(null);
  const [remindError, setRemindError] = useState<unknown>(null);
  if (status.error) return <ErrorMessage error={status.error} />;
  if (!status.data) return <Loading />;
  const s: AckStatus = status.data;
  const signed = s.rows.filter((r) => r.signedAt).length;
  return (
    <section aria-labelledby="rules-status-title" className="rules-status">
      <h3 id="rules-status-title">{t('rules.statusTitle', { version: s.document.version })}</h3>
      <p data-testid="rules-counts">{t('rules.counts', { signed, total: s.rows.length })}</p>
      <div className="action-row">
        <button type="button" className="secondary" onClick={() => print(<AcquaintanceSheet status={s} />)}>
          {t('rules.printSheet')}
        </button>
        {signed < s.rows.length && (
          <button
            type="button"
            className="secondary"
            onClick={() => {
              setRemindError(null);
              api.call('rules:remind').then((r) => setReminded(r.reminded), setRemindError);
            }}
          >
            {t('rules.remind', { count: s.rows.length - signed })}
          </button>
        )}
      </div>
      {reminded !== null && (
        <p className="notice notice-ok" role="status" data-testid="rules-reminded">
          {t('rules.reminded', { count: reminded })}
        </p>
      )}
      {remindError ? <ErrorMessage error={remindError} /> : null}
      <table className="counts rules-table">
        <caption>{t('rules.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('rules.person')}</th>
            <th scope="col">{t('rules.position')}</th>
            <th scope="col">{t('rules.institution')}</th>
            <th scope="col">{t('rules.signedAt')}</th>
          </tr>
        </thead>
        <tbody>
          {s.rows.map((r) => (
            <tr key={r.personId}>
              <th scope="row">
                {r.name} {r.surname}
              </th>
              <td>{r.position}</td>
              <td>{r.institution}</td>
              <td>{r.signedAt ? formatTableTime(r.signedAt, i18n.language) : <strong className="unsigned">{t('rules.notSigned')}</strong>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** Admins: a new version from pasted text or a text file; everyone is asked to sign it again. */
function PublishPart({ onPublished }: { onPublished: () => void }) {
  const { t } = useTranslation();
  const api = useDeskApi();
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<RulesDocument | null>(null);
  const load = (file: File | undefined) => {
    if (!file) return;
    setProblem(null);
    if (file.size > 1_000_000) return setProblem('rules.publish.problem.fileLarge');
    file.text().then(
      (body) => {
        if (body.includes('\uFFFD')) return setProblem('rules.publish.problem.fileText');
        setText(body.replace(/^\uFEFF/, ''));
      },
      () => setProblem('rules.publish.problem.fileText'),
    );
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    if (title.trim().length < 3) return setProblem('rules.publish.problem.title');
    if (text.trim().length < 20) return setProblem('rules.publish.problem.text');
    setProblem(null);
    api.call('rules:publish', { title: title.trim(), text }).then(
      (doc) => {
        setDone(doc);
        setOpen(false);
        setTitle('');
        setText('');
        onPublished();
      },
      (err: unknown) => {
        if (err instanceof ContractError && err.details?.field === 'version') setProblem('rules.publish.problem.race');
        else setError(err);
      },
    );
  };
  return (
    <section aria-labelledby="rules-publish-title" className="rules-publish">
      <h3 id="rules-publish-title">{t('rules.publish.title')}</h3>
      {done && (
        <p className="notice notice-ok" role="status" data-testid="rules-published">
          {t(done.adminSignature ? 'rules.publish.doneSigned' : 'rules.publish.doneUnsigned', { version: done.version })}
        </p>
      )}
      {!open ? (
        <button type="button" className="secondary" onClick={() => setOpen(true)}>
          {t('rules.publish.open')}
        </button>
      ) : (
        <form onSubmit={submit} noValidate>
          <p className="hint">{t('rules.publish.lead')}</p>
          <label className="field">
            <span>{t('rules.publish.name')}</span>
            <input value={title} maxLength={300} onChange={(e) => setTitle(e.target.value)} aria-invalid={problem === 'rules.publish.problem.title'} />
          </label>
          <label className="field">
            <span>{t('rules.publish.file')}</span>
            <input type="file" accept=".txt,text/plain" onChange={(e) => load(e.target.files?.[0])} />
          </label>
          <label className="field field-wide">
            <span>{t('rules.publish.text')}</span>
            <textarea rows={12} value={text} onChange={(e) => setText(e.target.value)} aria-invalid={problem === 'rules.publish.problem.text'} />
          </label>
          {problem && (
            <p role="alert" className="error">
              {t(problem)}
            </p>
          )}
          {error ? <ErrorMessage error={error} /> : null}
          <div className="action-row">
            <button type="submit">{t('rules.publish.submit')}</button>
            <button type="button" className="secondary" onClick={() => setOpen(false)}>
              {t('rules.publish.cancel')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
