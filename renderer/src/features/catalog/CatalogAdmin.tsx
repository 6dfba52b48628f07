import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportFormat } from '../../../../shared/catalog/contract';
import { decodeText } from '../../../../shared/catalog/encoding';
import type { ImportProblem } from '../../../../shared/catalog/importProblems';
import { ErrorMessage } from '../../components/ErrorMessage';
import { saveFile } from './download';
import { ImportProblems } from './ImportProblems';
import { ReviewEditor } from './ReviewEditor';
import type { CatalogApi } from './useCatalog';

type Step =
  | { kind: 'idle' }
  | { kind: 'busy'; what: 'checking' | 'publishing' }
  | { kind: 'checked'; format: ImportFormat; text: string; count: number }
  | { kind: 'rejected'; problems: ImportProblem[] }
  | { kind: 'published'; version: number }
  | { kind: 'review' }
  | { kind: 'reviewSaved'; version: number };

/** Admin: import (checked first, then confirmed) and export of the whole catalogue. */
export function CatalogAdmin({ catalog, onNew }: { catalog: CatalogApi; onNew: () => void }) {
  const { t } = useTranslation('catalog');
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [error, setError] = useState<unknown>(null);

  const run = async (action: () => Promise<void>) => {
    setError(null);
    try {
      await action();
    } catch (e) {
      setStep({ kind: 'idle' });
      setError(e);
    }
  };

  const check = (file: File) =>
    run(async () => {
      setStep({ kind: 'busy', what: 'checking' });
      const text = decodeText(new Uint8Array(await file.arrayBuffer()));
      const format: ImportFormat = /\.json$/i.test(file.name) || text.trimStart().startsWith('{') ? 'json' : 'csv';
      const outcome = await catalog.importFile(format, text, false);
      setStep(outcome.ok ? { kind: 'checked', format, text, count: outcome.count } : { kind: 'rejected', problems: outcome.problems });
    });

  const apply = (format: ImportFormat, text: string) =>
    run(async () => {
      setStep({ kind: 'busy', what: 'publishing' });
      const outcome = await catalog.importFile(format, text, true);
      if (!outcome.ok) setStep({ kind: 'rejected', problems: outcome.problems });
      else setStep({ kind: 'published', version: outcome.state?.catalogue.version ?? 0 });
    });

  const download = (format: ImportFormat) =>
    run(async () => {
      const file = await catalog.exportFile(format);
      saveFile(file.fileName, file.text, file.mime);
    });

  return (
    <section className="catalog-admin" aria-labelledby="catalog-admin-title">
      <h3 id="catalog-admin-title">{t('admin.title')}</h3>
      <div className="toolbar">
        <button type="button" className="secondary" onClick={() => void download('csv')}>
          {t('admin.exportCsv')}
        </button>
        <button type="button" className="secondary" onClick={() => void download('json')}>
          {t('admin.exportJson')}
        </button>
        <button type="button" className="secondary" onClick={onNew}>
          {t('admin.newService')}
        </button>
        <button type="button" className="secondary" aria-expanded={step.kind === 'review'} onClick={() => setStep({ kind: 'review' })}>
          {t('review.open')}
        </button>
      </div>
      <div className="field">
        <label htmlFor="catalog-import-file">{t('admin.import')}</label>
        <input
          id="catalog-import-file"
          type="file"
          accept=".csv,.json,text/csv,application/json"
          aria-describedby="catalog-import-hint"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void check(file);
          }}
        />
        <p id="catalog-import-hint" className="hint">
          {t('admin.importHint')}
        </p>
      </div>
      {step.kind === 'checked' && (
        <div role="alert" className="notice notice-warning">
          <p>{t('admin.checked', { count: step.count })}</p>
          <div className="toolbar">
            <button type="button" onClick={() => void apply(step.format, step.text)}>
              {t('admin.replace')}
            </button>
            <button type="button" className="secondary" onClick={() => setStep({ kind: 'idle' })}>
              {t('admin.cancel')}
            </button>
          </div>
        </div>
      )}
      {step.kind === 'review' && catalog.data && (
        <ReviewEditor
          catalog={catalog}
          review={catalog.data.catalogue.reviewProcedure}
          onDone={(version) => setStep(version === null ? { kind: 'idle' } : { kind: 'reviewSaved', version })}
        />
      )}
      {step.kind === 'reviewSaved' && (
        <p role="status" className="ok">
          {t('review.saved', { version: step.version })}
        </p>
      )}
      {step.kind === 'busy' && (
        <p role="status" className="loading">
          {t(`admin.${step.what}`)}
        </p>
      )}
      {step.kind === 'rejected' && <ImportProblems problems={step.problems} />}
      {step.kind === 'published' && (
        <p role="status" className="ok">
          {t('admin.published', { version: step.version })}
        </p>
      )}
      {error !== null && <ErrorMessage error={error} />}
    </section>
  );
}
