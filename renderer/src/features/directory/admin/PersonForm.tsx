import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { GENDERS, personSchema, type Gender, type Person } from '../../../../../shared/directory/person';
import { latvianPosition } from '../../../../../shared/directory/position';
import { formatAbsences, parseAbsences, parseList } from '../../../../../shared/directory/textFields';
import { draftFromReception, draftProblems, receptionFromDraft, type GridProblem } from '../../../../../shared/directory/weekGrid';
import { ROLES } from '../../../../../shared/identity/identity';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { ReceptionEditor } from './ReceptionEditor';

const TEXT_FIELDS = [
  'id',
  'name',
  'surname',
  'position',
  'positionLtg',
  'positionEn',
  'institutionCode',
  'institution',
  'department',
  'room',
  'address',
  'phone',
  'email',
  'absences',
  'languages',
  'accounts',
  'keywords',
] as const;
type Field = (typeof TEXT_FIELDS)[number];
const REQUIRED = new Set<Field>(['id', 'name', 'surname', 'position', 'institutionCode', 'institution']);
const MAX_PHOTO_BYTES = 280_000;
const HELP = new Set<Field>(['positionLtg', 'positionEn', 'absences', 'languages', 'accounts', 'keywords']);

function toForm(p: Person | null): Record<Field, string> {
  return {
    id: p?.id ?? '',
    name: p?.name ?? '',
    surname: p?.surname ?? '',
    position: p?.position ?? '',
    positionLtg: p?.positionTranslations?.ltg ?? '',
    positionEn: p?.positionTranslations?.en ?? '',
    institutionCode: p?.institutionCode ?? '',
    institution: p?.institution ?? '',
    department: p?.department ?? '',
    room: p?.room ?? '',
    address: p?.address ?? '',
    phone: p?.phone ?? '',
    email: p?.email ?? '',
    absences: formatAbsences(p?.reception.absences ?? []),
    languages: (p?.languages ?? []).join('; '),
    accounts: (p?.accounts ?? []).join('; '),
    keywords: (p?.keywords ?? []).join('; '),
  };
}

