import { z } from 'zod';
import { endpoint, event } from '../contract/endpoint';
import type { DisplayState } from '../display/state';
import type { RowProblem } from './csv';
import { personSchema, type Person } from './person';

/** The directory as a desk sees it. Accounts and roles are left out for everyone but admins. */
export interface DirectoryView {
  people: Person[];
  sample: boolean;
  publishedAt: string | null;
  source: 'share' | 'cache' | 'none';
  problem: 'share_unavailable' | 'missing' | 'invalid' | 'unsigned' | 'bad_signature' | 'older' | null;
  canEdit: boolean;
}

export interface PersonSummary {
  id: string;
  name: string;
  surname: string;
  position: string;
}

/** What an import would do; nothing is applied while `problems` is not empty. */
export interface ImportPreview {
  rows: number;
  added: PersonSummary[];
  changed: Array<PersonSummary & { fields: string[] }>;
  removed: PersonSummary[];
  unchanged: number;
  problems: RowProblem[];
}

const csvText = z.string().max(5_000_000);

export const directoryContract = {
  'directory:get': endpoint<DirectoryView>()(z.undefined()),
  /** Admin: read a CSV and say what it would change, row problems included. Changes nothing. */
  'directory:import-preview': endpoint<ImportPreview>()(z.object({ csv: csvText }).strict()),
  /** Admin: publish the CSV's people as the directory, only if every row is good. */
  'directory:import-apply': endpoint<DirectoryView>()(z.object({ csv: csvText }).strict()),
  /** Admin: add (`create`, refused if the id is taken) or replace one person, and publish. */
  'directory:save-person': endpoint<DirectoryView>()(z.object({ person: personSchema, create: z.boolean().default(false) }).strict()),
  'directory:remove-person': endpoint<DirectoryView>()(z.object({ id: z.string().min(1).max(64) }).strict()),
  /** Put a referral card for this person on the client display. */
  'directory:refer': endpoint<DisplayState>()(z.object({ personId: z.string().min(1).max(64) }).strict()),
};

export const directoryEvents = {
  'directory:changed': event<DirectoryView>(),
};
