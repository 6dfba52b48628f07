import { z } from 'zod';
import { ROLES } from '../identity/identity';

/**
 * The staff directory (§6, §4.2.3): who works where, how to reach them and when they receive
 * clients. Published by admins to the share as `catalog/staff.json`; codes (weekdays, roles,
 * languages) are stored as codes and translated only on screen.
 */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const hhmmSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'time');

const isValidDate = (s: string) => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
};
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'date')
  .refine(isValidDate, 'date');

export const slotSchema = z
  .object({ from: hhmmSchema, to: hhmmSchema })
  .strict()
  .refine((s) => s.from < s.to, 'order');
export type Slot = z.infer<typeof slotSchema>;

export const weeklySlotSchema = z
  .object({ day: z.enum(WEEKDAYS), from: hhmmSchema, to: hhmmSchema })
  .strict()
  .refine((s) => s.from < s.to, 'order');
export type WeeklySlot = z.infer<typeof weeklySlotSchema>;

/** A period the person does not receive clients (leave, training, sick leave): first and last day. */
export const absenceSchema = z
  .object({ from: isoDateSchema, to: isoDateSchema })
  .strict()
  .refine((a) => a.from <= a.to, 'order');
export type Absence = z.infer<typeof absenceSchema>;

/**
 * One dated change to the weekly plan: no reception that day (`slots` empty) or other hours, with
 * a short note for clients ("Sanāksme", "Pieņem 2. kabinetā"). It wins over the weekly plan, a
 * public holiday and an absence, because an admin wrote it for that very day.
 */
export const hoursExceptionSchema = z
  .object({ date: isoDateSchema, slots: z.array(slotSchema).max(10), note: z.string().trim().max(200) })
  .strict()
  .refine((e) => e.slots.every((s, i) => i === 0 || e.slots[i - 1]!.to < s.from), 'overlap');
export type HoursException = z.infer<typeof hoursExceptionSchema>;

export const receptionSchema = z
  .object({
    weekly: z.array(weeklySlotSchema).max(70),
    absences: z.array(absenceSchema).max(200),
    /** Dated exceptions; absent in directories published before they existed. */
    exceptions: z.array(hoursExceptionSchema).max(200).optional(),
    /**
     * Hours once written as free text that could not be read as a weekly plan: kept word for
     * word so nothing is lost, shown to the admin to re-enter, and never shown to clients.
     */
    unparsed: z.string().max(1000).optional(),
  })
  .strict();
export type Reception = z.infer<typeof receptionSchema>;

/** Grammatical gender of a person's titles: feminine or masculine. */
export const GENDERS = ['f', 'm'] as const;
export type Gender = (typeof GENDERS)[number];

const text = (max: number) => z.string().trim().max(max);
const required = (max: number) => z.string().trim().min(1).max(max);

export const personSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9._-]{0,63}$/, 'id'),
    name: required(80),
    surname: required(80),
    /** The position as the directory writes it, in Latvian; for a woman it may be written in the masculine, as staff schedules name posts. */
    position: required(160),
    /**
     * The grammatical gender of the person's titles. `f` puts a Latvian position written in the
     * masculine into the feminine (`Būvvaldes vadītājs` → `Būvvaldes vadītāja`); missing in older
     * directories, where the position is shown exactly as written.
     */
    gender: z.enum(GENDERS).optional(),
    /** The position in the client languages, written in the person's gender; where one is missing, Latvian is shown. */
    positionTranslations: z
      .object({ ltg: text(160).optional(), en: text(160).optional() })
      .strict()
      .optional(),
    institutionCode: z
      .string()
      .trim()
      .regex(/^[A-Z]{2,8}$/, 'code'),
    institution: required(200),
    department: text(200),
    room: text(60),
    address: text(200),
    phone: z
      .string()
      .trim()
      .regex(/^[+0-9 ()-]{0,30}$/, 'phone'),
    email: z.union([z.literal(''), z.email().max(120)]),
    reception: receptionSchema,
    languages: z.array(z.string().regex(/^[a-z]{2,3}$/, 'language')).max(12),
    /** A small picture as a data URL; the display shows it when present. */
    photo: z
      .string()
      .regex(/^data:image\/(png|jpeg|webp);base64,[A-Za-z0-9+/=]+$/, 'photo')
      .max(400_000)
      .optional(),
    accounts: z.array(z.string().trim().min(1).max(120)).max(10),
    roles: z.array(z.enum(ROLES)).max(ROLES.length),
    /** Services and topics the person answers for, so a referral search finds them. */
    keywords: z.array(z.string().trim().min(1).max(80)).max(40),
  })
  .strict();
export type Person = z.infer<typeof personSchema>;

/** The most people one published directory holds; an import over it is refused before preview. */
export const MAX_PEOPLE = 20_000;

export const directorySchema = z
  .object({
    /** Sample data (preview mode): the screens say so. */
    sample: z.boolean().optional(),
    people: z.array(personSchema).max(MAX_PEOPLE),
  })
  .strict()
  .superRefine((d, ctx) => {
    const ids = new Set<string>();
    const accounts = new Set<string>();
    d.people.forEach((p, i) => {
      if (ids.has(p.id)) ctx.addIssue({ code: 'custom', message: 'duplicate', path: ['people', i, 'id'] });
      ids.add(p.id);
      p.accounts.forEach((a, j) => {
        const key = a.toLowerCase();
        if (accounts.has(key)) ctx.addIssue({ code: 'custom', message: 'duplicate', path: ['people', i, 'accounts', j] });
        accounts.add(key);
      });
    });
  });
export type Directory = z.infer<typeof directorySchema>;

export const emptyDirectory: Directory = { people: [] };

export const fullName = (p: Pick<Person, 'name' | 'surname'>): string => `${p.name} ${p.surname}`;

/** Surname, then name, in Latvian collation. */
const collator = new Intl.Collator('lv');
export const byName = (a: Pick<Person, 'name' | 'surname'>, b: Pick<Person, 'name' | 'surname'>): number =>
  collator.compare(a.surname, b.surname) || collator.compare(a.name, b.name);
