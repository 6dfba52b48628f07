import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { ContractError } from '../../../shared/contract/result';
import type { RegisterEntry, SetFields } from '../../../shared/register/record';
import { writeFileAtomic } from '../../main/services/fs/atomicWrite';
import { parseImport, toCsv, toExportRow } from '../../main/services/register/importExport';
import type { OpenedRegister } from '../../main/services/register/openRegister';
import type { CliContext } from '../context';
import { deskArgs, deskVerdict, mayWrite, openDeskRegister, type DeskArgs } from '../deskContext';
import { personAt, registrantOf, reviewAt, type DeskPerson } from '../deskPerson';
import { decodeText } from '../../../shared/catalog/encoding';
import { outdatedText } from './share';

/** A refusal said in words, with the exit code of a refused command. */
function refused(ctx: CliContext, error: unknown): number {
  if (!(error instanceof ContractError)) throw error;
  ctx.err(ctx.t(`errors.${error.code}`, { field: error.details?.field ?? '' }));
  return error.code === 'forbidden_role' || error.code === 'io_failed' ? 1 : 2;
}

/** The person running the command and the author of new entries, or the exit code after saying why not. */
async function registrantAt(ctx: CliContext, args: DeskArgs): Promise<{ identity: DeskPerson; who: string } | number> {
  try {
    const identity = await personAt(ctx, args);
    return { identity, who: registrantOf(identity) };
  } catch (error) {
    return refused(ctx, error);
  }
}

/** `laipni register import <file.csv|.jsonl> --data <dir> --share <share>`: all rows or none. */
export async function runImport(ctx: CliContext, file: string): Promise<number> {
  const format = extname(file).toLowerCase() === '.csv' ? 'csv' : extname(file).toLowerCase() === '.jsonl' ? 'jsonl' : null;
  if (!format) {
    ctx.err(ctx.t('register:cli.importFormat', { file }));
    return 2;
  }
  const args = await deskArgs(ctx, true);
  if (!args) return 2;
  if (!(await mayWrite(ctx, args))) return 1;
  let text: string;
  try {
    text = decodeText(await readFile(file));
  } catch (error) {
    ctx.err(ctx.t('register:cli.fileUnreadable', { file, code: (error as NodeJS.ErrnoException).code ?? '' }));
    return 2;
  }
  const { rows, problems } = parseImport(text, format, args.wall());
  if (problems.length) {
    ctx.err(ctx.t('register:cli.importRejected', { count: problems.length }));
    for (const p of problems.slice(0, 50)) ctx.err(`  ${ctx.t('register:cli.importProblem', { row: p.row, field: p.field, message: p.message })}`);
    return 2;
  }
  if (!rows.length) {
    ctx.err(ctx.t('register:cli.importEmpty', { file }));
    return 2;
  }
  const registrant = await registrantAt(ctx, args);
  if (typeof registrant === 'number') return registrant;
  const { identity, who } = registrant;
  // A typed employee name is matched against the directory, as the registration form does.
  const people = identity.people();
  const opened = await openDeskRegister(ctx, args);
  if (!opened) return 1;
  try {
    for (const row of rows) await opened.register.add(row.input, who, row.registeredAtMs === null ? { people } : { atMs: row.registeredAtMs, people });
    await opened.persist(opened.cursors);
  } finally {
    await opened.close();
  }
  ctx.out(ctx.t('register:cli.imported', { count: rows.length }));
  return 0;
}

/**
 * `laipni register export --data <dir> --format json|csv [--out file]`: the folded state, as
 * far as the person running it may see entries in the app.
 */
export async function runExport(ctx: CliContext): Promise<number> {
  const format = ctx.flags.format;
  if (format !== 'json' && format !== 'csv') {
    ctx.err(ctx.t('register:cli.exportFormat'));
    return 2;
  }
  const args = await deskArgs(ctx, false);
  if (!args) return 2;
  const identity = await personAt(ctx, args);
  let entries: RegisterEntry[] = [];
  const code = await withRegister(ctx, args, async (opened) => {
    const review = reviewAt(opened, args, identity);
    entries = (await review.visibleEntries()).entries;
    // What leaves in the file is in the access log first, as for an opening in the app.
    await review.logExport(entries, 'export');
  });
  if (code) return code;
  entries = [...entries].sort((a, b) => (a.registeredAt < b.registeredAt ? -1 : a.registeredAt > b.registeredAt ? 1 : a.id < b.id ? -1 : 1));
  const text = format === 'csv' ? toCsv(entries) : `${JSON.stringify(entries.map(toExportRow), null, 2)}\n`;
  if (typeof ctx.flags.out === 'string') {
    await writeFileAtomic(ctx.flags.out, text);
    ctx.err(ctx.t('register:cli.exported', { count: entries.length, file: ctx.flags.out }));
  } else process.stdout.write(text);
  return 0;
}

