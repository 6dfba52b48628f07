import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_DEADLINE_TABLE } from '../../shared/register/deadlines';
import { LATVIAN_HOLIDAYS } from '../../shared/calendar/holidays';
import { workCalendar } from '../../shared/calendar/workingDays';
import { openRegister, type OpenedRegister } from '../../electron/main/services/register/openRegister';
import { createSyncLoop, type SyncLoop } from '../../electron/main/services/register/sync/syncLoop';
import { initShare } from '../../electron/main/services/register/sync/shareLayout';
import type { TrustRoot } from '../../electron/main/services/trust/trustRoot';
import { fileClock } from './fileClock';

export const RULES = { deadlines: DEFAULT_DEADLINE_TABLE, calendar: workCalendar(LATVIAN_HOLIDAYS), routing: {} };

export const tempDir = (prefix: string) => mkdtemp(join(tmpdir(), `laipni-${prefix}-`));

export async function tempShare(): Promise<string> {
  const share = await tempDir('share');
  await initShare(share, new Date(fileClock()));
  return share;
}

export interface TestDesk {
  dataDir: string;
  opened: OpenedRegister;
  sync: SyncLoop;
  close(): Promise<void>;
}

/** A desk in-process, on a real temp folder, syncing with a real temp share. */
export async function openDesk(
  share: string | null,
  options: { dataDir?: string; deskCode?: string; wall?: () => number; segmentBytes?: number; trust?: TrustRoot | null } = {},
): Promise<TestDesk> {
  const dataDir = options.dataDir ?? (await tempDir('desk'));
  const opened = await openRegister({ dataDir, institution: 'RNP', deskCode: options.deskCode ?? 'K1', rules: RULES, wall: options.wall ?? fileClock });
  const sync = await createSyncLoop({
    opened,
    dataDir,
    share,
    institution: 'RNP',
    deskCode: options.deskCode ?? 'K1',
    retry: { maxMs: 300, firstDelayMs: 20 },
    persistEveryMs: 0,
    now: () => new Date(fileClock()),
    segmentBytes: options.segmentBytes,
    trust: options.trust,
  });
  return {
    dataDir,
    opened,
    sync,
    async close() {
      await sync.stop();
      await opened.close();
    },
  };
}

export const sampleInput = (n: number) => ({
  kind: 'complaint' as const,
  channel: 'in_person' as const,
  subject: 'service_quality' as const,
  description: `Klients gaidīja rindā pārāk ilgi (${n})`,
});
