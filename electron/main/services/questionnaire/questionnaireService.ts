import { randomBytes, randomInt } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { rigaDate } from '../../../../shared/calendar/dates';
import { ContractError } from '../../../../shared/contract/result';
import {
  answerFits,
  answerSchema,
  questionnaireResults,
  questionnaireSchema,
  type Answer,
  type Questionnaire,
  type QuestionnaireResults,
} from '../../../../shared/questionnaire/questionnaire';
import type { IdentityService } from '../identity/identityService';
import { DEFAULT_RETRY } from '../register/sync/retry';
import { createDeskLog, shareLogIo, writeOnce } from '../shareLog';

/** `questionnaires/<id>/questionnaire.json` and `questionnaires/<id>/answers/<random>.json` on the share. */
export const QUESTIONNAIRES = 'questionnaires';
/** Who has answered what, per desk: `questionnaire-answered/<deskId>.jsonl` — never next to an answer. */
export const ANSWERED = 'questionnaire-answered';

const answeredLineSchema = z.object({ v: z.literal(1), id: z.string(), questionnaire: z.string(), person: z.string(), day: z.string() }).strict();

export interface QuestionnaireService {
  publish(q: Omit<Questionnaire, 'id' | 'published'>): Promise<Questionnaire>;
  /** The questionnaires that ask me, open or closed, and whether I have answered each. */
  mine(): Promise<Array<{ questionnaire: Questionnaire; answered: boolean; open: boolean }>>;
  answer(a: Answer): Promise<void>;
  results(id: string): Promise<QuestionnaireResults>;
}

/**
 * §8.2, with anonymity by construction: an answer is a file of its own under a random name,
 * holding only the answers (no person, desk or time; its modification time is set to the
 * publication day). That a person has answered is a line in their desk's own log, apart from
 * the answers, carrying only the day. Results need at least five answers; free texts come back
 * shuffled. See README.md for what someone with full access to the share could still infer.
 */
export function createQuestionnaireService(deps: {
  dataFolder: string;
  shareFolder: string | null;
  deskId: () => Promise<string>;
  identity: Pick<IdentityService, 'current' | 'require'>;
  now?: () => number;
  random?: () => number;
}): QuestionnaireService {
  const now = deps.now ?? Date.now;
  const random = deps.random ?? (() => randomInt(0, 2 ** 32) / 2 ** 32);
  const share = () => {
    if (!deps.shareFolder) throw new ContractError('share_unavailable', 'questionnaires live on the shared folder');
    return deps.shareFolder;
  };
  const answered = createDeskLog({
    io: shareLogIo(DEFAULT_RETRY),
    localFile: join(deps.dataFolder, `${ANSWERED}.jsonl`),
    shareFolder: deps.shareFolder,
    folder: ANSWERED,
    deskId: deps.deskId,
  });
  const answeredBy = new Set<string>();
  const readAnswered = async () => {
    await answered.push();
    await answered.read((raw) => {
      try {
        const l = answeredLineSchema.parse(JSON.parse(raw));
        answeredBy.add(`${l.questionnaire}\n${l.person}`);
      } catch {
        // A damaged line is skipped.
      }
    });
  };

  const all = async (): Promise<Questionnaire[]> => {
    const dir = join(share(), QUESTIONNAIRES);
    const out: Questionnaire[] = [];
    for (const name of await readdir(dir).catch(() => [] as string[])) {
      try {
        const q = questionnaireSchema.parse(JSON.parse(await readFile(join(dir, name, 'questionnaire.json'), 'utf8')));
        if (q.id === name) out.push(q);
      } catch {
        // Not a questionnaire (or damaged): left out.
      }
    }
    return out.sort((a, b) => (a.published < b.published ? 1 : a.published > b.published ? -1 : a.title.localeCompare(b.title, 'lv')));
  };
  const find = async (id: string) => {
    const q = (await all()).find((x) => x.id === id);
    if (!q) throw new ContractError('not_found', `no questionnaire ${id}`);
    return q;
  };
  const asks = (q: Questionnaire, institution: string | null) => q.institution === null || q.institution === institution;

  return {
    async publish(input) {
      const who = deps.identity.require('head', 'admin');
      const admin = who.roles.includes('admin');
      // A head asks their own institution; only an admin asks the whole municipality.
      if (!admin && input.institution !== who.institution) throw new ContractError('forbidden_role', 'a head asks their own institution only');
      const today = rigaDate(now());
      if (input.closes < today) throw new ContractError('invalid_request', 'closes before today', { field: 'closes' });
      const q = questionnaireSchema.parse({ ...input, id: randomBytes(9).toString('base64url'), published: today });
      await writeOnce(join(share(), QUESTIONNAIRES, q.id, 'questionnaire.json'), Buffer.from(`${JSON.stringify(q, null, 1)}\n`), DEFAULT_RETRY);
      return q;
    },
    async mine() {
      const me = deps.identity.current();
      await readAnswered();
      const today = rigaDate(now());
      return (await all())
        .filter((q) => me.personId && asks(q, me.institution))
        .map((q) => ({ questionnaire: q, answered: answeredBy.has(`${q.id}\n${me.personId}`), open: q.closes >= today }));
    },
    async answer(a) {
      const me = deps.identity.current();
      if (!me.personId) throw new ContractError('forbidden_role', 'only staff in the directory answer questionnaires');
      const q = await find(a.questionnaire);
      if (!asks(q, me.institution)) throw new ContractError('forbidden_role', 'this questionnaire does not ask you');
      if (q.closes < rigaDate(now())) throw new ContractError('invalid_request', 'closed', { field: 'questionnaire' });
      if (!answerFits(q, a)) throw new ContractError('invalid_request', 'answers do not fit the questions', { field: 'answers' });
      await readAnswered();
      if (answeredBy.has(`${q.id}\n${me.personId}`)) throw new ContractError('invalid_request', 'already answered', { field: 'questionnaire' });
      // "Has answered" first: if the answer file then fails, the person is not asked twice,
      // and one answer is lost rather than one person counted twice.
      await answered.append({ v: 1, id: randomBytes(9).toString('base64url'), questionnaire: q.id, person: me.personId, day: rigaDate(now()) });
      answeredBy.add(`${q.id}\n${me.personId}`);
      const file = join(share(), QUESTIONNAIRES, q.id, 'answers', `${randomBytes(16).toString('hex')}.json`);
      const body: Answer = { questionnaire: q.id, answers: a.answers };
      await writeOnce(file, Buffer.from(JSON.stringify(body)), DEFAULT_RETRY, new Date(`${q.published}T00:00:00Z`));
    },
    async results(id) {
      const who = deps.identity.require('head', 'executive_director', 'admin');
      const q = await find(id);
      const everywhere = who.roles.includes('admin') || who.roles.includes('executive_director');
      if (!everywhere && q.institution !== who.institution) throw new ContractError('forbidden_role', 'not your institution’s questionnaire');
      const dir = join(share(), QUESTIONNAIRES, q.id, 'answers');
      const answers: Answer[] = [];
      for (const name of await readdir(dir).catch(() => [] as string[])) {
        if (!/^[0-9a-f]{32}\.json$/.test(name)) continue;
        try {
          answers.push(answerSchema.parse(JSON.parse(await readFile(join(dir, name), 'utf8'))));
        } catch {
          // A damaged answer is left out.
        }
      }
      return questionnaireResults(q, answers, random);
    },
  };
}
