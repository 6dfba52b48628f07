import { z } from 'zod';
import { endpoint } from '../contract/endpoint';
import type { DisplayState } from '../display/state';
import type { ImportProblem } from './importProblems';
import { reviewProcedureSchema, SERVICE_ID, serviceSchema, type Catalogue } from './schema';

/** A responsible specialist as the staff directory describes them; only the id without one. */
export interface SpecialistInfo {
  id: string;
  name: string | null;
  /** In Latvian, in the person's gender. */
  position: string | null;
  /** The position in the client languages, where the directory has it. */
  positionTranslations?: { ltg?: string | undefined; en?: string | undefined } | undefined;
  phone: string | null;
  room: string | null;
  /** Receiving clients right now; null when the directory cannot tell. */
  openNow: boolean | null;
}

export interface CatalogueState {
  catalogue: Catalogue;
  publishedAt: string | null;
  /** Where this desk read it: the share, its own last good copy, or nowhere yet. */
  source: 'share' | 'cache' | 'none';
  problem: 'share_unavailable' | 'missing' | 'invalid' | 'unsigned' | 'bad_signature' | 'older' | null;
  specialists: Record<string, SpecialistInfo>;
  canEdit: boolean;
}

export const IMPORT_FORMATS = ['csv', 'json'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export type ImportOutcome = { ok: true; count: number; applied: boolean; state: CatalogueState | null } | { ok: false; problems: ImportProblem[] };

export interface ExportFile {
  fileName: string;
  mime: string;
  text: string;
}

/** A printable form from the share, as bytes: forms are PDFs or office documents. */
export interface FormFile {
  fileName: string;
  mime: string;
  base64: string;
}

const serviceId = z.string().regex(SERVICE_ID);

export const catalogContract = {
  'catalog:get': endpoint<CatalogueState>()(z.undefined()),
  /** Puts a service on the client display; main reads it from the catalogue itself. */
  'catalog:show': endpoint<DisplayState>()(z.object({ id: serviceId }).strict()),
  /** Admin: add or replace one service (`replaces` when its id changes) and publish. */
  'catalog:save-service': endpoint<CatalogueState>()(z.object({ service: serviceSchema, replaces: serviceId.optional() }).strict()),
  /** Admin: the general review procedure shown with every service (deadlines in working days). */
  'catalog:save-review': endpoint<CatalogueState>()(z.object({ review: reviewProcedureSchema }).strict()),
  'catalog:remove-service': endpoint<CatalogueState>()(z.object({ id: serviceId }).strict()),
  /** Admin: check a file (`apply: false`) or replace the catalogue with it and publish. */
  'catalog:import': endpoint<ImportOutcome>()(z.object({ format: z.enum(IMPORT_FORMATS), text: z.string().max(15_000_000), apply: z.boolean() }).strict()),
  'catalog:export': endpoint<ExportFile>()(z.object({ format: z.enum(IMPORT_FORMATS) }).strict()),
  /** A service's form to print, read from the share's `catalog/forms/` folder. */
  'catalog:form': endpoint<FormFile>()(z.object({ id: serviceId, index: z.number().int().min(0).max(19) }).strict()),
};
