import { mkdir, readFile, writeFile, access } from 'node:fs/promises';
import { CATALOG_SHARE_PATH } from '../main/services/catalog/catalogService';
import { openDeskIdentity } from '../main/services/register/deskIdentity';
import { registerPaths } from '../main/services/register/openRegister';
import { deskKeyFile } from '../main/services/register/sync/syncLoop';
import { fileKeyStore, loadDeskKey } from '../main/services/trust/deskKey';
import { enrolmentsDocument } from '../main/services/trust/enrolments';
import { newKeyPair, privateKeyPem, publicKeyText, readPrivateKey, type KeyPair } from '../main/services/trust/keys';
import { signatureFile, signDocument } from '../main/services/trust/signedDocument';
import { trustRootFrom } from '../main/services/trust/trustRoot';
import { join } from 'node:path';
import { seedSampleCatalogue } from './sampleCatalog';
import { STAFF_PATH } from '../main/services/directory/directoryService';
import { sampleDirectory } from './sampleDirectory';
import { initShare } from '../main/services/register/sync/shareLayout';
import { seedSampleRegister } from './sampleRegister';
import { seedSampleSurveys } from './sampleSurveys';
import { seedSampleQuestionnaires } from './sampleQuestionnaires';
import { inLatvia } from '../../shared/calendar/rigaTime';
import { DEFAULT_REGISTER_RULES, REGISTER_RULES_PATH } from '../../shared/register/rules';
import type { Letterhead } from '../../shared/review/letters';

export interface DemoPaths {
  configFile: string;
  shareFolder: string;
  /** The demo's signed-in account: an admin in the demo configuration. */
  account: string;
  /** The demo trust root's private key (demo only, kept unencrypted in the preview folder). */
  admin: KeyPair;
  /** The desk codes preview enrolled with the demo key this time (empty when done before). */
  enrolled: string[];
}

export const DEMO_ADMIN_ACCOUNT = 'RNP\\demo.admin';

/** The sample institution's letterhead (invented registration number); the ethics commission's chair signs its letters. */
export const SAMPLE_LETTERHEAD: Letterhead = {
  name: 'Rēzeknes novada pašvaldība (paraugs)',
  nameGenitive: 'Rēzeknes novada pašvaldības (paraugs)',
  registrationNo: '90000000001',
  address: 'Atbrīvošanas aleja 95A, Rēzekne, LV-4601',
  place: 'Rēzeknē',
  ethicsChair: { personId: 'kitija.jaunzeme', position: 'Ētikas komisijas priekšsēdētāja' },
};

const exists = (p: string) =>
  access(p).then(
    () => true,
    () => false,
  );

/** First run of preview mode: a demo machine config and a demo share, marked as sample data. */
export async function seedDemo(dataDir: string, now: () => number = Date.now): Promise<DemoPaths> {
  const shareFolder = join(dataDir, 'share');
  const configFile = join(dataDir, 'config.json');
  await mkdir(shareFolder, { recursive: true });
  // Sample share: marked, so the register syncs in preview as it would on a real one.
  await initShare(shareFolder, new Date(now()));
  const admin = await demoAdminKey(join(dataDir, 'demo-admin-key.pem'));
  if (!(await exists(configFile))) {
    const config = {
      adminPublicKey: publicKeyText(admin.publicKey),
      shareFolder,
      institution: 'RNP',
      institutionName: 'Rēzeknes novada pašvaldība (paraugs)',
      desk: 'K1',
      language: 'lv',
      adminAccounts: [DEMO_ADMIN_ACCOUNT],
      clientDisplay: true,
    };
    await writeFile(configFile, `${JSON.stringify(config, null, 2)}\n`);
  }
  await seedSampleCatalogue(shareFolder);
  const staffFile = join(shareFolder, STAFF_PATH);
  if (!(await exists(staffFile))) {
    await mkdir(join(shareFolder, 'catalog'), { recursive: true });
    await writeFile(
      staffFile,
      `${JSON.stringify({ publishedAt: new Date(now()).toISOString(), publishedBy: 'sample', data: sampleDirectory(inLatvia(new Date(now())).date) }, null, 1)}\n`,
    );
  }
  // Register rules as published for the sample institution: the law's defaults and its letterhead.
  const rulesFile = join(shareFolder, REGISTER_RULES_PATH);
  if (!(await exists(rulesFile))) {
    await mkdir(join(shareFolder, 'config'), { recursive: true });
    const data = { ...DEFAULT_REGISTER_RULES, letterheads: { RNP: SAMPLE_LETTERHEAD } };
    await writeFile(rulesFile, `${JSON.stringify({ publishedAt: new Date(now()).toISOString(), publishedBy: 'sample', data }, null, 1)}\n`);
  }
  await seedSampleRegister(dataDir, shareFolder, now());
  // The demo trust root signs what IT would sign, and enrols the demo desks (this one and the two sample desks).
  for (const path of [STAFF_PATH, CATALOG_SHARE_PATH, REGISTER_RULES_PATH]) await signOnce(join(shareFolder, path), admin, now);
  const enrolled = await enrolDemoDesks(dataDir, shareFolder, admin, now);
  await seedSampleSurveys(shareFolder, now());
  await seedSampleQuestionnaires(shareFolder, now());
  return { configFile, shareFolder, account: DEMO_ADMIN_ACCOUNT, admin, enrolled };
}

async function demoAdminKey(file: string): Promise<KeyPair> {
  if (await exists(file)) {
    const keys = readPrivateKey(await readFile(file, 'utf8'));
    if (typeof keys !== 'string') return keys;
  }
  const keys = newKeyPair();
  await writeFile(file, privateKeyPem(keys.privateKey), { mode: 0o600 });
  return keys;
}

async function signOnce(file: string, admin: KeyPair, now: () => number): Promise<void> {
  if (!(await exists(file)) || (await exists(signatureFile(file)))) return;
  await writeFile(signatureFile(file), signDocument(admin, file, await readFile(file), new Date(now())));
}

async function enrolDemoDesks(dataDir: string, share: string, admin: KeyPair, now: () => number): Promise<string[]> {
  const trust = trustRootFrom(publicKeyText(admin.publicKey))!;
  const doc = enrolmentsDocument(share, join(dataDir, 'cache'), trust, () => new Date(now()));
  const list = await doc.load();
  const desks = [...list.data.desks];
  const enrolled: string[] = [];
  for (const [code, dir] of [
    ['K1', dataDir],
    ['K2', join(dataDir, 'sample-desk-K2')],
    ['K3', join(dataDir, 'sample-desk-K3')],
  ] as const) {
    const deskId = (await openDeskIdentity(registerPaths(dir).identity)).current().deskId;
    if (desks.some((d) => d.deskId === deskId)) continue;
    const keys = await loadDeskKey(fileKeyStore(deskKeyFile(dir)));
    desks.push({ deskId, institution: 'RNP', deskCode: code, publicKey: publicKeyText(keys.publicKey), enrolledAt: new Date(now()).toISOString() });
    enrolled.push(code);
  }
  if (enrolled.length) await doc.publish({ desks }, 'preview (demo trust root)', admin);
  return enrolled;
}
