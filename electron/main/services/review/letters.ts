import { ContractError } from '../../../../shared/contract/result';
import type { EntryView } from '../../../../shared/review/contract';
import { composeLetter, LETTER_NAMES, type Letter, type LetterKind } from '../../../../shared/review/letters';
import type { ReviewService } from './reviewService';

const SIGNER_POSITION = { head: 'Iestādes vadītājs', executive_director: 'Izpilddirektors', ethics_commission: 'Ētikas komisijas loceklis' } as const;

export type Letters = ReturnType<typeof createLetters>;

/** Letters to the client, signed by a reviewer who may review the entry, in the signer's own role. */
export function createLetters(deps: { review: ReviewService; institutionName: string }) {
  const { review } = deps;
  return {
    async compose(id: string, kind: LetterKind, referredTo?: string): Promise<{ letter: Letter; view: EntryView }> {
      const { me, entry, source } = await review.reviewable(id);
      const role = (['head', 'executive_director', 'ethics_commission'] as const).find((r) => me.roles.includes(r));
      if (!role) throw new ContractError('forbidden_role', 'Letters are signed by reviewers');
      const letter = composeLetter(kind, {
        entry,
        institutionName: deps.institutionName,
        signer: { name: me.displayName ?? me.account, position: SIGNER_POSITION[role] },
        today: review.today(),
        referredTo,
      });
      // The letter is part of the entry's history: what was sent and when.
      await source.note(id, `Vēstule (${LETTER_NAMES[kind]}): ${letter.subject}`, me.personId ?? me.account);
      return { letter, view: await review.view(id) };
    },
  };
}
