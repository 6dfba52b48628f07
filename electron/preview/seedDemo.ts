import { mkdir, writeFile, access } from 'node:fs/promises';
import { join } from 'node:path';
import { seedSampleCatalogue } from './sampleCatalog';
import { STAFF_PATH } from '../main/services/directory/directoryService';
import { sampleDirectory } from './sampleDirectory';
import { initShare } from '../main/services/register/sync/shareLayout';
import { seedSampleRegister } from './sampleRegister';
import { seedSampleSurveys } from './sampleSurveys';
import { seedSampleQuestionnaires } from './sampleQuestionnaires';
import { inLatvia } from '../../shared/calendar/rigaTime';

export interface DemoPaths {
  configFile: string;
  shareFolder: string;
  /** The demo's signed-in account: an admin in the demo configuration. */
  account: string;
}

export const DEMO_ADMIN_ACCOUNT = 'RNP\\demo.admin';

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
  if (!(await exists(configFile))) {
    const config = {
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
  await seedSampleRegister(dataDir, shareFolder, now());
  await seedSampleSurveys(shareFolder, now());
  await seedSampleQuestionnaires(shareFolder, now());
  return { configFile, shareFolder, account: DEMO_ADMIN_ACCOUNT };
}
