import type { DeskState, DeskStatus } from '../../../../shared/desk/contract';
import { ContractError } from '../../../../shared/contract/result';
import { toCard } from '../../../../shared/directory/card';
import { receptionStatus } from '../../../../shared/directory/hours';
import type { Person } from '../../../../shared/directory/person';
import type { DisplayState, DisplayView } from '../../../../shared/display/state';
import type { DisplayService } from '../display/displayService';
import type { EventBus } from '../events';
import type { DirectoryService } from '../directory/directoryService';

export interface DeskService {
  ready(): Promise<void>;
  get(): DeskState;
  serve(personId: string): DeskState;
  /** `backAt` (`14:30`) is kept with a break only: the badge says when the desk is back. */
  setStatus(status: DeskStatus, backAt?: string): DeskState;
  showBadge(): DeskState;
  refer(personId: string): DisplayState;
  /** Re-derives what the client sees (hours roll on, the directory changes); emits only on change. */
  refresh(): void;
}

/**
 * Who serves at this desk (§6): recognised from the OS account when the directory knows it,
 * otherwise chosen. The client display follows: badge while serving or on a break, "closed"
 * when closed. Main builds every view, so the display never reads the directory itself.
 */
export function createDeskService(deps: {
  account: string;
  directory: Pick<DirectoryService, 'ready' | 'get' | 'findByAccount'>;
  display: Pick<DisplayService, 'get' | 'show'>;
  bus: Pick<EventBus, 'emit'>;
  now?: () => Date;
}): DeskService {
  const now = deps.now ?? (() => new Date());
  let personId: string | null = null;
  let recognised = false;
  let status: DeskStatus = 'serving';
  let backAt: string | null = null;

  const person = (): Person | null => (personId ? deps.directory.get(personId) : null);
  const state = (): DeskState => {
    const p = person();
    return { person: p ? toCard(p) : null, reception: p ? receptionStatus(p.reception, now()) : null, status, recognised, backAt };
  };
  const homeView = (): DisplayView => {
    const p = person();
    if (status === 'closed') return { kind: 'closed' };
    if (!p) return { kind: 'welcome' };
    const badge = { kind: 'badge' as const, person: toCard(p), reception: receptionStatus(p.reception, now()), onBreak: status === 'break' };
    return backAt ? { ...badge, backAt } : badge;
  };
  const referralView = (id: string): DisplayView | null => {
    const target = deps.directory.get(id);
    if (!target) return null;
    const serving = person();
    return {
      kind: 'referral',
      person: toCard(target),
      reception: receptionStatus(target.reception, now()),
      servedBy:
        serving && status !== 'closed'
          ? {
              name: serving.name,
              surname: serving.surname,
              position: serving.position,
              ...(serving.gender ? { gender: serving.gender } : {}),
              ...(serving.positionTranslations ? { positionTranslations: serving.positionTranslations } : {}),
            }
          : null,
    };
  };
  let lastEmitted = '';
  const changed = () => {
    const s = state();
    lastEmitted = JSON.stringify(s);
    deps.bus.emit('desk:changed', s);
    deps.display.show(homeView());
    return s;
  };

  let chosen = false;
  const recognise = () => {
    const match = deps.directory.findByAccount(deps.account);
    if (!match) return;
    personId = match.id;
    recognised = true;
    changed();
  };
  const first = deps.directory.ready().then(recognise);

  return {
    ready: () => first,
    get: state,
    serve(id) {
      if (!deps.directory.get(id)) throw new ContractError('not_found', `no person ${id}`);
      personId = id;
      chosen = true;
      recognised = deps.directory.findByAccount(deps.account)?.id === id;
      status = 'serving';
      backAt = null;
      return changed();
    },
    setStatus(next, time) {
      status = next;
      backAt = next === 'break' ? (time ?? null) : null;
      return changed();
    },
    showBadge: changed,
    refer(id) {
      const view = referralView(id);
      if (!view) throw new ContractError('not_found', `no person ${id}`);
      return deps.display.show(view);
    },
    refresh() {
      if (personId && !person()) personId = null;
      // The account may appear in a newer directory than the one the desk started with.
      if (!personId && !chosen && deps.directory.findByAccount(deps.account)) return recognise();
      // Only views this service derived are refreshed; what the employee chose to show stays.
      const shown = deps.display.get().view;
      const next =
        shown.kind === 'referral' ? (referralView(shown.person.id) ?? homeView()) : shown.kind === 'badge' || shown.kind === 'closed' ? homeView() : shown;
      if (JSON.stringify(next) !== JSON.stringify(shown)) deps.display.show(next);
      const s = state();
      if (JSON.stringify(s) !== lastEmitted) {
        lastEmitted = JSON.stringify(s);
        deps.bus.emit('desk:changed', s);
      }
    },
  };
}
