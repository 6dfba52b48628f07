import { join } from 'node:path';
import { ContractError } from '../../../../shared/contract/result';
import type { TrustStatus, WaitingDesk } from '../../../../shared/trust/contract';
import type { Identity } from '../../../../shared/identity/identity';
import { desksDir, readShareFile, shareLogIo } from '../shareLog';
import { DESK_KEY_FILE, deskKeySchema, enrolmentsDocument } from './enrolments';
import type { TrustRoot } from './trustRoot';

/**
 * The admin's view of the trust root: the pinned key, the enrolled desks, and the desks whose
 * keys wait on the share, each with the command that enrols it. Reads the share as every
 * reader does (no links, no FIFOs, bounded); changes nothing.
 */
export function createTrustStatus(deps: { share: string | null; dataFolder: string; trust: TrustRoot | null; identity: { current(): Identity } }) {
  return {
    async status(): Promise<TrustStatus> {
      if (!deps.identity.current().roles.includes('admin')) throw new ContractError('forbidden_role', 'The trust root is for admins');
      if (!deps.trust) return { adminKey: null, enrolled: [], waiting: [], shareUnavailable: false };
      const list = await enrolmentsDocument(deps.share, join(deps.dataFolder, 'cache'), deps.trust).load();
      const enrolled = list.data.desks;
      const waiting: WaitingDesk[] = [];
      let shareUnavailable = list.problem === 'share_unavailable';
      if (deps.share) {
        // An admin waits seconds at most for a share that does not answer, not sync's minute.
        const io = shareLogIo({ maxMs: 2_000, firstDelayMs: 100 });
        try {
          for (const folder of (await io.list(desksDir(deps.share))).sort()) {
            const file = join(desksDir(deps.share), folder, DESK_KEY_FILE);
            const parsed = await readShareFile(file, 64 * 1024)
              .then((b) => deskKeySchema.safeParse(JSON.parse(b.toString('utf8'))))
              .catch(() => null);
            // A key file must name the folder it is in: one posted into another desk's folder is not that desk.
            if (!parsed?.success || parsed.data.deskId !== folder) continue;
            const key = parsed.data;
            const current = enrolled.find((d) => d.deskId === key.deskId);
            if (current?.publicKey === key.publicKey) continue;
            waiting.push({
              deskId: key.deskId,
              institution: key.institution,
              deskCode: key.deskCode,
              createdAt: key.createdAt,
              keyChanged: current !== undefined,
              command: `laipni admin enrol "${file}" --key <admin-key.pem> --share "${deps.share}"`,
            });
          }
        } catch {
          shareUnavailable = true;
        }
      }
      return {
        adminKey: deps.trust.fingerprint,
        enrolled: enrolled.map(({ deskId, institution, deskCode, enrolledAt }) => ({ deskId, institution, deskCode, enrolledAt })),
        waiting,
        shareUnavailable,
      };
    },
  };
}
export type TrustStatusService = ReturnType<typeof createTrustStatus>;
