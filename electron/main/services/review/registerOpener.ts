import { ContractError } from '../../../../shared/contract/result';
import { DEFAULT_DEADLINE_RULES } from '../../../../shared/register/deadlines';
import { LATVIAN_HOLIDAYS } from '../../../../shared/register/holidays';
import { workCalendar } from '../../../../shared/register/workingDays';
import type { EffectiveConfig } from '../../../../shared/config/schema';
import { nodeSha256Hex } from '../register/nodeHash';
import { openRegister, registerPaths } from '../register/openRegister';
import { createEventHistory } from './eventHistory';
import { registerSource, type ReviewSource } from './source';

/**
 * Opens this desk's register for review, with history read from its journal and the share.
 * Once the register is part of the app's services, review takes that one instead.
 */
export async function openReviewSource(config: EffectiveConfig, dataDir: string): Promise<ReviewSource> {
  const { shareFolder, institution, desk } = config.values;
  if (!shareFolder || !institution || !desk) throw new ContractError('config_invalid', 'share folder, institution and desk are needed for the register');
  const { register } = await openRegister({
    dataDir,
    institution,
    deskCode: desk,
    rules: { deadlines: DEFAULT_DEADLINE_RULES, calendar: workCalendar(LATVIAN_HOLIDAYS), routing: {} },
  });
  const history = createEventHistory({ journalFile: registerPaths(dataDir).journal, shareFolder, hash: nodeSha256Hex });
  register.onChange(() => history.touch());
  return registerSource(register, history);
}
