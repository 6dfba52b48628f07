import { join } from 'node:path';
import type { Person } from '../../shared/directory/person';
import type { Identity, Role } from '../../shared/identity/identity';
import { createReviewServices, type ReviewInputs } from '../../electron/main/services/review';
import { createEventHistory } from '../../electron/main/services/review/eventHistory';
import { registerSource } from '../../electron/main/services/review/source';
import { nodeSha256Hex } from '../../electron/main/services/register/nodeHash';
import { registerPaths } from '../../electron/main/services/register/openRegister';
import type { TestDesk } from './registerDesk';

export const person = (id: string, roles: Role[], institution = 'RNP'): Identity => ({
  account: `RNP\\${id}`,
  personId: id,
  displayName: id,
  institution,
  roles,
});

/** Review services on a real test desk, signed in as whoever `who()` returns at the moment. */
export function reviewOn(
  desk: TestDesk,
  share: string | null,
  who: () => Identity,
  now?: () => number,
  people: () => readonly Person[] = () => [],
  mayWrite?: () => Promise<void>,
  extra: Pick<ReviewInputs, 'subjectRequestRoles'> = {},
) {
  const history = createEventHistory({ journalFile: registerPaths(desk.dataDir).journal, shareFolder: share, hash: nodeSha256Hex, minIntervalMs: 0 });
  const source = registerSource(desk.opened.register, history, mayWrite);
  const identity = { current: who, require: () => who() };
  return createReviewServices({
    source: async () => source,
    identity,
    dataFolder: desk.dataDir,
    shareFolder: share,
    institutionName: 'Rēzeknes novada pašvaldība',
    people,
    now,
    ...extra,
  });
}

export const accessFile = (share: string, deskId: string) => join(share, 'access', `${deskId}.jsonl`);
