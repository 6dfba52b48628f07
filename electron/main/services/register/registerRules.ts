import { join } from 'node:path';
import { DEFAULT_REGISTER_RULES, REGISTER_RULES_PATH, registerRulesSchema, type RegisterRules } from '../../../../shared/register/rules';
import type { IdentityService } from '../identity/identityService';
import { createPublishedDocument, type Published, type PublishedEnvelope } from '../published/publishedDocument';
import type { TrustRoot } from '../trust/trustRoot';

/** The published register rules: the share's copy when good, else this desk's last good copy, else the law's defaults. */
export function registerRulesDocument(share: string | null, dataDir: string, trust?: TrustRoot | null) {
  return createPublishedDocument({
    shareFolder: share,
    sharePath: REGISTER_RULES_PATH,
    cacheFile: join(dataDir, 'register', 'rules.json'),
    schema: registerRulesSchema,
    empty: DEFAULT_REGISTER_RULES,
    trust,
  });
}

export async function loadRegisterRules(share: string | null, dataDir: string, trust?: TrustRoot | null): Promise<Published<RegisterRules>> {
  return registerRulesDocument(share, dataDir, trust).load();
}

/** Publishing the deadline table, holidays and routing to every desk is an admin's job. */
export async function publishRegisterRules(
  identity: Pick<IdentityService, 'require'>,
  share: string,
  dataDir: string,
  rules: RegisterRules,
): Promise<PublishedEnvelope<RegisterRules>> {
  const admin = identity.require('admin');
  return registerRulesDocument(share, dataDir).publish(rules, admin.account);
}
