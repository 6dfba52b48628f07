import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ContractError } from '../../../../shared/contract/result';
import { parseDirectoryCsv } from '../../../../shared/directory/csv';
import { storedDirectorySchema } from '../../../../shared/directory/migrate';
import type { ImportPreview, PersonSummary } from '../../../../shared/directory/contract';
import { diffDirectory } from '../../../../shared/directory/diff';
import { directorySchema, emptyDirectory, type Directory, type Person } from '../../../../shared/directory/person';
import { sameAccount } from '../../../../shared/identity/identity';
import { authorityOf, type Authority } from '../../../../shared/register/authorise';
import type { PersonLookup } from '../identity/identityService';
import { createPublishedDocument, type Published } from '../published/publishedDocument';
import type { KeyPair } from '../trust/keys';
import type { TrustRoot } from '../trust/trustRoot';

export const STAFF_PATH = 'catalog/staff.json';

export interface DirectoryService extends PersonLookup {
  /** Resolves once the first load (share, else the desk's cached copy) has finished. */
  ready(): Promise<void>;
  current(): Published<Directory>;
  get(id: string): Person | null;
  /** Re-reads the share; true when the directory changed. */
  reload(): Promise<boolean>;
  previewImport(csv: string): Promise<ImportPreview>;
  applyImport(csv: string, by: string): Promise<void>;
  savePerson(person: Person, by: string, create?: boolean): Promise<void>;
  removePerson(id: string, by: string): Promise<void>;
  onChange(listener: () => void): () => void;
  /** Who holds which role, for judging register events; null while no directory was ever published. */
  authority(): Authority | null;
}

const summary = (p: Person): PersonSummary => ({ id: p.id, name: p.name, surname: p.surname, position: p.position });

/**
 * The staff directory every desk reads from `catalog/staff.json` on the share, working from
 * its cached copy offline. Admin changes (checked by the caller) publish a whole new version.
 */
export function createDirectoryService(deps: {
  shareFolder: string | null;
  dataFolder: string;
  now?: () => Date;
  /** The pinned admin key: the directory counts only when it signed it. */
  trust?: TrustRoot | null;
  /** The admin key itself, where IT publishes (its own machine, a test's setup): signs what is published. */
  signer?: KeyPair;
}): DirectoryService {
  const doc = createPublishedDocument({
    shareFolder: deps.shareFolder,
    sharePath: STAFF_PATH,
    cacheFile: join(deps.dataFolder, 'cache', 'staff.json'),
    // Older shapes of reception hours are read into the current one (shared/directory/migrate.ts).
    schema: storedDirectorySchema,
    empty: emptyDirectory,
    now: deps.now,
    trust: deps.trust,
  });
  let state: Published<Directory> = { data: emptyDirectory, source: 'none', publishedAt: null, problem: null };
  let byId = new Map<string, Person>();
  let authority: Authority | null = null;
  const listeners = new Set<() => void>();

  const use = (next: Published<Directory>): boolean => {
    const changed = next.publishedAt !== state.publishedAt || next.source !== state.source || next.problem !== state.problem;
    state = next;
    byId = new Map(next.data.people.map((p) => [p.id, p]));
    authority =
      next.source === 'none'
        ? null
        : authorityOf(next.data.people.map((p) => ({ id: p.id, accounts: p.accounts, institution: p.institutionCode, roles: p.roles })));
    if (changed) for (const l of listeners) l();
    return changed;
  };
  const reload = async (): Promise<boolean> => use(await doc.load());
  // Start from the desk's own copy when there is one, so a slow or absent share never holds
  // up the app; the share is read right after. Without a copy, wait for the share.
  const first = doc.loadCached().then((cached) => {
    if (!cached) return reload().then(() => undefined);
    use(cached);
    void reload().catch(() => undefined);
  });

  const publish = async (data: Directory, by: string) => {
    const parsed = directorySchema.safeParse(data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new ContractError('invalid_request', issue?.message ?? 'invalid directory', { field: issue?.path.join('.') ?? '(directory)' });
    }
    try {
      await doc.publish(parsed.data, by, deps.signer);
    } catch (error) {
      const code = (error as { code?: string }).code;
      throw new ContractError(code === 'share_unavailable' ? 'share_unavailable' : 'io_failed', `publishing the directory failed: ${code ?? 'error'}`);
    }
    await reload();
  };

  /**
   * Changes start from the share's newest version, so one admin does not undo another; with
   * the share out of reach nothing is published (a missing share is not an empty one).
   */
  const latest = async () => {
    await reload();
    const reachable =
      deps.shareFolder !== null &&
      (await stat(deps.shareFolder).then(
        (s) => s.isDirectory(),
        () => false,
      ));
    if (!reachable || state.problem === 'share_unavailable') throw new ContractError('share_unavailable', 'the share cannot be reached');
    return state.data;
  };

  const parseCsv = async (csv: string) => {
    await reload();
    const before = state.data.people;
    return { before, ...parseDirectoryCsv(csv, before) };
  };

  return {
    ready: () => first,
    current: () => state,
    authority: () => authority,
    published: () => state.source !== 'none',
    get: (id) => byId.get(id) ?? null,
    findByAccount(account) {
      const p = state.data.people.find((x) => x.accounts.some((a) => sameAccount(a, account)));
      return p ? { id: p.id, displayName: `${p.name} ${p.surname}`, institution: p.institutionCode, roles: p.roles } : null;
    },
    reload,
    async previewImport(csv) {
      const { before, people, problems } = await parseCsv(csv);
      const diff = diffDirectory(before, people);
      return {
        rows: people.length + new Set(problems.filter((p) => p.row > 1).map((p) => p.row)).size,
        added: diff.added.map(summary),
        changed: diff.changed.map((c) => ({ ...summary(c.after), fields: c.fields })),
        removed: diff.removed.map(summary),
        unchanged: diff.unchanged,
        problems,
      };
    },
    async applyImport(csv, by) {
      const { people, problems } = await parseCsv(csv);
      if (problems.length) throw new ContractError('import_invalid', `${problems.length} problems in the file`, { count: problems.length });
      await latest();
      // An imported file is the institution's own list: it is no longer the sample.
      await publish({ people }, by);
    },
    async savePerson(person, by, create = false) {
      const data = await latest();
      const exists = data.people.some((p) => p.id === person.id);
      if (create && exists) throw new ContractError('invalid_request', `id ${person.id} is taken`, { field: 'person.id' });
      const people = exists ? data.people.map((p) => (p.id === person.id ? person : p)) : [...data.people, person];
      await publish({ ...data, people }, by);
    },
    async removePerson(id, by) {
      const data = await latest();
      if (!data.people.some((p) => p.id === id)) throw new ContractError('not_found', `no person ${id}`);
      await publish({ ...data, people: data.people.filter((p) => p.id !== id) }, by);
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
