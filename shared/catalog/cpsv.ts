import { z } from 'zod';
import { duplicateIds } from './csv';
import { problemsFrom, type ImportResult } from './importProblems';
import { serviceSchema, type Catalogue, type Service } from './schema';

/**
 * The catalogue as CPSV-AP-shaped JSON-LD: PublicService with Evidence (documents), Cost,
 * Channel, CriterionRequirement (who may receive it), Rule (the steps), the competent
 * PublicOrganisation, ContactPoint (specialist ids) and LegalResource. Texts are language
 * maps. `processingTime` counts working days.
 */
const CONTEXT = {
  cpsv: 'http://purl.org/vocab/cpsv#',
  cv: 'http://data.europa.eu/m8g/',
  dct: 'http://purl.org/dc/terms/',
  PublicService: 'cpsv:PublicService',
  name: { '@id': 'dct:title', '@container': '@language' },
  description: { '@id': 'dct:description', '@container': '@language' },
  identifier: 'dct:identifier',
  keyword: 'dcat:keyword',
  modified: 'dct:modified',
};

const STEP_IDS = ['submit', 'processing', 'answer'] as const;

export function catalogueToCpsv(catalogue: Catalogue): unknown {
  return {
    '@context': CONTEXT,
    '@type': 'Catalogue',
    version: catalogue.version,
    ...(catalogue.sample ? { sample: true } : {}),
    reviewProcedure: catalogue.reviewProcedure,
    service: catalogue.services.map(serviceToCpsv),
  };
}

function serviceToCpsv(s: Service) {
  const channels: unknown[] = [];
  const c = s.channels;
  if (c.inPerson) channels.push({ '@type': 'Channel', type: 'in_person', location: c.inPerson.address, openingHours: c.inPerson.hours });
  if (c.eAddress) channels.push({ '@type': 'Channel', type: 'e_address', identifier: c.eAddress });
  if (c.portal) channels.push({ '@type': 'Channel', type: 'portal', url: c.portal });
  if (c.email) channels.push({ '@type': 'Channel', type: 'email', identifier: c.email });
  if (c.phone) channels.push({ '@type': 'Channel', type: 'phone', identifier: c.phone });
  return {
    '@type': 'PublicService',
    identifier: s.id,
    name: s.name,
    description: s.description,
    keyword: s.keywords,
    hasCriterion: [{ '@type': 'CriterionRequirement', name: s.audience }],
    follows: STEP_IDS.map((id) => ({ '@type': 'Rule', identifier: id, description: s.steps[id] })),
    hasInput: s.documents.map((name) => ({ '@type': 'Evidence', name })),
    hasCost: [{ '@type': 'Cost', value: s.cost.amountEur, currency: 'EUR', ...(s.cost.note ? { description: s.cost.note } : {}) }],
    processingTime: `P${s.processingDays}D`,
    hasChannel: channels,
    hasCompetentAuthority: { '@type': 'PublicOrganisation', prefLabel: s.institution, ...(s.department ? { department: s.department } : {}) },
    hasContactPoint: s.specialists.map((identifier) => ({ '@type': 'ContactPoint', identifier })),
    hasLegalResource: s.legalBasis.map((b) => ({ '@type': 'LegalResource', title: b.title, ...(b.url ? { url: b.url } : {}) })),
    form: s.forms.map((f) => ({ '@type': 'Document', title: f.title, ...(f.file ? { file: f.file } : {}) })),
    modified: s.lastReviewed,
  };
}

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});
const arr = (v: unknown): Json[] => (Array.isArray(v) ? v.map(obj) : []);
const channel = (s: Json, type: string): Json | undefined => arr(s.hasChannel).find((c) => c.type === type);

function cpsvToInput(raw: unknown): unknown {
  const s = obj(raw);
  const steps = Object.fromEntries(STEP_IDS.map((id) => [id, arr(s.follows).find((r) => r.identifier === id)?.description]));
  const cost = arr(s.hasCost)[0] ?? {};
  const days = /^P(\d+)D$/.exec(String(s.processingTime ?? ''));
  const inPerson = channel(s, 'in_person');
  const authority = obj(s.hasCompetentAuthority);
  return {
    id: s.identifier,
    name: s.name,
    description: s.description,
    audience: arr(s.hasCriterion)[0]?.name,
    steps,
    documents: arr(s.hasInput).map((e) => e.name),
    cost: { amountEur: cost.value, ...(cost.description ? { note: cost.description } : {}) },
    processingDays: days ? Number(days[1]) : s.processingTime,
    channels: {
      ...(inPerson ? { inPerson: { address: inPerson.location, hours: inPerson.openingHours } } : {}),
      eAddress: channel(s, 'e_address')?.identifier,
      portal: channel(s, 'portal')?.url,
      email: channel(s, 'email')?.identifier,
      phone: channel(s, 'phone')?.identifier,
    },
    institution: authority.prefLabel,
    department: authority.department,
    specialists: arr(s.hasContactPoint).map((p) => p.identifier),
    legalBasis: arr(s.hasLegalResource).map((b) => (b.url === undefined ? { title: b.title } : { title: b.title, url: b.url })),
    forms: arr(s.form).map((f) => (f.file === undefined ? { title: f.title } : { title: f.title, file: f.file })),
    keywords: s.keyword ?? [],
    lastReviewed: s.modified,
  };
}

const CPSV_NAMES: Record<string, string> = {
  id: 'identifier',
  audience: 'hasCriterion[1].name',
  steps: 'follows',
  documents: 'hasInput',
  cost: 'hasCost[1]',
  processingDays: 'processingTime',
  channels: 'hasChannel',
  institution: 'hasCompetentAuthority.prefLabel',
  department: 'hasCompetentAuthority.department',
  specialists: 'hasContactPoint',
  legalBasis: 'hasLegalResource',
  forms: 'form',
  keywords: 'keyword',
  lastReviewed: 'modified',
};

/** `['documents', 0, 'lv']` → `hasInput[1].lv`: numbered from 1, as a person counts. */
function cpsvPath(path: PropertyKey[]): string {
  const [first, ...rest] = path.map(String);
  let out = CPSV_NAMES[first ?? ''] ?? first ?? '';
  for (const part of rest) out += /^\d+$/.test(part) ? `[${Number(part) + 1}]` : `.${part}`;
  return out;
}

export function catalogueFromCpsv(text: string): ImportResult {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, problems: [{ row: null, field: '', code: 'unreadable' }] };
  }
  const list = obj(json).service;
  if (!Array.isArray(list)) return { ok: false, problems: [{ row: null, field: 'service', code: 'required' }] };
  if (list.length === 0) return { ok: false, problems: [{ row: null, field: 'service', code: 'empty' }] };
  const result = z.array(serviceSchema).safeParse(list.map(cpsvToInput));
  const duplicates = duplicateIds(list.map((s) => String(obj(s).identifier ?? '')));
  if (result.success && !duplicates.length) return { ok: true, services: result.data };
  const located = result.success ? [] : problemsFrom(result.error, ([i, ...rest]) => ({ row: Number(i) + 1, field: cpsvPath(rest) }));
  return { ok: false, problems: [...located, ...duplicates.map((i) => ({ row: i + 1, field: 'identifier', code: 'duplicate_id' as const }))] };
}