/** Admin: add or edit one person; checked here field by field, and again in main before publishing. */
export function PersonForm({
  person,
  takenIds,
  onSave,
  onCancel,
}: {
  person: Person | null;
  /** Ids already in the directory, which a new person may not take. */
  takenIds: readonly string[];
  onSave: (p: Person) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation('directory');
  const [values, setValues] = useState(() => toForm(person));
  const [gender, setGender] = useState<Gender | ''>(person?.gender ?? '');
  const [roles, setRoles] = useState<string[]>(person?.roles ?? ['desk_staff']);
  const [photo, setPhoto] = useState<string | undefined>(person?.photo);
  const [photoTooBig, setPhotoTooBig] = useState(false);
  const [hours, setHours] = useState(() => draftFromReception(person?.reception ?? { weekly: [], absences: [] }));
  const [unparsed, setUnparsed] = useState(person?.reception.unparsed);
  const [hourProblems, setHourProblems] = useState<GridProblem[]>([]);

  const choosePhoto = (file: File | undefined) => {
    setPhotoTooBig(false);
    if (!file) return;
    if (file.size > MAX_PHOTO_BYTES) return setPhotoTooBig(true);
    const reader = new FileReader();
    reader.onload = () => setPhoto(String(reader.result));
    reader.readAsDataURL(file);
  };
  const [invalid, setInvalid] = useState<Set<string>>(new Set());
  const [idTaken, setIdTaken] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const title = useRef<HTMLHeadingElement>(null);
  // The form opens below the list: take keyboard and screen-reader users to it.
  useEffect(() => title.current?.focus(), []);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    const gridProblems = draftProblems(hours);
    const absences = parseAbsences(values.absences);
    const translations = Object.fromEntries(
      [
        ['ltg', values.positionLtg.trim()],
        ['en', values.positionEn.trim()],
      ].filter(([, v]) => v),
    );
    const candidate = {
      ...(photo ? { photo } : {}),
      id: values.id.trim(),
      name: values.name,
      surname: values.surname,
      position: values.position,
      ...(gender ? { gender } : {}),
      ...(Object.keys(translations).length ? { positionTranslations: translations } : {}),
      institutionCode: values.institutionCode.trim().toUpperCase(),
      institution: values.institution,
      department: values.department,
      room: values.room,
      address: values.address,
      phone: values.phone,
      email: values.email.trim(),
      reception: { ...receptionFromDraft(hours), absences: absences ?? [], ...(unparsed ? { unparsed } : {}) },
      languages: parseList(values.languages).map((l) => l.toLowerCase()),
      accounts: parseList(values.accounts),
      roles,
      keywords: parseList(values.keywords),
    };
    const result = personSchema.safeParse(candidate);
    const bad = new Set(result.success ? [] : result.error.issues.map((i) => String(i.path[0])));
    setHourProblems(gridProblems);
    if (gridProblems.length) bad.add('hours');
    if (!absences) bad.add('absences');
    if (bad.has('reception')) bad.add('hours');
    if (bad.has('positionTranslations'))
      for (const issue of result.error?.issues ?? [])
        if (issue.path[0] === 'positionTranslations') bad.add(issue.path[1] === 'ltg' ? 'positionLtg' : 'positionEn');
    const idTaken = !person && takenIds.includes(candidate.id);
    if (idTaken) bad.add('id');
    setIdTaken(idTaken);
    setInvalid(bad);
    if (bad.size || !result.success) return;
    try {
      await onSave(result.data);
    } catch (err) {
      setError(err);
    }
  };

  return (
    <form className="person-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="person-form-title">
      <h3 id="person-form-title" ref={title} tabIndex={-1}>
        {person ? t('admin.editTitle', { name: `${person.name} ${person.surname}` }) : t('admin.addTitle')}
      </h3>
      {invalid.size > 0 && (
        <p role="alert" className="error">
          {t('admin.formInvalid')}
          {idTaken ? ` ${t('admin.idTaken', { id: values.id.trim() })}` : ''}
        </p>
      )}
      <div className="form-grid">
        {TEXT_FIELDS.map((f) => (
          <div className="field" key={f}>
            <label htmlFor={`person-${f}`}>
              {t(`fields.${f}`)}
              {REQUIRED.has(f) ? ' *' : ''}
            </label>
            <input
              id={`person-${f}`}
              value={values[f]}
              readOnly={f === 'id' && Boolean(person)}
              aria-invalid={invalid.has(f) || undefined}
              aria-describedby={HELP.has(f) ? `person-${f}-help` : undefined}
              onChange={(e) => setValues((v) => ({ ...v, [f]: e.target.value }))}
            />
            {HELP.has(f) && (
              <span id={`person-${f}-help`} className="hint">
                {t(`help.${f}`)}
              </span>
            )}
          </div>
        ))}
        <div className="field">
          <label htmlFor="person-gender">{t('fields.gender')}</label>
          <select id="person-gender" value={gender} aria-describedby="person-gender-help" onChange={(e) => setGender(e.target.value as Gender | '')}>
            <option value="">{t('gender.unset')}</option>
            {GENDERS.map((g) => (
              <option key={g} value={g}>
                {t(`gender.${g}`)}
              </option>
            ))}
          </select>
          <span id="person-gender-help" className="hint" data-testid="position-shown">
            {values.position.trim()
              ? t('help.positionShown', { position: latvianPosition({ position: values.position.trim(), ...(gender ? { gender } : {}) }) })
              : t('help.gender')}
          </span>
        </div>
      </div>
      <ReceptionEditor draft={hours} problems={hourProblems} unparsed={unparsed} onChange={setHours} onDropUnparsed={() => setUnparsed(undefined)} />
      <div className="field photo-field">
        <label htmlFor="person-photo">{t('fields.photo')}</label>
        {photo && <img className="photo-preview" src={photo} alt={t('admin.photoAlt')} />}
        <input
          id="person-photo"
          type="file"
          accept="image/png,image/jpeg,image/webp"
          aria-describedby="person-photo-help"
          onChange={(e) => choosePhoto(e.target.files?.[0])}
        />
        <span id="person-photo-help" className={photoTooBig ? 'error' : 'hint'}>
          {photoTooBig ? t('admin.photoTooBig') : t('help.photo')}
        </span>
        {photo && (
          <button type="button" className="secondary" onClick={() => setPhoto(undefined)}>
            {t('admin.removePhoto')}
          </button>
        )}
      </div>
      <fieldset className="roles">
        <legend>{t('fields.roles')}</legend>
        {ROLES.map((r) => (
          <label key={r} className="check">
            <input
              type="checkbox"
              checked={roles.includes(r)}
              onChange={(e) => setRoles((rs) => (e.target.checked ? [...rs, r] : rs.filter((x) => x !== r)))}
            />
            {t(`roles.${r}`)}
          </label>
        ))}
      </fieldset>
      <div className="actions">
        <button type="submit">{t('admin.save')}</button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t('admin.cancel')}
        </button>
      </div>
      {error ? <ErrorMessage error={error} /> : null}
    </form>
  );
}
