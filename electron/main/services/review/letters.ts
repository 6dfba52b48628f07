import { ContractError } from '../../../../shared/contract/result';
import { fullName, type Person } from '../../../../shared/directory/person';
import { latvianPosition } from '../../../../shared/directory/position';
import type { Identity } from '../../../../shared/identity/identity';
import type { RegisterEntry } from '../../../../shared/register/record';
import type { EntryView } from '../../../../shared/review/contract';
import {
  composeLetter,
  ETHICS_CHAIR_POSITION,
  LETTER_NAMES,
  letterProblem,
  type Letter,
  type Letterhead,
  type LetterKind,
  type Signing,
} from '../../../../shared/review/letters';
import type { ReviewService } from './reviewService';

/** What the signature says when the directory gives the signer no position. */
const ROLE_POSITION = {
  head: 'Iestādes vadītājs',
  executive_director: 'Pašvaldības izpilddirektors',
  ethics_commission: 'Ētikas komisijas loceklis',
  council_chair: 'Domes priekšsēdētājs',
} as const;

export type Letters = ReturnType<typeof createLetters>;

export interface LetterDeps {
  review: ReviewService;
  /** The institution's name from this computer's configuration, for a letterhead nobody published. */
  institutionName: string;
  /** The published letterheads by institution code (the register rules). */
  letterheads: () => Promise<Record<string, Letterhead>>;
  people: () => readonly Person[];
}

/**
 * Letters to the client: composed for a reviewer who may review the entry, given their own
 * outgoing number by the register and recorded in the entry's history. The ethics commission's
 * letters are signed by its chair, named in the letterhead; others by the reviewer composing them.
 */
export function createLetters(deps: LetterDeps) {
  const { review } = deps;
  const person = (id: string | null) => (id ? (deps.people().find((p) => p.id === id) ?? null) : null);

  const signerFor = (me: Identity, entry: RegisterEntry, letterhead: Partial<Letterhead>) => {
    if (entry.routedTo === 'ethics_commission') {
      const chair = letterhead.ethicsChair ? person(letterhead.ethicsChair.personId) : null;
      if (!chair) throw new ContractError('invalid_request', 'letter_needs_chair', { field: 'letter_needs_chair' });
      return { name: fullName(chair), position: letterhead.ethicsChair?.position ?? ETHICS_CHAIR_POSITION };
    }
    const role = (['head', 'executive_director', 'council_chair', 'ethics_commission'] as const).find((r) => me.roles.includes(r));
    if (!role) throw new ContractError('forbidden_role', 'Letters are signed by reviewers');
    const self = person(me.personId);
    return { name: self ? fullName(self) : (me.displayName ?? me.account), position: self ? latvianPosition(self) : ROLE_POSITION[role] };
  };

  return {
    async compose(id: string, kind: LetterKind, signing: Signing = 'paper'): Promise<{ letter: Letter; view: EntryView }> {
      const { me, entry, source } = await review.reviewable(id);
      const problem = letterProblem(kind, entry);
      if (problem) throw new ContractError('invalid_request', problem, { field: problem });
      const letterhead = (await deps.letterheads())[entry.institution] ?? { name: deps.institutionName || entry.institution };
      const signer = signerFor(me, entry, letterhead);
      // The letter carries the client's name and address out of the register: logged before it is made.
      await review.logExport([entry], 'letter');
      let letter: Letter | null = null;
      // The letter is part of the entry's history: what was sent, under which number, and when.
      await source.letter(
        id,
        kind,
        (outgoingNumber) => {
          letter = composeLetter(kind, { entry, letterhead, signer, signing, today: review.today(), outgoingNumber });
          return `Vēstule (${LETTER_NAMES[kind]}) Nr. ${outgoingNumber}: ${letter.subject}`;
        },
        me.personId ?? me.account,
      );
      return { letter: letter!, view: await review.view(id) };
    },
  };
}
