import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientLanguage } from '../../../../shared/config/schema';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { useClientDisplay } from '../display';
import { WrittenRequest } from '../request';
import { CatalogAdmin } from './CatalogAdmin';
import { CatalogStatus } from './CatalogStatus';
import { fromBase64, saveFile } from './download';
import { ServiceEditor } from './ServiceEditor';
import { ServicePage } from './ServicePage';
import { SpecialistReferral } from './SpecialistReferral';
import { localize } from '../../../../shared/catalog/schema';
import { ServiceSearch } from './ServiceSearch';
import { useCatalog } from './useCatalog';

type View =
  | { kind: 'search' }
  | { kind: 'service'; id: string }
  | { kind: 'request'; id: string }
  | { kind: 'edit'; id: string | null }
  | { kind: 'refer'; id: string; personId: string };

/** The service catalogue (§7): find a service, explain it, show it, print it, help apply. */
export function CatalogScreen({ institutionName }: { institutionName: string | null }) {
  const { t, i18n } = useTranslation('catalog');
  const catalog = useCatalog();
  const display = useClientDisplay();
  const [view, setView] = useState<View>({ kind: 'search' });
  const [query, setQuery] = useState('');
  const [admin, setAdmin] = useState(false);
  if (catalog.error && !catalog.data) return <ErrorMessage error={catalog.error} />;
  if (!catalog.data) return <Loading />;
  const state = catalog.data;
  const services = state.catalogue.services;
  const staffLanguage = (i18n.language === 'en' ? 'en' : 'lv') as ClientLanguage;
  const clientLanguage = display.data?.language ?? 'lv';
  const find = (id: string) => services.find((s) => s.id === id);

  if (view.kind === 'refer') {
    const service = find(view.id);
    return (
      <SpecialistReferral
        personId={view.personId}
        serviceName={service ? localize(service.name, staffLanguage) : view.id}
        onBack={() => setView({ kind: 'service', id: view.id })}
      />
    );
  }
  if (view.kind === 'service' || view.kind === 'request') {
    const service = find(view.id);
    if (service && view.kind === 'request') {
      return (
        <WrittenRequest
          service={service}
          review={state.catalogue.reviewProcedure}
          institutionName={institutionName}
          onBack={() => setView({ kind: 'service', id: service.id })}
        />
      );
    }
    if (service) {
      return (
        <ServicePage
          state={state}
          service={service}
          clientLanguage={clientLanguage}
          onShow={async () => {
            await catalog.show(service.id);
          }}
          onBack={() => setView({ kind: 'search' })}
          onWriteRequest={() => setView({ kind: 'request', id: service.id })}
          onRefer={(personId) => setView({ kind: 'refer', id: service.id, personId })}
          onEdit={state.canEdit ? () => setView({ kind: 'edit', id: service.id }) : null}
          onForm={async (index) => {
            const file = await catalog.form(service.id, index);
            saveFile(file.fileName, fromBase64(file.base64), file.mime);
          }}
        />
      );
    }
  }
  if (view.kind === 'edit') {
    const service = view.id ? find(view.id) : undefined;
    return <ServiceEditor catalog={catalog} service={service} onDone={(id) => setView(id ? { kind: 'service', id } : { kind: 'search' })} />;
  }

  return (
    <section className="screen" aria-labelledby="catalog-title">
      <div className="screen-head">
        <h2 id="catalog-title">{t('title')}</h2>
        {state.canEdit && (
          <button type="button" className="secondary" aria-expanded={admin} onClick={() => setAdmin(!admin)}>
            {admin ? t('admin.close') : t('admin.open')}
          </button>
        )}
      </div>
      <CatalogStatus state={state} />
      {admin && state.canEdit && <CatalogAdmin catalog={catalog} onNew={() => setView({ kind: 'edit', id: null })} />}
      <ServiceSearch
        services={services}
        search={catalog.search}
        language={staffLanguage}
        query={query}
        onQuery={setQuery}
        onOpen={(id) => setView({ kind: 'service', id })}
      />
    </section>
  );
}
