import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ContractError } from '../../../../shared/contract/result';
import { ATTACHMENT_MIME, MAX_ATTACHMENT_BYTES } from '../../../../shared/review/attachments';
import { useDeskApi } from '../../api/ApiContext';
import { useQuery } from '../../api/useQuery';
import { formatNumber } from '../../../../shared/i18n/dates';
import { ActionError } from './ActionError';
import { saveFile } from './download';

const ACCEPT = Object.values(ATTACHMENT_MIME).join(',');

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

const sizeText = (size: number, language: string) =>
  size >= 1024 * 1024 ? `${formatNumber(size / (1024 * 1024), language)} MB` : `${formatNumber(Math.max(1, Math.round(size / 1024)), language, 0)} kB`;

/**
 * A scanned letter or a photo kept with the entry. Main types each file by its content and
 * refuses anything but PDF, JPEG and PNG up to 10 MB; a file is only ever saved where the
 * person chooses (a download), never opened by the app or run. Shown only to those who may
 * read the entry in full, as main checks on every call.
 */
export function AttachmentsSection({ id }: { id: string }) {
  const { t, i18n } = useTranslation('review');
  const api = useDeskApi();
  const { data: rows, error: loadError, set } = useQuery(useCallback(() => api.call('review:attachments', { id }), [api, id]));
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [added, setAdded] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const add = async (file: File | undefined) => {
    setError(null);
    setAdded(false);
    if (!file) return;
    // Said before sending ten megabytes across; main checks again whatever the window says.
    if (file.size > MAX_ATTACHMENT_BYTES) return setError(new ContractError('invalid_request', 'too large', { field: 'attachment_too_large' }));
    if (file.size === 0) return setError(new ContractError('invalid_request', 'empty', { field: 'attachment_empty' }));
    setBusy(true);
    try {
      set(await api.call('review:attach', { id, base64: toBase64(new Uint8Array(await file.arrayBuffer())) }));
      setAdded(true);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  };

  const save = async (file: string) => {
    setError(null);
    try {
      saveFile(await api.call('review:attachment', { id, file }));
    } catch (e) {
      setError(e);
    }
  };

  if (loadError instanceof ContractError && loadError.code === 'forbidden_role') return null;
  return (
    <section className="entry-attachments" aria-labelledby="attachments-title">
      <h3 id="attachments-title">{t('attachments.title')}</h3>
      {rows && rows.length === 0 && <p>{t('attachments.none')}</p>}
      {rows && rows.length > 0 && (
        <ul className="attachment-list" aria-labelledby="attachments-title">
          {rows.map((a, i) => {
            const label = t('attachments.item', { n: i + 1, type: t(`attachments.type.${a.type}`), size: sizeText(a.size, i18n.language) });
            return (
              <li key={a.file}>
                <span>{label}</span>{' '}
                <button type="button" className="secondary" onClick={() => void save(a.file)} aria-label={t('attachments.saveLabel', { item: label })}>
                  {t('attachments.save')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <div className="field">
        <label htmlFor={`attach-${id}`}>{t('attachments.add')}</label>
        <input
          ref={input}
          id={`attach-${id}`}
          type="file"
          accept={ACCEPT}
          disabled={busy}
          aria-describedby={`attach-${id}-help`}
          onChange={(e) => void add(e.target.files?.[0])}
        />
        <span id={`attach-${id}-help`} className="hint">
          {t('attachments.help')}
        </span>
      </div>
      <p role="status" className="attachment-status">
        {busy ? t('attachments.adding') : added ? t('attachments.added') : ''}
      </p>
      <ActionError error={error ?? loadError} />
    </section>
  );
}
