import { fullName } from '../../../../shared/directory/person';
import { latvianPosition } from '../../../../shared/directory/position';
import { receptionStatus } from '../../../../shared/directory/hours';
import type { DirectoryService } from '../directory/directoryService';
import type { SpecialistDirectory } from './specialists';

/** The staff directory as the catalogue sees it: a specialist's name, place and whether they receive now. */
export function specialistsFromDirectory(directory: Pick<DirectoryService, 'get'>): SpecialistDirectory {
  return {
    describe(personId, at) {
      const person = directory.get(personId);
      if (!person) return null;
      return {
        name: fullName(person),
        position: latvianPosition(person),
        ...(person.positionTranslations ? { positionTranslations: person.positionTranslations } : {}),
        phone: person.phone || null,
        room: person.room || null,
        openNow: receptionStatus(person.reception, at).open,
      };
    },
  };
}
