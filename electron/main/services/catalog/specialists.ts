import type { SpecialistInfo } from '../../../../shared/catalog/contract';

/**
 * What the catalogue needs from the staff directory: a person by id, with whether they
 * receive clients right now. The directory service plugs in here when it is composed.
 */
export interface SpecialistDirectory {
  describe(personId: string, at: Date): Omit<SpecialistInfo, 'id'> | null;
}

/** Names from the directory when there is one, otherwise just the ids the catalogue holds. */
export function resolveSpecialists(ids: Iterable<string>, directory: SpecialistDirectory | null, at: Date): Record<string, SpecialistInfo> {
  const out: Record<string, SpecialistInfo> = {};
  for (const id of ids) {
    const person = directory?.describe(id, at) ?? null;
    out[id] = person ? { id, ...person } : { id, name: null, position: null, phone: null, room: null, openNow: null };
  }
  return out;
}
