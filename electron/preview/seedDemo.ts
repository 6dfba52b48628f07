import { mkdir, writeFile, access } from 'node:fs/promises';
import { join } from 'node:path';

export interface DemoPaths {
  configFile: string;
  shareFolder: string;
}

const exists = (p: string) => access(p).then(() => true, () => false);

/** First run of preview mode: a demo machine config and a demo share, marked as sample data. */
export async function seedDemo(dataDir: string): Promise<DemoPaths> {
  const shareFolder = join(dataDir, 'share');
  const configFile = join(dataDir, 'config.json');
  await mkdir(shareFolder, { recursive: true });
  if (!(await exists(configFile))) {
    const config = {
      shareFolder,
      institution: 'RNP',
      institutionName: 'Rēzeknes novada pašvaldība (paraugs)',
      desk: 'K1',
      language: 'lv',
      clientDisplay: true,
    };
    await writeFile(configFile, `${JSON.stringify(config, null, 2)}\n`);
  }
  return { configFile, shareFolder };
}