/**
 * `laipni register add --data <dir> --kind … --channel … --subject … --description … [--employee "Name Surname"]
 * [--received-on YYYY-MM-DD]`: the employee's name is matched against the directory, as in the app.
 */
export async function runAdd(ctx: CliContext): Promise<number> {
  const args = await deskArgs(ctx, false);
  if (!args) return 2;
  if (!(await mayWrite(ctx, args))) return 1;
  const f = ctx.flags;
  const input = {
    kind: f.kind,
    channel: f.channel,
    subject: f.subject,
    description: f.description,
    ...(typeof f.employee === 'string' ? { employee: { personId: null, name: f.employee } } : {}),
    ...(typeof f['received-on'] === 'string' ? { receivedOn: f['received-on'] } : {}),
  };
  const registrant = await registrantAt(ctx, args);
  if (typeof registrant === 'number') return registrant;
  const { identity, who } = registrant;
  return withRegister(ctx, args, async (opened) => {
    const entry = await opened.register.add(input, who, { people: identity.people() });
    ctx.out(ctx.flags.json ? JSON.stringify(entry) : ctx.t('register:cli.added', { number: entry.number, due: entry.dueDate }));
  });
}

/** `laipni register set <number|id> --data <dir> --status <status> [--reason …]`: for those who review the entry in the app. */
export async function runSet(ctx: CliContext, target: string): Promise<number> {
  const args = await deskArgs(ctx, false);
  if (!args) return 2;
  if (!(await mayWrite(ctx, args))) return 1;
  const identity = await personAt(ctx, args);
  return withRegister(ctx, args, async (opened) => {
    // An unknown number gets the same refusal as an entry the person may not see.
    const id = opened.register.find(target)?.id ?? target;
    // The register validates the fields; the flags are passed on as typed.
    const fields = { status: ctx.flags.status, ...(typeof ctx.flags.reason === 'string' ? { statusReason: ctx.flags.reason } : {}) } as SetFields;
    const saved = await reviewAt(opened, args, identity).setFields(id, fields);
    ctx.out(ctx.t('register:cli.updated', { number: saved.number, status: saved.status }));
  });
}

/** `laipni register status --data <dir> [--json]`: entries, state hash and what is held aside. */
export async function runStatus(ctx: CliContext): Promise<number> {
  const args = await deskArgs(ctx, false);
  if (!args) return 2;
  const verdict = await deskVerdict(ctx, args);
  return withRegister(ctx, args, (opened) => {
    const r = opened.register;
    const needsReview = r
      .all()
      .filter((e) => e.needsReview)
      .map((e) => e.number);
    const writing = { mayWrite: verdict.mayWrite, version: verdict.version, required: verdict.required };
    const info = { deskId: r.deskId(), entries: r.size(), mine: r.mine().length, stateHash: r.stateHash(), held: r.held(), needsReview, writing };
    ctx.out(ctx.flags.json ? JSON.stringify(info) : ctx.t('register:cli.statusLine', info));
    if (!ctx.flags.json && !verdict.mayWrite) ctx.out(outdatedText(ctx, verdict));
    return Promise.resolve();
  });
}

export async function withRegister(ctx: CliContext, args: DeskArgs, run: (o: OpenedRegister) => Promise<void>): Promise<number> {
  const opened = await openDeskRegister(ctx, args);
  if (!opened) return 1;
  try {
    await run(opened);
    return 0;
  } catch (error) {
    if (!(error instanceof ContractError)) throw error;
    ctx.err(ctx.t(`errors.${error.code}`, { field: error.details?.field ?? '' }));
    return error.code === 'io_failed' || error.code === 'forbidden_role' ? 1 : 2;
  } finally {
    await opened.close();
  }
}
