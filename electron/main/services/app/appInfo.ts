import type { AppInfo } from '../../../../shared/app/contract';

export interface AppInfoInputs {
  name: string;
  version: string;
  mode: AppInfo['mode'];
  dataFolder: string;
  logFile: string;
  versions: NodeJS.ProcessVersions;
  platform: NodeJS.Platform;
}

export function describeApp(i: AppInfoInputs): AppInfo {
  return {
    name: i.name,
    version: i.version,
    mode: i.mode,
    platform: i.platform,
    versions: { electron: i.versions.electron ?? null, chrome: i.versions.chrome ?? null, node: i.versions.node },
    dataFolder: i.dataFolder,
    logFile: i.logFile,
  };
}
