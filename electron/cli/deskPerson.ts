import { userInfo } from 'node:os';
import { loadConfig } from '../main/services/config/loadConfig';
import { createDirectoryService } from '../main/services/directory/directoryService';
import { createIdentityService, type IdentityService } from '../main/services/identity/identityService';
import { createReviewServices } from '../main/services/review';
import { reviewSource } from '../main/services/review/registerOpener';
import type { OpenedRegister } from '../main/services/register/openRegister';
import { trustRootFrom, type TrustRoot } from '../main/services/trust/trustRoot';
import type { CliContext } from './context';
import { ContractError } from '../../shared/contract/result';
import type { Person } from '../../shared/directory/person';
import { registerRefusal, type Authority } from '../../shared/register/authorise';

export const osAccount = (env: CliContext['env']) => (env.USERDOMAIN ? `${env.USERDOMAIN}\\${userInfo().username}` : userInfo().username);

/**
 * The person running a command, as the app would know them at this computer: the OS account,
 * with roles from the staff directory (the share's, else this data folder's last good copy)
 * and admin accounts from the machine configuration.
 */
export async function personAt(ctx: CliContext, place: { share: string | null; dataDir: string }): Promise<DeskPerson> {
  const config = await loadConfig({ env: ctx.env, argv: ctx.argv, platform: process.platform });
  const directory = createDirectoryService({ shareFolder: place.share, dataFolder: place.dataDir, trust: trustRootFrom(config.values.adminPublicKey) });
  await directory.ready();
  const identity = createIdentityService({ account: osAccount(ctx.env), adminAccounts: config.values.adminAccounts, lookup: () => directory });
  return Object.assign(identity, { authority: () => directory.authority(), people: () => directory.current().data.people });
}

export interface DeskPerson extends IdentityService {
  /** Roles from the directory, by which the register judges events; null before one is published. */
  authority(): Authority | null;
  /** The directory's people, to match a typed employee name as the registration form does. */
  people(): readonly Person[];
}

/** The author of new entries, refused (`forbidden_role`) as in the app when the directory does not make them desk staff. */
export function registrantOf(person: DeskPerson): string {
  const me = person.current();
  if (registerRefusal(me.roles, person.authority())) throw new ContractError('forbidden_role', 'Entries are registered by desk staff');
  return me.personId ?? me.account;
}

/** The person at the computer, and the directory they were found in. */
export type PersonAtDesk = IdentityService & { people: () => readonly Person[] };

/** The app's review services over a desk register the command has open, for that person. */
export function reviewAt(opened: OpenedRegister, place: { share: string | null; dataDir: string; wall: () => number }, identity: PersonAtDesk) {
  return reviewServicesAt(opened, place, identity).review;
}

/** Review, data protection and letters as the app makes them, with the pinned admin key for signed documents. */
export function reviewServicesAt(
  opened: OpenedRegister,
  place: { share: string | null; dataDir: string; wall: () => number },
  identity: PersonAtDesk,
  trust?: TrustRoot | null,
) {
  return createReviewServices({
    trust,
    source: () => reviewSource({ service: async () => opened.register }, place.share, place.dataDir),
    identity,
    dataFolder: place.dataDir,
    shareFolder: place.share,
    institutionName: '',
    people: identity.people,
    now: place.wall,
  });
}
