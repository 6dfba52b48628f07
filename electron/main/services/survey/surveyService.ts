import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { rigaDate } from '../../../../shared/calendar/dates';
import { ContractError } from '../../../../shared/contract/result';
import type { DisplayState } from '../../../../shared/display/state';
import type { Period } from '../../../../shared/review/reports';
import {
  answerLineSchema,
  buildSurveyReport,
  nameServices,
  linkAnswer,
  type AnswerLine,
  type Face,
  type SurveyLink,
  type SurveyReason,
  type SurveyReport,
} from '../../../../shared/survey/answers';
import type { DeskService } from '../desk/deskService';
import type { DisplayService } from '../display/displayService';
import type { EventBus } from '../events';
import type { IdentityService } from '../identity/identityService';
import { DEFAULT_RETRY } from '../register/sync/retry';
import { createDeskLog, shareLogIo, type ShareLogIo } from '../shareLog';

/** Where the answers live: `surveys/<deskId>.jsonl` on the share, `surveys.jsonl` locally. */
export const SURVEY_FOLDER = 'surveys';

export interface SurveyService {
  /** The service is over: the client display asks how it went, until answered or timed out. */
  invite(): { invitation: string };
  /** The client's answer from the display; false when the invitation is not open (answered, timed out, replaced). */
  answer(a: { invitation: string; face: Face; reason: SurveyReason | null }): Promise<{ accepted: boolean }>;
  /** Heads: their institution's results; the executive director and admins: every institution's. */
  report(period: Period): Promise<SurveyReport>;
  stop(): void;
}

export interface SurveyTimes {
  /** How long the question waits for an answer before the badge comes back. */
  answerMs: number;
  /** How long the thank-you screen stays. */
  thanksMs: number;
}

export const DEFAULT_SURVEY_TIMES: SurveyTimes = { answerMs: 90_000, thanksMs: 6_000 };

/**
 * Client satisfaction on the client display (§8.1). The desk starts it; the answer comes from
 * the display window on a channel only that window has, is appended to this desk's survey log,
 * and never goes into any event: the display switches to a thank-you view without the face.
 */
export function createSurveyService(deps: {
  dataFolder: string;
  shareFolder: string | null;
  institution: string | null;
  /** The desk's configured code (`K1`), stored with an answer when the institution links desks. */
  deskCode: string | null;
  /** The desk's unique id on the share, which names its survey file. */
  deskId: () => Promise<string>;
  links: readonly SurveyLink[];
  reasons: readonly SurveyReason[];
  identity: Pick<IdentityService, 'current' | 'require'>;
  display: Pick<DisplayService, 'get' | 'show'>;
  desk: Pick<DeskService, 'get' | 'showBadge'>;
  bus: Pick<EventBus, 'subscribe'>;
  now?: () => number;
  times?: SurveyTimes;
  io?: ShareLogIo;
  /** The catalogue's service names by id, so results say "Birth registration", not its id. */
  serviceNames?: () => Promise<ReadonlyMap<string, { lv: string; ltg?: string; en?: string }>>;
}): SurveyService {
  const now = deps.now ?? Date.now;
  const times = deps.times ?? DEFAULT_SURVEY_TIMES;
  const log = createDeskLog({
    io: deps.io ?? shareLogIo(DEFAULT_RETRY),
    localFile: join(deps.dataFolder, `${SURVEY_FOLDER}.jsonl`),
    shareFolder: deps.shareFolder,
    folder: SURVEY_FOLDER,
    deskId: deps.deskId,
  });
  const answers = new Map<string, AnswerLine>();

  // The service last shown to the client since the previous invitation is "the service shown".
  let shownService: string | null = null;
  const unsubscribe = deps.bus.subscribe((event, payload) => {
    if (event !== 'display:changed') return;
    const view = (payload as DisplayState).view;
    if (view.kind === 'service') shownService = view.service.id;
  });

  let open: { id: string; service: string | null; employee: string | null } | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const later = (ms: number, run: () => void) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(run, ms);
    timer.unref?.();
  };
  /** Back to the badge, unless the desk has shown something else meanwhile. */
  const backHome = (kind: 'survey' | 'thanks', invitation: string) => () => {
    const view = deps.display.get().view;
    if (view.kind === kind && (kind === 'thanks' || (view.kind === 'survey' && view.invitation === invitation))) {
      if (open?.id === invitation) open = null;
      deps.desk.showBadge();
    }
  };

  return {
    invite() {
      const id = randomBytes(12).toString('base64url');
      open = { id, service: shownService, employee: deps.desk.get().person?.id ?? null };
      shownService = null;
      deps.display.show({ kind: 'survey', invitation: id, reasons: [...deps.reasons] });
      later(times.answerMs, backHome('survey', id));
      return { invitation: id };
    },
    async answer({ invitation, face, reason }) {
      const view = deps.display.get().view;
      // One answer per invitation, and only while the question is on the screen.
      if (!open || open.id !== invitation || view.kind !== 'survey' || view.invitation !== invitation) return { accepted: false };
      if (reason !== null && !deps.reasons.includes(reason)) return { accepted: false };
      const at = open;
      open = null;
      const line: AnswerLine = {
        v: 1,
        id: randomBytes(12).toString('base64url'),
        day: rigaDate(now()),
        institution: deps.institution ?? '',
        ...linkAnswer(deps.links, { desk: deps.deskCode, service: at.service, employee: at.employee }),
        face,
        reason,
      };
      deps.display.show({ kind: 'thanks' });
      later(times.thanksMs, backHome('thanks', invitation));
      await log.append(line);
      return { accepted: true };
    },
    async report(period) {
      const who = deps.identity.require('head', 'executive_director', 'admin');
      const everywhere = who.roles.includes('executive_director') || who.roles.includes('admin');
      if (!everywhere && !who.institution) throw new ContractError('forbidden_role', 'a head without an institution sees no results');
      await log.push();
      await log.read((raw) => {
        try {
          const parsed = answerLineSchema.safeParse(JSON.parse(raw));
          if (parsed.success) answers.set(parsed.data.id, parsed.data);
        } catch {
          // A damaged line (a crash mid-write on another desk) is skipped; the rest still counts.
        }
      });
      const report = buildSurveyReport(answers.values(), period, everywhere ? null : who.institution);
      // No catalogue (none published, unreadable): the ids stay, the figures are the same.
      const names = await (deps.serviceNames?.() ?? Promise.resolve(new Map())).catch(() => new Map());
      return nameServices(report, names);
    },
    stop() {
      if (timer) clearTimeout(timer);
      unsubscribe();
    },
  };
}
