import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DisplayView } from '../../../../shared/display/state';
import { FACES, type Face, type SurveyReason } from '../../../../shared/survey/answers';
import { FaceIcon } from './FaceIcon';

type Survey = Extract<DisplayView, { kind: 'survey' }>;

/** Presses this soon after the last one taken are ignored: a double press picks nothing twice. */
export const GUARD_MS = 2_000;
/** A client who picked a face but no reason is not kept waiting: the face alone is sent. */
export const REASON_WAIT_MS = 20_000;

/** Keys 1–9 on the main row or the numeric keypad (with or without Num Lock). */
function digitOf(event: KeyboardEvent): number | null {
  const m = /^(?:Digit|Numpad)(\d)$/.exec(event.code) ?? /^(\d)$/.exec(event.key);
  return m ? Number(m[1]) : null;
}

/**
 * §8.1: "How were you served?" on the client's screen. Four large faces (touch, mouse or keys
 * 1–4 of a keypad facing the client), then an optional one-tap reason from the institution's
 * list (0 skips). The answer goes to main once, on the display's own channel; the face stays
 * in this window until it is sent and is never part of any shared state.
 */
export function SurveyView({ view, onAnswer }: { view: Survey; onAnswer: (face: Face, reason: SurveyReason | null) => void }) {
  const { t } = useTranslation('display');
  const [face, setFace] = useState<Face | null>(null);
  const [sent, setSent] = useState(false);
  const step = `${face ?? 'faces'}:${sent}`;
  const [readyStep, setReadyStep] = useState<string | null>(null);
  const ready = readyStep === step;
  const lastPress = useRef(0);

  // A fresh guard on every step: the press that led here cannot also answer the next question.
  useEffect(() => {
    lastPress.current = Date.now();
    const timer = setTimeout(() => setReadyStep(step), GUARD_MS);
    return () => clearTimeout(timer);
  }, [step]);

  const send = useCallback(
    (f: Face, reason: SurveyReason | null) => {
      if (sent) return;
      setSent(true);
      onAnswer(f, reason);
    },
    [onAnswer, sent],
  );

  const take = useCallback((): boolean => {
    if (sent || Date.now() - lastPress.current < GUARD_MS) return false;
    lastPress.current = Date.now();
    return true;
  }, [sent]);

  const pickFace = useCallback(
    (f: Face) => {
      if (face || !take()) return;
      if (view.reasons.length === 0) send(f, null);
      else setFace(f);
    },
    [face, take, send, view.reasons.length],
  );

  const pickReason = useCallback(
    (reason: SurveyReason | null) => {
      if (!face || !take()) return;
      send(face, reason);
    },
    [face, take, send],
  );

  useEffect(() => {
    if (!face || sent) return;
    const timer = setTimeout(() => send(face, null), REASON_WAIT_MS);
    return () => clearTimeout(timer);
  }, [face, sent, send]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const digit = digitOf(event);
      if (digit === null) return;
      event.preventDefault();
      if (!face) {
        if (digit >= 1 && digit <= FACES.length) pickFace(FACES[digit - 1]!);
      } else if (digit === 0) pickReason(null);
      else if (digit <= view.reasons.length) pickReason(view.reasons[digit - 1]!);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [face, pickFace, pickReason, view.reasons]);

  if (!face) {
    return (
      <section className="display-survey" aria-labelledby="survey-question" data-ready={ready} data-step="faces">
        <h1 id="survey-question">{t('survey.question')}</h1>
        <p className="display-lead">{t('survey.hint')}</p>
        <ul className="survey-faces">
          {FACES.map((f, i) => (
            <li key={f}>
              <button type="button" className={`survey-face survey-face-${f}`} onClick={() => pickFace(f)} aria-keyshortcuts={String(i + 1)}>
                <FaceIcon face={f} />
                <span className="survey-face-label">{t(`survey.faces.${f}`)}</span>
                <span className="survey-key" aria-hidden="true">
                  {i + 1}
                </span>
              </button>
            </li>
          ))}
        </ul>
      </section>
    );
  }
  return (
    <section className="display-survey" aria-labelledby="survey-reason" data-ready={ready} data-step="reason">
      <h1 id="survey-reason">{t('survey.reasonQuestion')}</h1>
      <p className="display-lead">{t('survey.reasonHint')}</p>
      <ul className="survey-reasons">
        {view.reasons.map((r, i) => (
          <li key={r}>
            <button type="button" className="survey-reason" onClick={() => pickReason(r)} aria-keyshortcuts={String(i + 1)} disabled={sent}>
              <span className="survey-key" aria-hidden="true">
                {i + 1}
              </span>
              {t(`survey.reasons.${r}`)}
            </button>
          </li>
        ))}
        <li>
          <button type="button" className="survey-reason survey-skip" onClick={() => pickReason(null)} aria-keyshortcuts="0" disabled={sent}>
            <span className="survey-key" aria-hidden="true">
              0
            </span>
            {t('survey.skip')}
          </button>
        </li>
      </ul>
    </section>
  );
}

/** After the answer: a thank-you, without the face (the desk mirrors this view). */
export function ThanksView() {
  const { t } = useTranslation('display');
  return (
    <section className="display-welcome" aria-labelledby="thanks-title">
      <h1 id="thanks-title">{t('thanks.title')}</h1>
      <p className="display-lead">{t('thanks.lead')}</p>
    </section>
  );
}
