import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FORWARD_OUTCOMES, REVIEWERS, type ForwardOutcome } from '../../../../shared/register/codes';
import { EXTENSION_GROUNDS, type ExtensionGround } from '../../../../shared/register/record';
import { canChangeStatus } from '../../../../shared/register/statusFlow';
import type { EntryView } from '../../../../shared/review/contract';
import type { ReviewAction } from '../../../../shared/review/update';
import { ActionError } from './ActionError';

interface Props {
  view: EntryView;
  act: (a: ReviewAction) => Promise<void>;
  note: (text: string) => Promise<void>;
}

/** The reviewer's steps on one entry; each form saves one event and shows the refreshed entry. */
export function EntryActions({ view, act, note }: Props) {
  const { t } = useTranslation('review');
  const { entry } = view;
  const [error, setError] = useState<unknown>(null);
  const [reply, setReply] = useState(entry.reply ?? '');
  const [noteText, setNoteText] = useState('');
  const [forward, setForward] = useState<{ to: string; reason: string; outcome: ForwardOutcome }>({ to: '', reason: '', outcome: 'forwarded' });
  const [extend, setExtend] = useState<{ dueDate: string; ground: ExtensionGround | ''; reason: string; notified: boolean }>({
    dueDate: view.extendedLimit,
    ground: '',
    reason: '',
    notified: false,
  });
  const [route, setRoute] = useState({ to: entry.routedTo, reason: '' });
  const run = (a: () => Promise<void>) => (e?: FormEvent) => {
    e?.preventDefault();
    setError(null);
    a().catch(setError);
  };
  const closed = entry.status === 'closed' || entry.status === 'void';
  // Once answered, the reply stands as sent: no second start, no editable reply; closing remains.
  const answered = entry.status === 'answered';
  // Only the steps the register's status flow allows from here are offered.
  const can = (to: Parameters<typeof canChangeStatus>[1]) => canChangeStatus(entry.status, to);

  return (
    <section className="entry-actions" aria-labelledby="actions-title">
      <h3 id="actions-title">{t('actions.title')}</h3>
      <ActionError error={error} />
      {!closed && (
        <div className="action-row">
          {can('in_review') && !answered && (
            <button type="button" onClick={run(() => act({ action: 'start' }))}>
              {t('actions.start')}
            </button>
          )}
          {can('closed') && (
            <button type="button" onClick={run(() => act({ action: 'close' }))}>
              {t('actions.close')}
            </button>
          )}
        </div>
      )}
      {!closed && !answered && (
        <form className="action-form" onSubmit={run(() => act({ action: 'answer', reply }))}>
          <label className="field field-wide">
            <span>{t('actions.reply')}</span>
            <textarea rows={5} value={reply} onChange={(e) => setReply(e.target.value)} required />
          </label>
          <div className="action-row">
            <button type="button" className="secondary" onClick={run(() => act({ action: 'reply', reply }))} disabled={!reply.trim()}>
              {t('actions.saveReply')}
            </button>
            {can('answered') && (
              <button type="submit" disabled={!reply.trim()}>
                {t('actions.answer')}
              </button>
            )}
          </div>
        </form>
      )}
      <form className="action-form" onSubmit={run(async () => (await note(noteText), setNoteText('')))}>
        <label className="field field-wide">
          <span>{t('actions.note')}</span>
          <textarea rows={2} value={noteText} onChange={(e) => setNoteText(e.target.value)} required />
        </label>
        <button type="submit" className="secondary" disabled={!noteText.trim()}>
          {t('actions.addNote')}
        </button>
      </form>
      {can('forwarded') && (
        <details className="action-more">
          <summary>{t('actions.forwardTitle')}</summary>
          <form className="action-form" onSubmit={run(() => act({ action: 'forward', to: forward.to, reason: forward.reason, outcome: forward.outcome }))}>
            <fieldset className="field field-wide">
              <legend>{t('actions.outcome')}</legend>
              {FORWARD_OUTCOMES.map((o) => (
                <label key={o} className="check">
                  <input
                    type="radio"
                    name="forward-outcome"
                    value={o}
                    checked={forward.outcome === o}
                    onChange={() => setForward({ ...forward, outcome: o })}
                  />{' '}
                  {t(`actions.outcomes.${o}`)}
                </label>
              ))}
            </fieldset>
            <label className="field">
              <span>{t('actions.forwardTo')}</span>
              <input value={forward.to} onChange={(e) => setForward({ ...forward, to: e.target.value })} required />
            </label>
            <label className="field field-wide">
              <span>{t('actions.reason')}</span>
              <input value={forward.reason} onChange={(e) => setForward({ ...forward, reason: e.target.value })} required />
            </label>
            <button type="submit">{t('actions.forward')}</button>
          </form>
        </details>
      )}
      {can('extended') && (
        <details className="action-more">
          <summary>{t('actions.extendTitle')}</summary>
          <form
            className="action-form"
            onSubmit={run(() =>
              act({ action: 'extend', ground: extend.ground as ExtensionGround, dueDate: extend.dueDate, reason: extend.reason, clientNotified: true }),
            )}
          >
            <label className="field">
              <span>{t('actions.newDueDate')}</span>
              <input type="date" value={extend.dueDate} max={view.extendedLimit} onChange={(e) => setExtend({ ...extend, dueDate: e.target.value })} required />
            </label>
            <label className="field field-wide">
              <span>{t('actions.ground')}</span>
              <select value={extend.ground} onChange={(e) => setExtend({ ...extend, ground: e.target.value as ExtensionGround })} required>
                <option value="" disabled />
                {EXTENSION_GROUNDS.map((g) => (
                  <option key={g} value={g}>
                    {t(`actions.grounds.${g}`)}
                  </option>
                ))}
              </select>
            </label>
            <label className="field field-wide">
              <span>{t('actions.reason')}</span>
              <input value={extend.reason} onChange={(e) => setExtend({ ...extend, reason: e.target.value })} required />
            </label>
            <label className="check">
              <input type="checkbox" checked={extend.notified} onChange={(e) => setExtend({ ...extend, notified: e.target.checked })} required />{' '}
              {t('actions.clientNotified')}
            </label>
            <button type="submit" disabled={!extend.notified || !extend.ground}>
              {t('actions.extend')}
            </button>
          </form>
        </details>
      )}
      {!closed && (
        <details className="action-more">
          <summary>{t('actions.routeTitle')}</summary>
          <form className="action-form" onSubmit={run(() => act({ action: 'route', routedTo: route.to, reason: route.reason }))}>
            <label className="field">
              <span>{t('actions.routeTo')}</span>
              <select value={route.to} onChange={(e) => setRoute({ ...route, to: e.target.value as typeof route.to })}>
                {REVIEWERS.map((r) => (
                  <option key={r} value={r}>
                    {t(`reviewer.${r}`)}
                  </option>
                ))}
              </select>
            </label>
            <label className="field field-wide">
              <span>{t('actions.reason')}</span>
              <input value={route.reason} onChange={(e) => setRoute({ ...route, reason: e.target.value })} required />
            </label>
            <button type="submit">{t('actions.route')}</button>
          </form>
        </details>
      )}
    </section>
  );
}
