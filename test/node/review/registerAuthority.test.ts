import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ContractError } from '../../../shared/contract/result';
import type { Identity } from '../../../shared/identity/identity';
import { DEFAULT_REGISTER_RULES, REGISTER_RULES_PATH } from '../../../shared/register/rules';
import { createIdentityService } from '../../../electron/main/services/identity/identityService';
import { publishRegisterRules } from '../../../electron/main/services/register/registerRules';
import { openDesk, sampleInput, tempDir, tempShare, type TestDesk } from '../../support/registerDesk';
import { person, reviewOn } from '../../support/reviewDesk';

const head = person('aija.liepina', ['head']);
const deskStaff = person('laura.kalnina', ['desk_staff']);
const admin: Identity = { account: 'RNP\\demo.admin', personId: null, displayName: null, institution: null, roles: ['admin'] };
const nobody: Identity = { account: 'RNP\\viesis', personId: null, displayName: null, institution: null, roles: [] };

const open: TestDesk[] = [];
afterEach(async () => {
  while (open.length) await open.pop()!.close();
});

async function setup() {
  const share = await tempShare();
  const desk = await openDesk(share);
  open.push(desk);
  const plain = await desk.opened.register.add(sampleInput(1), 'laura.kalnina');
  const aboutHead = await desk.opened.register.add({ ...sampleInput(2), subject: 'head_conduct' }, 'laura.kalnina');
  let who = head;
  const services = reviewOn(desk, share, () => who);
  return { desk, services, ids: { plain: plain.id, aboutHead: aboutHead.id }, as: (p: Identity) => (who = p) };
}

const code = (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e: unknown) => (e instanceof ContractError ? e.code : String(e)),
  );

/** The decisions `laipni register set`, `register export` and `register rules publish` go through. */
describe('the register decides who may do what, for the app and the laipni command alike', () => {
  it('lets only a reviewer of the entry set its fields, and leaves it unchanged otherwise', async () => {
    const { desk, services, ids, as } = await setup();
    for (const p of [deskStaff, admin, nobody]) {
      as(p);
      expect(await code(services.review.setFields(ids.plain, { status: 'in_review' })), p.account).toBe('forbidden_role');
    }
    as(head);
    expect(await code(services.review.setFields(ids.aboutHead, { status: 'in_review' }))).toBe('forbidden_role');
    expect(await code(services.review.setFields('no-such-entry', { status: 'in_review' }))).toBe('forbidden_role');
    expect(desk.opened.register.entry(ids.plain)!.status).toBe('registered');
    const saved = await services.review.setFields(ids.plain, { status: 'in_review' });
    expect(saved).toMatchObject({ id: ids.plain, status: 'in_review' });
  });

  it('exports only what the person may see in the app: nothing for an admin or a stranger', async () => {
    const { services, ids, as } = await setup();
    const seen = async (p: Identity) => (as(p), (await services.review.visibleEntries()).entries.map((e) => e.id).sort());
    expect(await seen(head)).toEqual([ids.plain]);
    expect(await seen(deskStaff)).toEqual([ids.plain, ids.aboutHead].sort());
    as(admin);
    expect(await code(services.review.visibleEntries())).toBe('forbidden_role');
    as(nobody);
    expect(await code(services.review.visibleEntries())).toBe('forbidden_role');
  });

  it('publishes register rules for an admin only, naming the admin, and nothing for anyone else', async () => {
    const share = await tempShare();
    const dataDir = await tempDir('rules');
    const at = (account: string) => createIdentityService({ account, adminAccounts: ['RNP\\demo.admin'], lookup: () => null });
    expect(await code(publishRegisterRules(at('RNP\\aija.liepina'), share, dataDir, DEFAULT_REGISTER_RULES))).toBe('forbidden_role');
    await expect(readFile(join(share, REGISTER_RULES_PATH), 'utf8')).rejects.toMatchObject({ code: 'ENOENT' });
    await publishRegisterRules(at('RNP\\demo.admin'), share, dataDir, DEFAULT_REGISTER_RULES);
    expect(JSON.parse(await readFile(join(share, REGISTER_RULES_PATH), 'utf8'))).toMatchObject({ publishedBy: 'RNP\\demo.admin' });
  });

  it('lets only a reviewer sign a letter', async () => {
    const { services, ids, as } = await setup();
    as(deskStaff);
    expect(await code(services.letters.compose(ids.plain, 'reply'))).toBe('forbidden_role');
    as(head);
    await services.review.act(ids.plain, { action: 'answer', reply: 'Rinda ir samazināta.' });
    expect((await services.letters.compose(ids.plain, 'reply')).letter.subject).toMatch(/^Par Jūsu \d{4}\. gada \d{1,2}\. \p{L}+ iesniegumu$/u);
  });
});
