import { sameAccount, type Role } from '../../shared/identity/identity';
import type { PersonLookup } from '../main/services/identity/identityService';

/**
 * SAMPLE PEOPLE for preview mode only, until the sample staff directory is published to the
 * demo share: the same invented people and accounts as the sample directory, one per role.
 */
const PEOPLE: Array<{ id: string; displayName: string; institution: string; accounts: string[]; roles: Role[] }> = [
  { id: 'laura.kalnina', displayName: 'Laura Kalniņa (paraugs)', institution: 'RNP', accounts: ['RNP\\laura.kalnina'], roles: ['desk_staff'] },
  { id: 'ilze.berzina', displayName: 'Ilze Bērziņa (paraugs)', institution: 'RSD', accounts: ['RNP\\ilze.berzina'], roles: ['desk_staff'] },
  { id: 'aija.liepina', displayName: 'Aija Liepiņa (paraugs)', institution: 'RNP', accounts: ['RNP\\aija.liepina'], roles: ['head'] },
  { id: 'juris.ozols', displayName: 'Juris Ozols (paraugs)', institution: 'RNP', accounts: ['RNP\\juris.ozols'], roles: ['executive_director'] },
  { id: 'kitija.jaunzeme', displayName: 'Kitija Jaunzeme (paraugs)', institution: 'RNP', accounts: ['RNP\\kitija.jaunzeme'], roles: ['ethics_commission'] },
];

export function samplePeople(): PersonLookup {
  return {
    findByAccount(account) {
      const p = PEOPLE.find((x) => x.accounts.some((a) => sameAccount(a, account)));
      return p ? { id: p.id, displayName: p.displayName, institution: p.institution, roles: p.roles } : null;
    },
  };
}
