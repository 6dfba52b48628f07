import { z } from 'zod';
import { personSchema, type Person } from './person';

/**
 * What of a person may leave the directory to be shown or printed: contact details for
 * clients, never OS accounts or roles.
 */
export const personCardSchema = personSchema.pick({
  id: true,
  name: true,
  surname: true,
  position: true,
  gender: true,
  positionTranslations: true,
  institution: true,
  department: true,
  room: true,
  address: true,
  phone: true,
  email: true,
  languages: true,
  photo: true,
});
export type PersonCard = z.infer<typeof personCardSchema>;

export function toCard(p: Person): PersonCard {
  const { id, name, surname, position, gender, positionTranslations, institution, department, room, address, phone, email, languages, photo } = p;
  return {
    id,
    name,
    surname,
    position,
    ...(gender ? { gender } : {}),
    ...(positionTranslations ? { positionTranslations } : {}),
    institution,
    department,
    room,
    address,
    phone,
    email,
    languages,
    ...(photo ? { photo } : {}),
  };
}
