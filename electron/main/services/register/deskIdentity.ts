import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { writeFileAtomic } from '../fs/atomicWrite';

/**
 * Which desk this data folder is on the share. A new folder is a new desk. When a desk finds
 * in its own share folder writes it did not make, it is a clone: it retires the id, takes a
 * new one and a number code of its own, so register numbers stay unique.
 */
const identitySchema = z.object({
  deskId: z.string().regex(/^[a-z0-9-]{1,40}$/),
  nonce: z.string().min(8),
  /** Added to the configured desk code after a clone, e.g. `K2` → `K2X7`. */
  codeSuffix: z.string().regex(/^[A-Z0-9]{0,4}$/),
  retired: z.array(z.object({ deskId: z.string(), reason: z.string(), at: z.string() })),
});
export type DeskIdentity = z.infer<typeof identitySchema>;

export interface DeskIdentityStore {
  current(): DeskIdentity;
  /** Every desk id this folder has written as: its own entries across clones. */
  allIds(): string[];
  rotate(reason: string, at: Date): Promise<DeskIdentity>;
}

const newDeskId = () => randomBytes(6).toString('hex');
const newNonce = () => randomBytes(12).toString('hex');

export async function openDeskIdentity(file: string): Promise<DeskIdentityStore> {
  let identity: DeskIdentity;
  try {
    identity = identitySchema.parse(JSON.parse(await readFile(file, 'utf8')));
  } catch {
    // Missing or damaged: a fresh desk id is always safe, since every event names its own desk.
    identity = { deskId: newDeskId(), nonce: newNonce(), codeSuffix: '', retired: [] };
    await writeFileAtomic(file, `${JSON.stringify(identity, null, 2)}\n`);
  }
  return {
    current: () => identity,
    allIds: () => [identity.deskId, ...identity.retired.map((r) => r.deskId)],
    async rotate(reason, at) {
      const deskId = newDeskId();
      const next: DeskIdentity = {
        deskId,
        nonce: newNonce(),
        codeSuffix: deskId.slice(0, 2).toUpperCase() + String((identity.retired.length + 1) % 10),
        retired: [...identity.retired, { deskId: identity.deskId, reason, at: at.toISOString() }],
      };
      await writeFileAtomic(file, `${JSON.stringify(next, null, 2)}\n`);
      identity = next;
      return next;
    },
  };
}
