import { z } from 'zod';
import { DEFAULT_SUBJECT_REQUEST_ROLES, SUBJECT_REQUEST_ROLES, type SubjectRequestRole } from '../review/subject';
import { DEFAULT_SURVEY_LINKS, DEFAULT_SURVEY_REASONS, SURVEY_LINKS, SURVEY_REASONS, type SurveyLink, type SurveyReason } from '../survey/answers';

/**
 * Machine-wide configuration. IT writes a file; environment variables and command-line flags
 * override it, key by key. Every key reports where its value came from so that the settings
 * screen and `laipni config check` can show it.
 */
export const STAFF_LANGUAGES = ['lv', 'en'] as const;
export const CLIENT_LANGUAGES = ['lv', 'ltg', 'en'] as const;
export const ALL_LANGUAGES = ['lv', 'ltg', 'en'] as const;
export type StaffLanguage = (typeof STAFF_LANGUAGES)[number];
export type ClientLanguage = (typeof CLIENT_LANGUAGES)[number];
export type Language = (typeof ALL_LANGUAGES)[number];

export const CONFIG_SOURCES = ['default', 'machine', 'env', 'flag'] as const;
export type ConfigSource = (typeof CONFIG_SOURCES)[number];

const absolutePath = z
  .string()
  .trim()
  .min(1)
  .refine((p) => /^(\/|[A-Za-z]:[\\/]|\\\\[^\\]+\\[^\\]+)/.test(p), 'absolute');

/** A list given as a JSON array or as a comma-separated string (from the environment or a flag). */
const listOf = <T extends string>(values: readonly [T, ...T[]]) =>
  z
    .union([
      z.array(z.string()),
      z.string().transform((s) =>
        s
          .split(',')
          .map((a) => a.trim())
          .filter(Boolean),
      ),
    ])
    .pipe(z.array(z.enum(values)).max(values.length))
    .transform((list) => [...new Set(list)]);

const flag = z.union([
  z.boolean(),
  z
    .string()
    .trim()
    .toLowerCase()
    .refine((s) => ['on', 'off', 'true', 'false', 'yes', 'no', '1', '0'].includes(s))
    .transform((s) => ['on', 'true', 'yes', '1'].includes(s)),
]);

/** One schema per key; `required` keys without a value are problems, not crashes. */
export const CONFIG_KEYS = {
  shareFolder: { schema: absolutePath, required: true, env: 'LAIPNI_SHARE_FOLDER', flag: 'share-folder' },
  institution: {
    schema: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{2,8}$/),
    required: true,
    env: 'LAIPNI_INSTITUTION',
    flag: 'institution',
  },
  institutionName: {
    schema: z.string().trim().min(1).max(200),
    required: false,
    env: 'LAIPNI_INSTITUTION_NAME',
    flag: 'institution-name',
  },
  desk: {
    schema: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z0-9]{1,6}$/),
    required: true,
    env: 'LAIPNI_DESK',
    flag: 'desk',
  },
  language: {
    schema: z.enum(STAFF_LANGUAGES),
    required: false,
    default: 'lv',
    env: 'LAIPNI_LANGUAGE',
    flag: 'language',
  },
  adminAccounts: {
    schema: z.union([
      z.array(z.string().trim().min(1)),
      z.string().transform((s) =>
        s
          .split(',')
          .map((a) => a.trim())
          .filter(Boolean),
      ),
    ]),
    required: false,
    default: [] as string[],
    env: 'LAIPNI_ADMIN_ACCOUNTS',
    flag: 'admin-accounts',
    machineOnly: true,
  },
  /** The institution's admin public key (`laipni admin keygen`): the trust root of this machine. */
  adminPublicKey: {
    schema: z
      .string()
      .trim()
      .regex(/^ed25519:MCowBQYDK2VwAyEA[A-Za-z0-9+/]{43}=$/),
    required: false,
    env: 'LAIPNI_ADMIN_PUBLIC_KEY',
    flag: 'admin-public-key',
    machineOnly: true,
  },
  clientDisplay: {
    schema: flag,
    required: false,
    default: true,
    env: 'LAIPNI_CLIENT_DISPLAY',
    flag: 'client-display',
  },
  // After this long with a service, referral or complaint sheet shown, the display goes back to the badge.
  displayIdleMinutes: {
    schema: z.union([z.number(), z.string().trim().regex(/^\d+$/).transform(Number)]).pipe(z.number().int().min(1).max(240)),
    required: false,
    default: 3,
    env: 'LAIPNI_DISPLAY_IDLE_MINUTES',
    flag: 'display-idle-minutes',
  },
  // §8.1: what a client's survey answer is linked to, and the reasons offered after a face.
  surveyLinks: {
    schema: listOf(SURVEY_LINKS),
    required: false,
    default: DEFAULT_SURVEY_LINKS as SurveyLink[],
    env: 'LAIPNI_SURVEY_LINKS',
    flag: 'survey-links',
  },
  surveyReasons: {
    schema: listOf(SURVEY_REASONS),
    required: false,
    default: DEFAULT_SURVEY_REASONS as SurveyReason[],
    env: 'LAIPNI_SURVEY_REASONS',
    flag: 'survey-reasons',
  },
  // GDPR art. 15: which reviewer roles may run a data-subject request. It lets personal data out
  // of the register, so, like admin accounts, it is taken only from the machine file.
  subjectRequestRoles: {
    schema: listOf(SUBJECT_REQUEST_ROLES),
    required: false,
    default: DEFAULT_SUBJECT_REQUEST_ROLES as SubjectRequestRole[],
    env: 'LAIPNI_SUBJECT_REQUEST_ROLES',
    flag: 'subject-request-roles',
    machineOnly: true,
  },
} as const;

