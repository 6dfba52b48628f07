import { join } from 'node:path';
import type { CatalogueState, ExportFile, FormFile, ImportFormat, ImportOutcome } from '../../../../shared/catalog/contract';
import { catalogueFromCpsv, catalogueToCpsv } from '../../../../shared/catalog/cpsv';
import { catalogueFromCsv, catalogueToCsv } from '../../../../shared/catalog/csv';
import { emptyCatalogue } from '../../../../shared/catalog/review';
import { catalogueSchema, type Catalogue, type ReviewProcedure, type Service } from '../../../../shared/catalog/schema';
import { ContractError } from '../../../../shared/contract/result';
import type { DisplayState } from '../../../../shared/display/state';
import type { DisplayService } from '../display/displayService';
import type { IdentityService } from '../identity/identityService';
import { createPublishedDocument } from '../published/publishedDocument';
import type { KeyPair } from '../trust/keys';
import type { TrustRoot } from '../trust/trustRoot';
import { readForm } from './forms';
import { resolveSpecialists, type SpecialistDirectory } from './specialists';

export const CATALOG_SHARE_PATH = 'catalog/services.json';

export interface CatalogDeps {
  shareFolder: string | null;
  dataFolder: string;
  identity: Pick<IdentityService, 'current' | 'require'>;
  display: Pick<DisplayService, 'show'>;
  directory: () => SpecialistDirectory | null;
  now?: () => Date;
  /** The pinned admin key: the catalogue counts only when it signed it. */
  trust?: TrustRoot | null;
  /** The admin key itself, where IT publishes (preview's demo key): signs what is published. */
  signer?: KeyPair;
}

export type CatalogService = ReturnType<typeof createCatalogService>;

/**
 * The published service catalogue (§7): every desk reads it from the share or its last good
 * copy; admins edit, import and publish it. Every publication raises the version by one.
 */
export function createCatalogService(deps: CatalogDeps) {
  const now = deps.now ?? (() => new Date());
  const doc = createPublishedDocument({
    shareFolder: deps.shareFolder,
    sharePath: CATALOG_SHARE_PATH,
    cacheFile: join(deps.dataFolder, 'cache', 'catalog-services.json'),
    schema: catalogueSchema,
    empty: emptyCatalogue(),
    now,
    trust: deps.trust,
  });

  const stateOf = async (): Promise<CatalogueState> => {
    const loaded = await doc.load();
    const ids = new Set(loaded.data.services.flatMap((s) => s.specialists));
    return {
      catalogue: loaded.data,
      publishedAt: loaded.publishedAt,
      source: loaded.source,
      problem: loaded.problem,
      specialists: resolveSpecialists(ids, deps.directory(), now()),
      canEdit: deps.identity.current().roles.includes('admin'),
    };
  };

  /** Admin changes start from the share's copy, so a desk offline never publishes over newer work. */
  const publish = async (change: (current: Catalogue) => Catalogue): Promise<CatalogueState> => {
    const admin = deps.identity.require('admin');
    const current = await doc.load();
    if (current.problem === 'share_unavailable' || !doc.shareFile) {
      throw new ContractError('share_unavailable', 'The catalogue can be published only while the share is reachable');
    }
    const next = change(current.data);
    try {
      await doc.publish({ ...next, version: current.data.version + 1 }, admin.displayName ?? admin.account, deps.signer);
    } catch (error) {
      throw new ContractError('io_failed', `Publishing the catalogue failed: ${(error as Error).message}`);
    }
    return stateOf();
  };

  const find = (catalogue: Catalogue, id: string): Service => {
    const service = catalogue.services.find((s) => s.id === id);
    if (!service) throw new ContractError('not_found', `No service ${id}`);
    return service;
  };

  return {
    get: stateOf,

    async show(id: string): Promise<DisplayState> {
      const state = await stateOf();
      const service = find(state.catalogue, id);
      const specialists = service.specialists.map((p) => {
        const info = state.specialists[p];
        return {
          id: p,
          name: info?.name ?? null,
          position: info?.position ?? null,
          ...(info?.positionTranslations ? { positionTranslations: info.positionTranslations } : {}),
        };
      });
      return deps.display.show({ kind: 'service', service, review: state.catalogue.reviewProcedure, specialists });
    },

    /** `replaces` names the service being edited; without it the service is new and its id must be free. */
    saveService(service: Service, replaces?: string): Promise<CatalogueState> {
      return publish((c) => {
        if (replaces !== undefined) find(c, replaces);
        if (service.id !== replaces && c.services.some((s) => s.id === service.id)) {
          throw new ContractError('invalid_request', `Service id ${service.id} is taken`, { field: 'id' });
        }
        const at = c.services.findIndex((s) => s.id === replaces);
        const services = at >= 0 ? c.services.with(at, service) : [...c.services, service];
        return { ...c, services };
      });
    },

    saveReview(reviewProcedure: ReviewProcedure): Promise<CatalogueState> {
      return publish((c) => ({ ...c, reviewProcedure }));
    },

    removeService(id: string): Promise<CatalogueState> {
      return publish((c) => {
        find(c, id);
        return { ...c, services: c.services.filter((s) => s.id !== id) };
      });
    },

    async import(format: ImportFormat, text: string, apply: boolean): Promise<ImportOutcome> {
      deps.identity.require('admin');
      const result = format === 'csv' ? catalogueFromCsv(text) : catalogueFromCpsv(text);
      if (!result.ok) return result;
      if (!apply) return { ok: true, count: result.services.length, applied: false, state: null };
      // An imported catalogue is real data: it is no longer the preview's sample.
      const state = await publish((c) => ({ version: c.version, reviewProcedure: c.reviewProcedure, services: result.services }));
      return { ok: true, count: result.services.length, applied: true, state };
    },

    async form(id: string, index: number): Promise<FormFile> {
      const file = find((await doc.load()).data, id).forms[index]?.file;
      if (!file) throw new ContractError('not_found', `Service ${id} has no form file ${index}`);
      return readForm(deps.shareFolder, file);
    },

    async export(format: ImportFormat): Promise<ExportFile> {
      const { catalogue } = await stateOf();
      const stem = `laipni-pakalpojumi-v${catalogue.version}`;
      return format === 'csv'
        ? { fileName: `${stem}.csv`, mime: 'text/csv', text: catalogueToCsv(catalogue.services) }
        : { fileName: `${stem}.json`, mime: 'application/ld+json', text: `${JSON.stringify(catalogueToCpsv(catalogue), null, 1)}\n` };
    },
  };
}
