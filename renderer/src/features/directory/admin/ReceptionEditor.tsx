import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../../shared/config/schema';
import { WEEKDAYS } from '../../../../../shared/directory/person';
import { OPEN_DAY_DEFAULT, type DayPlan, type GridProblem, type HoursDraft } from '../../../../../shared/directory/weekGrid';
import { weekdayName } from '../../../../../shared/i18n/format';

/** Where a problem is shown: the first one for an input. */
const problemAt = (problems: readonly GridProblem[], at: string) => problems.find((p) => p.at === at);
const idOf = (at: string) => `hours-${at.replace(/\./g, '-')}`;

function TimeInput({
  at,
  label,
  value,
  problems,
  onChange,
  problemOf,
}: {
  at: string;
  label: string;
  value: string;
  problems: readonly GridProblem[];
  onChange: (v: string) => void;
  /** A break's inputs share the break's problem, shown once beside the break. */
  problemOf?: string;
}) {
  const { t } = useTranslation('directory');
  const problem = problemAt(problems, problemOf ?? at);
  const id = idOf(at);
  const messageId = `${idOf(problemOf ?? at)}-problem`;
  return (
    <span className="hours-time">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        size={5}
        maxLength={5}
        placeholder="8.30"
        value={value}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? messageId : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {problem && !problemOf && (
        <span id={messageId} className="error hours-problem">
          {t(`hoursEditor.problem.${problem.code}`)}
        </span>
      )}
    </span>
  );
}