export type ConfigKey = keyof typeof CONFIG_KEYS;
export const CONFIG_KEY_NAMES = Object.keys(CONFIG_KEYS) as ConfigKey[];

export interface ConfigValues {
  shareFolder: string | null;
  institution: string | null;
  institutionName: string | null;
  desk: string | null;
  language: StaffLanguage;
  adminAccounts: string[];
  adminPublicKey: string | null;
  clientDisplay: boolean;
  displayIdleMinutes: number;
  surveyLinks: SurveyLink[];
  surveyReasons: SurveyReason[];
  subjectRequestRoles: SubjectRequestRole[];
}

export const CONFIG_PROBLEMS = [
  'missing',
  'invalid',
  'folder_not_found',
  'not_a_folder',
  'file_unreadable',
  'file_invalid_json',
  'file_not_object',
  'unknown_key',
  'machine_only',
] as const;
export type ConfigProblemCode = (typeof CONFIG_PROBLEMS)[number];

export interface ConfigProblem {
  /** A config key, or `file` for the machine file as a whole. */
  key: ConfigKey | 'file';
  code: ConfigProblemCode;
  source: ConfigSource;
  /** What was given, for the message (never a secret: these are paths and codes). */
  given?: string;
}

export interface ConfigEntry {
  key: ConfigKey;
  value: string | boolean | string[] | null;
  source: ConfigSource;
}

export type MachineFileStatus = 'ok' | 'missing' | 'unreadable' | 'invalid_json' | 'not_object';

export interface EffectiveConfig {
  values: ConfigValues;
  entries: ConfigEntry[];
  problems: ConfigProblem[];
  machineFile: { path: string; status: MachineFileStatus };
}

export interface ConfigLayers {
  machineFile: { path: string; status: MachineFileStatus; data?: Record<string, unknown> };
  env: Record<string, string | undefined>;
  flags: Record<string, string | boolean | undefined>;
  /**
   * Whether keys that give power (admin accounts, the admin public key) may come from the
   * environment or a flag. Only test builds allow it; elsewhere such values are ignored and
   * reported, so only the machine file, which desk users cannot write, grants admin rights.
   */
  trustOverrides?: boolean;
}

const show = (v: unknown): string => (typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v)));

/** Pure: merges the layers, validates every key and lists every problem. */
export function resolveConfig(layers: ConfigLayers): EffectiveConfig {
  const problems: ConfigProblem[] = [];
  const { machineFile } = layers;
  if (machineFile.status === 'unreadable') problems.push({ key: 'file', code: 'file_unreadable', source: 'machine', given: machineFile.path });
  if (machineFile.status === 'invalid_json') problems.push({ key: 'file', code: 'file_invalid_json', source: 'machine', given: machineFile.path });
  if (machineFile.status === 'not_object') problems.push({ key: 'file', code: 'file_not_object', source: 'machine', given: machineFile.path });

  const machine = machineFile.data ?? {};
  for (const name of Object.keys(machine)) {
    if (!(name in CONFIG_KEYS)) problems.push({ key: 'file', code: 'unknown_key', source: 'machine', given: name });
  }

  const values: Record<string, unknown> = {};
  const entries: ConfigEntry[] = [];
  for (const key of CONFIG_KEY_NAMES) {
    const spec = CONFIG_KEYS[key];
    const overridable = !('machineOnly' in spec) || layers.trustOverrides === true;
    const overrides: Array<[ConfigSource, unknown]> = [
      ['flag', layers.flags[spec.flag]],
      ['env', layers.env[spec.env]],
    ];
    if (!overridable) {
      for (const [from, v] of overrides) if (v !== undefined && v !== '') problems.push({ key, code: 'machine_only', source: from });
    }
    const candidates: Array<[ConfigSource, unknown]> = [...(overridable ? overrides : []), ['machine', machine[key]]];
    const found = candidates.find(([, v]) => v !== undefined && v !== '');
    let value: unknown = 'default' in spec ? spec.default : null;
    let source: ConfigSource = 'default';
    if (found) {
      const [from, raw] = found;
      const parsed = spec.schema.safeParse(raw);
      if (parsed.success) {
        value = parsed.data;
        source = from;
      } else {
        problems.push({ key, code: 'invalid', source: from, given: show(raw) });
      }
    } else if (spec.required) {
      problems.push({ key, code: 'missing', source: 'default' });
    }
    values[key] = value;
    entries.push({ key, value: value as ConfigEntry['value'], source });
  }

  return {
    values: values as unknown as ConfigValues,
    entries,
    problems,
    machineFile: { path: machineFile.path, status: machineFile.status },
  };
}

/** Parses `--key=value`, `--key value` and bare `--key` (true) into a flat map. */
export function parseFlags(argv: readonly string[]): Record<string, string | boolean> {
  const flags: Record<string, string | boolean> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg?.startsWith('--')) continue;
    const body = arg.slice(2);
    const eq = body.indexOf('=');
    if (eq >= 0) {
      flags[body.slice(0, eq)] = body.slice(eq + 1);
    } else {
      const next = argv[i + 1];
      if (next !== undefined && !next.startsWith('--')) {
        flags[body] = next;
        i++;
      } else {
        flags[body] = true;
      }
    }
  }
  return flags;
}
