import { readFile, stat } from 'node:fs/promises';
import { resolveConfig, parseFlags, type ConfigLayers, type EffectiveConfig } from '../../../../shared/config/schema';

export interface ConfigInputs {
  env: Record<string, string | undefined>;
  argv: readonly string[];
  platform: NodeJS.Platform;
  /** Admin accounts and the admin key from the environment or flags: test builds only (the default). */
  trustOverrides?: boolean;
}

/** Where IT puts the machine-wide file; `--config` or LAIPNI_CONFIG point elsewhere. */
export function machineConfigPath({ env, argv, platform }: ConfigInputs): string {
  const flags = parseFlags(argv);
  if (typeof flags.config === 'string' && flags.config) return flags.config;
  if (env.LAIPNI_CONFIG) return env.LAIPNI_CONFIG;
  if (platform === 'win32') return `${env.ProgramData ?? 'C:\\ProgramData'}\\Laipni\\config.json`;
  return '/etc/laipni/config.json';
}

async function readMachineFile(path: string): Promise<ConfigLayers['machineFile']> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { path, status: code === 'ENOENT' ? 'missing' : 'unreadable' };
  }
  try {
    const data: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
    if (!data || typeof data !== 'object' || Array.isArray(data)) return { path, status: 'not_object' };
    return { path, status: 'ok', data: data as Record<string, unknown> };
  } catch {
    return { path, status: 'invalid_json' };
  }
}

/** Reads the machine file, environment and flags, validates them and checks the share folder exists. */
export async function loadConfig(inputs: ConfigInputs): Promise<EffectiveConfig> {
  const machineFile = await readMachineFile(machineConfigPath(inputs));
  const config = resolveConfig({
    machineFile,
    env: inputs.env,
    flags: parseFlags(inputs.argv),
    trustOverrides: inputs.trustOverrides ?? __LAIPNI_TEST_BUILD__,
  });
  const share = config.values.shareFolder;
  if (share) {
    const source = config.entries.find((e) => e.key === 'shareFolder')?.source ?? 'default';
    try {
      const info = await stat(share);
      if (!info.isDirectory()) config.problems.push({ key: 'shareFolder', code: 'not_a_folder', source, given: share });
    } catch {
      config.problems.push({ key: 'shareFolder', code: 'folder_not_found', source, given: share });
    }
  }
  return config;
}
