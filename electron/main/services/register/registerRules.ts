import { join } from 'node:path';
import { DEFAULT_REGISTER_RULES, REGISTER_RULES_PATH, registerRulesSchema, type RegisterRules } from '../../../../shared/register/rules';
import { createPublishedDocument, type Published } from '../published/publishedDocument';

/** The published register rules: the share's copy when good, else this desk's last good copy, else the law's defaults. */
export function registerRulesDocument(share: string | null, dataDir: string) {
  return createPublishedDocument({
    shareFolder: share,
    sharePath: REGISTER_RULES_PATH,
    cacheFile: join(dataDir, 'register', 'rules.json'),
    schema: registerRulesSchema,
    empty: DEFAULT_REGISTER_RULES,
  });
}

export async function loadRegisterRules(share: string | null, dataDir: string): Promise<Published<RegisterRules>> {
  return registerRulesDocument(share, dataDir).load();
}