/** One day's hours: open or not, from–to and its breaks (a weekday or a dated exception). */
function DayEditor({
  prefix,
  plan,
  problems,
  openLabel,
  onChange,
}: {
  prefix: string;
  plan: DayPlan;
  problems: readonly GridProblem[];
  openLabel: string;
  onChange: (p: DayPlan) => void;
}) {
  const { t } = useTranslation('directory');
  const breakProblem = (i: number) => problemAt(problems, `${prefix}.break.${i}`);
  return (
    <div className="hours-day-body">
      <label className="check">
        <input
          type="checkbox"
          checked={plan.open}
          onChange={(e) =>
            onChange(
              e.target.checked
                ? { ...OPEN_DAY_DEFAULT, ...(plan.from ? { from: plan.from, to: plan.to, breaks: plan.breaks } : {}) }
                : { ...plan, open: false },
            )
          }
        />
        {openLabel}
      </label>
      {plan.open && (
        <>
          <TimeInput
            at={`${prefix}.from`}
            label={t('hoursEditor.from')}
            value={plan.from}
            problems={problems}
            onChange={(from) => onChange({ ...plan, from })}
          />
          <TimeInput at={`${prefix}.to`} label={t('hoursEditor.to')} value={plan.to} problems={problems} onChange={(to) => onChange({ ...plan, to })} />
          {plan.breaks.length > 0 && (
            <ul className="hours-breaks" aria-label={t('hoursEditor.breaks')}>
              {plan.breaks.map((b, i) => {
                const problem = breakProblem(i);
                const id = idOf(`${prefix}.break.${i}`);
                const set = (patch: Partial<typeof b>) => onChange({ ...plan, breaks: plan.breaks.map((x, j) => (j === i ? { ...x, ...patch } : x)) });
                return (
                  <li key={i} className="hours-break">
                    <span role="group" aria-label={t('hoursEditor.breakN', { n: i + 1 })}>
                      <TimeInput
                        at={`${prefix}.break.${i}.from`}
                        problemOf={`${prefix}.break.${i}`}
                        label={t('hoursEditor.breakFrom')}
                        value={b.from}
                        problems={problems}
                        onChange={(from) => set({ from })}
                      />
                      <TimeInput
                        at={`${prefix}.break.${i}.to`}
                        problemOf={`${prefix}.break.${i}`}
                        label={t('hoursEditor.breakTo')}
                        value={b.to}
                        problems={problems}
                        onChange={(to) => set({ to })}
                      />
                    </span>
                    <button type="button" className="secondary" onClick={() => onChange({ ...plan, breaks: plan.breaks.filter((_, j) => j !== i) })}>
                      {t('hoursEditor.removeBreak', { n: i + 1 })}
                    </button>
                    {problem && (
                      <span id={`${id}-problem`} className="error hours-problem">
                        {t(`hoursEditor.problem.${problem.code}`)}
                      </span>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
          <button
            type="button"
            className="secondary"
            onClick={() => {
              const last = plan.breaks.at(-1);
              onChange({ ...plan, breaks: [...plan.breaks, last ? { from: '', to: '' } : { from: '12.00', to: '12.30' }] });
            }}
          >
            {t('hoursEditor.addBreak')}
          </button>
        </>
      )}
    </div>
  );
}

/**
 * Admin: reception hours as a weekly grid with breaks, and dated exceptions (closed, or other
 * hours, with a note). Problems come from `draftProblems` and are shown by the inputs they
 * concern once the admin has tried to save (`problems` empty before).
 */
export function ReceptionEditor({
  draft,
  problems,
  unparsed,
  onChange,
  onDropUnparsed,
}: {
  draft: HoursDraft;
  problems: readonly GridProblem[];
  /** Old free-text hours that could not be read: shown until the admin has entered them. */
  unparsed?: string;
  onChange: (d: HoursDraft) => void;
  onDropUnparsed: () => void;
}) {
  const { t, i18n } = useTranslation('directory');
  const language = i18n.language as Language;
  return (
    <fieldset className="hours-editor" aria-describedby="hours-editor-help">
      <legend>{t('fields.hours')}</legend>
      <p id="hours-editor-help" className="hint">
        {t('hoursEditor.help')}
      </p>
      {unparsed && (
        <div className="notice hours-unparsed" role="note" aria-labelledby="hours-unparsed-title">
          <p id="hours-unparsed-title">{t('hoursEditor.unparsedTitle')}</p>
          <blockquote lang="lv">{unparsed}</blockquote>
          <button type="button" className="secondary" onClick={onDropUnparsed}>
            {t('hoursEditor.unparsedDone')}
          </button>
        </div>
      )}
      <div className="hours-week">
        {WEEKDAYS.map((day) => (
          <fieldset key={day} className={`hours-day${draft.days[day].open ? ' is-open' : ''}`}>
            <legend>{weekdayName(day, language)}</legend>
            <DayEditor
              prefix={day}
              plan={draft.days[day]}
              problems={problems}
              openLabel={t('hoursEditor.open')}
              onChange={(plan) => onChange({ ...draft, days: { ...draft.days, [day]: plan } })}
            />
          </fieldset>
        ))}
      </div>
      <fieldset className="hours-exceptions">
        <legend>{t('hoursEditor.exceptions')}</legend>
        {draft.exceptions.length === 0 && <p className="hint">{t('hoursEditor.noExceptions')}</p>}
        {draft.exceptions.map((e, i) => {
          const set = (patch: Partial<typeof e>) => onChange({ ...draft, exceptions: draft.exceptions.map((x, j) => (j === i ? { ...x, ...patch } : x)) });
          const dateProblem = problemAt(problems, `exception.${i}.date`);
          const dateId = idOf(`exception.${i}.date`);
          return (
            <fieldset key={i} className="hours-exception">
              <legend>{t('hoursEditor.exceptionN', { n: i + 1 })}</legend>
              <span className="hours-time">
                <label htmlFor={dateId}>{t('hoursEditor.date')}</label>
                <input
                  id={dateId}
                  type="date"
                  value={e.date}
                  aria-invalid={dateProblem ? true : undefined}
                  aria-describedby={dateProblem ? `${dateId}-problem` : undefined}
                  onChange={(ev) => set({ date: ev.target.value })}
                />
                {dateProblem && (
                  <span id={`${dateId}-problem`} className="error hours-problem">
                    {t(`hoursEditor.problem.${dateProblem.code}`)}
                  </span>
                )}
              </span>
              <DayEditor
                prefix={`exception.${i}`}
                plan={e.plan}
                problems={problems}
                openLabel={t('hoursEditor.exceptionOpen')}
                onChange={(plan) => set({ plan })}
              />
              <span className="hours-time hours-note">
                <label htmlFor={idOf(`exception.${i}.note`)}>{t('hoursEditor.note')}</label>
                <input id={idOf(`exception.${i}.note`)} value={e.note} maxLength={200} onChange={(ev) => set({ note: ev.target.value })} />
              </span>
              <button type="button" className="secondary" onClick={() => onChange({ ...draft, exceptions: draft.exceptions.filter((_, j) => j !== i) })}>
                {t('hoursEditor.removeException', { n: i + 1 })}
              </button>
            </fieldset>
          );
        })}
        <button
          type="button"
          className="secondary"
          onClick={() => onChange({ ...draft, exceptions: [...draft.exceptions, { date: '', plan: { open: false, from: '', to: '', breaks: [] }, note: '' }] })}
        >
          {t('hoursEditor.addException')}
        </button>
      </fieldset>
    </fieldset>
  );
}
