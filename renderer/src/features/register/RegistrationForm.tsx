import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ClientLanguagePicker } from '../../components/ClientLanguagePicker';
import { CHANNELS, KINDS, SUBJECTS, type Channel, type Kind, type Subject } from '../../../../shared/register/codes';
import type { RegisterEntry, RegisterInput } from '../../../../shared/register/record';
import { fullName } from '../../../../shared/directory/person';
import { ErrorMessage } from '../../components/ErrorMessage';
import type { ClientLanguage } from '../../../../shared/config/schema';
import { useFollowedState } from '../../hooks/useFollowedState';
import { useDesk } from '../desk';
import { useDirectory } from '../directory';
import { useClientDisplay } from '../display';
import { usePrint } from '../print';
import { EntryReceipt } from './EntryReceipt';
import { RoutingPreview } from './RoutingPreview';
import { useAddEntry, useRoutingPreview } from './useRegister';
import { latvianPosition } from '../../../../shared/directory/position';

interface Draft {
  kind: Kind;
  channel: Channel;
  subject: Subject;
  employee: string;
  description: string;
  anonymous: boolean;
  clientName: string;
  clientContact: string;
  consent: boolean;
  purpose: string;
  /** Empty: received today. */
  receivedOn: string;
}

/** Registering a complaint, suggestion, idea, praise or question at the desk (§8.1). */
export function RegistrationForm() {
  const { t } = useTranslation('register');
  const add = useAddEntry();
  const directory = useDirectory();
  const desk = useDesk();
  const print = usePrint();
  // The receipt is in the client's language: the one chosen on the client display, else Latvian.
  const [receiptLanguage, setReceiptLanguage] = useFollowedState<ClientLanguage>(useClientDisplay().data?.language ?? 'lv');
  // The employee concerned is picked from the staff directory when they are in it (§11.1 and
  // a head never seeing complaints about themselves rely on the person id); a name the client
  // gives that matches no one is kept as typed.
  const staff = (directory.data?.people ?? []).map((p) => ({ id: p.id, label: `${fullName(p)} — ${latvianPosition(p)}` }));
  const personFor = (typed: string) => staff.find((s) => s.label === typed.trim()) ?? null;
  const fresh = (): Draft => ({
    kind: 'complaint',
    channel: 'in_person',
    subject: 'service_quality',
    employee: '',
    description: '',
    anonymous: true,
    clientName: '',
    clientContact: '',
    consent: false,
    purpose: t('form.purposeDefault'),
    receivedOn: '',
  });
  const [draft, setDraft] = useState<Draft>(fresh);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<RegisterEntry | null>(null);
  const [error, setError] = useState<unknown>(null);
  // Once a save was tried, the list of missing fields follows the form: a field filled in leaves it.
  const [tried, setTried] = useState(false);
  // Main matches a typed name against the directory too, so the route follows who it is about.
  const employeeOf = (typed: string) =>
    typed.trim() ? { personId: personFor(typed)?.id ?? null, name: personFor(typed)?.label.split(' — ')[0] ?? typed.trim() } : null;
  const preview = useRoutingPreview(draft.kind, draft.subject, employeeOf(draft.employee), draft.receivedOn || undefined).data;
  const receivedProblem = preview?.receivedOnProblem ?? null;
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const lacking = [
    !draft.description.trim() && t('form.description'),
    !draft.anonymous && !draft.clientName.trim() && t('form.clientName'),
    !draft.anonymous && !draft.clientContact.trim() && t('form.clientContact'),
    !draft.anonymous && !draft.consent && t('form.consent'),
    !draft.anonymous && !draft.purpose.trim() && t('form.purpose'),
  ].filter((x): x is string => Boolean(x));
  const missing = tried ? lacking : [];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (lacking.length || receivedProblem) return;
    const input: RegisterInput = {
      kind: draft.kind,
      channel: draft.channel,
      subject: draft.subject,
      description: draft.description,
      employee: employeeOf(draft.employee),
      client: draft.anonymous
        ? { anonymous: true }
        : { anonymous: false, name: draft.clientName, contact: draft.clientContact, consent: true, purpose: draft.purpose },
      ...(draft.receivedOn ? { receivedOn: draft.receivedOn } : {}),
    };
    setSaving(true);
    setError(null);
    try {
      setSaved(await add(input));
      setDraft(fresh());
      setTried(false);
    } catch (e) {
      setError(e);
    } finally {
      setSaving(false);
    }
  };

  const select = <T extends string>(id: keyof Draft, label: string, values: readonly T[], ns: string) => (
    <div className="field">
      <label htmlFor={`reg-${id}`}>{label}</label>
      <select id={`reg-${id}`} value={draft[id] as string} onChange={(e) => set(id, e.target.value as never)}>
        {values.map((v) => (
          <option key={v} value={v}>
            {t(`${ns}.${v}` as string)}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <form className="register-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="register-form-title">
      <h3 id="register-form-title">{t('form.title')}</h3>
      <div className="action-row">
        {/* §8.1: a trust-phone call in one step — its own channel, and no caller identity by default. */}
        <button
          type="button"
          className="secondary"
          aria-pressed={draft.channel === 'trust_phone'}
          onClick={() => {
            setSaved(null);
            setTried(false);
            setDraft({ ...fresh(), channel: 'trust_phone' });
            document.getElementById('reg-description')?.focus();
          }}
        >
          {t('form.trustPhone')}
        </button>
      </div>
      {draft.channel === 'trust_phone' && (
        <p className="notice notice-warning" data-testid="trust-phone-note">
          {t('form.trustPhoneNote')}
        </p>
      )}
      <div className="form-row">
        {select('kind', t('form.kind'), KINDS, 'kind')}
        {select('channel', t('form.channel'), CHANNELS, 'channel')}
        {select('subject', t('form.subject'), SUBJECTS, 'subject')}
      </div>
      <div className="field">
        <label htmlFor="reg-received">{t('form.receivedOn')}</label>
        <input
          id="reg-received"
          type="date"
          value={draft.receivedOn || preview?.registeredOn || ''}
          max={preview?.registeredOn}
          onChange={(e) => set('receivedOn', e.target.value === preview?.registeredOn ? '' : e.target.value)}
          aria-describedby="reg-received-hint"
          aria-invalid={receivedProblem !== null}
        />
        <span id="reg-received-hint" className="hint">
          {t('form.receivedOnHint')}
        </span>
        {receivedProblem && (
          <span role="alert" className="error">
            {t(`form.receivedOnProblem.${receivedProblem}`)}
          </span>
        )}
      </div>
      <div className="field">
        <label htmlFor="reg-employee">{t('form.employee')}</label>
        <input
          id="reg-employee"
          list="reg-employee-staff"
          value={draft.employee}
          onChange={(e) => set('employee', e.target.value)}
          aria-describedby="reg-employee-hint"
        />
        <datalist id="reg-employee-staff">
          {staff.map((s) => (
            <option key={s.id} value={s.label} />
          ))}
        </datalist>
        <span id="reg-employee-hint" className="hint">
          {t('form.employeeHint')}
        </span>
      </div>
      <div className="field field-wide">
        <label htmlFor="reg-description">{t('form.description')}</label>
        <textarea
          id="reg-description"
          rows={4}
          value={draft.description}
          onChange={(e) => set('description', e.target.value)}
          aria-describedby="reg-description-hint"
          required
          maxLength={4000}
        />
        <span id="reg-description-hint" className="hint">
          {t('form.descriptionHint')}
        </span>
      </div>
      <fieldset className="field">
        <legend>{t('form.client')}</legend>
        <label className="choice">
          <input type="radio" name="reg-client" checked={draft.anonymous} onChange={() => set('anonymous', true)} /> {t('form.anonymous')}
        </label>
        <label className="choice">
          <input type="radio" name="reg-client" checked={!draft.anonymous} onChange={() => set('anonymous', false)} />{' '}
          {draft.channel === 'trust_phone' ? t('form.trustPhoneContact') : t('form.withContact')}
        </label>
      </fieldset>
      {!draft.anonymous && (
        <div className="client-contact">
          <div className="field">
            <label htmlFor="reg-client-name">{t('form.clientName')}</label>
            <input id="reg-client-name" value={draft.clientName} onChange={(e) => set('clientName', e.target.value)} autoComplete="off" />
          </div>
          <div className="field">
            <label htmlFor="reg-client-contact">{t('form.clientContact')}</label>
            <input id="reg-client-contact" value={draft.clientContact} onChange={(e) => set('clientContact', e.target.value)} autoComplete="off" />
          </div>
          <div className="field">
            <label htmlFor="reg-purpose">{t('form.purpose')}</label>
            <input id="reg-purpose" value={draft.purpose} onChange={(e) => set('purpose', e.target.value)} />
          </div>
          <label className="choice">
            <input type="checkbox" checked={draft.consent} onChange={(e) => set('consent', e.target.checked)} /> {t('form.consent')}
          </label>
        </div>
      )}
      {/* Where it goes and Save stay in view while the form is filled in, on small screens too. */}
      <div className="register-submit">
        <RoutingPreview data={preview} kind={draft.kind} anonymous={draft.anonymous} />
        {missing.length > 0 && (
          <p role="alert" className="error">
            {t('form.required', { fields: missing.join(', ') })}
          </p>
        )}
        {error !== null && <ErrorMessage error={error} />}
        <button type="submit" className="primary" disabled={saving}>
          {saving ? t('form.saving') : t('form.save')}
        </button>
      </div>
      {saved && (
        <p role="status" className="saved" data-testid="saved-number">
          {t('form.saved', { number: saved.number })}
        </p>
      )}
      {saved && (
        <div className="toolbar" data-testid="receipt-actions">
          <ClientLanguagePicker label={t('receipt.language')} value={receiptLanguage} onChange={setReceiptLanguage} />
          <button
            type="button"
            onClick={() => print(<EntryReceipt entry={saved} language={receiptLanguage} desk={desk.data?.person ?? null} />, { keep: false })}
          >
            {t('receipt.print')}
          </button>
        </div>
      )}
    </form>
  );
}
