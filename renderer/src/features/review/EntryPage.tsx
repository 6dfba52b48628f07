import { useTranslation } from 'react-i18next';
import type { RegisterEntry } from '../../../../shared/register/record';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { ConflictPanel } from './ConflictPanel';
import { DueBadge } from './DueBadge';
import { EntryActions } from './EntryActions';
import { EthicsStep } from './EthicsStep';
import { formatDate as runningDate } from '../../../../shared/i18n/dates';
import { formatDate, formatInstant } from './format';
import { AccessList, HistoryList } from './HistoryList';
import { AttachmentsSection } from './AttachmentsSection';
import { LetterPanel } from './LetterPanel';
import { useEntry } from './useReview';

/** One entry: every field, the reviewer's steps, notes, history and (for heads) who opened it. */
export function EntryPage({ id, institutionName, onBack }: { id: string; institutionName: string; onBack: () => void }) {
  const { t, i18n } = useTranslation('review');
  const { data: view, error, act, note, set } = useEntry(id);
  const back = (
    <button type="button" className="secondary" onClick={onBack}>
      {t('entry.back')}
    </button>
  );
  if (error && !view)
    return (
      <section className="screen">
        {back}
        <ErrorMessage error={error} />
      </section>
    );
  if (!view) return <Loading />;
  const e = view.entry;
  // People's and institutions' names, never the account or code the register stores.
  const nameOf = (key: string) => view.names[key] ?? key;
  // Personal fields this desk holds no key for, or whose key was destroyed (services/privacy/README.md).
  const destroyed = e.unreadable?.find((u) => u.reason === 'destroyed');
  const client = (c: RegisterEntry['client']) => (c.anonymous ? t('entry.anonymous') : `${c.name}, ${c.contact} (${t('entry.purpose')}: ${c.purpose})`);
  const fields: Array<[string, string]> = [
    [t('field.kind'), t(`kind.${e.kind}`)],
    [t('field.channel'), t(`channel.${e.channel}`)],
    [t('field.subject'), t(`subject.${e.subject}`)],
    [t('field.employee'), e.employee?.name ?? '—'],
    [t('field.client'), client(e.client)],
    [t('field.institution'), nameOf(e.institution)],
    [t('field.registered'), `${formatInstant(e.registeredAt, i18n.language)} · ${nameOf(e.registeredBy)} · ${e.deskCode}`],
    [t('field.routedTo'), `${t(`reviewer.${e.routedTo}`)} (${t(`rule.${e.routeRule.replace('.', '_')}`)})${e.routeReason ? ` — ${e.routeReason}` : ''}`],
    [t('field.receivedOn'), formatDate(e.receivedOn, i18n.language)],
    [t('field.dueDate'), formatDate(e.dueDate, i18n.language)],
    [t('field.status'), `${t(`status.${e.status}`)}${e.statusReason ? ` — ${e.statusReason}` : ''}`],
  ];
  if (e.forwardDue) fields.splice(fields.length - 1, 0, [t('field.forwardDue'), formatDate(e.forwardDue, i18n.language)]);
  if (e.extensionGround) fields.push([t('field.extensionGround'), t(`actions.grounds.${e.extensionGround}`)]);
  if (e.forwardOutcome && e.forwardedTo) fields.push([t('field.forwardOutcome'), `${t(`actions.outcomes.${e.forwardOutcome}`)}: ${e.forwardedTo}`]);
  if (e.destructionAct)
    fields.push([
      t('field.destroyed'),
      t('dp.destroyedWithAct', {
        date: formatDate(e.anonymisedAt ?? e.destructionAct.date, i18n.language),
        number: e.destructionAct.number,
        actDate: formatDate(e.destructionAct.date, i18n.language),
      }),
    ]);
  else if (e.anonymisedAt) fields.push([t('field.anonymisedAt'), formatDate(e.anonymisedAt, i18n.language)]);
  const actAndShow = async (a: Parameters<typeof act>[0]) => void (await act(a));

  return (
    <section className="screen entry-page" aria-labelledby="entry-title">
      {back}
      <h2 id="entry-title">
        {t('entry.title', { number: e.number })} <DueBadge due={view.due} /> <DueBadge due={view.forward} of="forward" />
        {e.needsReview && <span className="badge badge-conflict">{t('inbox.needsReview')}</span>}
      </h2>
      <dl className="facts entry-fields">
        {fields.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <h3>{t('field.description')}</h3>
      {destroyed ? (
        <p className="notice" role="status" data-testid="entry-unreadable">
          {t('entry.destroyed', { date: destroyed.destroyedOn ? runningDate(destroyed.destroyedOn, i18n.language, 'locative') : '—', act: destroyed.act })}
        </p>
      ) : (
        !!e.unreadable?.length && (
          <p className="notice" role="status" data-testid="entry-unreadable">
            {t('entry.notReadable')}
          </p>
        )
      )}
      <p className="entry-description">{e.description}</p>
      {e.reply && (
        <>
          <h3>{t('field.reply')}</h3>
          <p className="entry-reply" data-testid="entry-reply">
            {e.reply}
          </p>
        </>
      )}
      <AttachmentsSection id={e.id} />
      {view.conflicts.length > 0 && view.canReview && <ConflictPanel conflicts={view.conflicts} onResolve={actAndShow} />}
      <EthicsStep view={view} act={actAndShow} institutionName={institutionName} />
      {view.canReview && <EntryActions key={e.version} view={view} act={actAndShow} note={async (text) => void (await note(text))} />}
      {view.canReview && <LetterPanel id={e.id} onRecorded={set} />}
      <h3>{t('entry.notes')}</h3>
      {e.notes.length ? (
        <ul className="notes">
          {e.notes.map((n) => (
            <li key={n.id}>
              <span className="note-meta">
                {formatInstant(n.at, i18n.language)} · {nameOf(n.by)}
              </span>{' '}
              {n.text}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('entry.noNotes')}</p>
      )}
      <h3>{t('entry.history')}</h3>
      <HistoryList rows={view.history} names={view.names} />
      {view.access && (
        <>
          <h3>{t('entry.access')}</h3>
          <AccessList rows={view.access} />
        </>
      )}
    </section>
  );
}
