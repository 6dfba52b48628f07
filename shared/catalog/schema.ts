import { z } from 'zod';
import type { ClientLanguage } from '../config/schema';
import { placeholderMismatches } from './translations';

/**
 * The service catalogue, shaped after CPSV-AP 3.x (PublicService with its evidence, cost,
 * channels, competent authority and legal resources) and the fields of the Latvian state
 * portal's service cards. Latvian is required; Latgalian and English fall back to it.
 */
const optionalText = (max: number) => z.string().trim().max(max).optional();

export const multilingual = (max = 4000) => z.object({ lv: z.string().trim().min(1).max(max), ltg: optionalText(max), en: optionalText(max) }).strict();
export type Multilingual = z.output<ReturnType<typeof multilingual>>;

/** A file inside the share's `catalog/forms/` folder: relative, never escaping it. */
const relativeFile = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .refine((p) => !/^([/\\]|[A-Za-z]:)/.test(p) && !p.split(/[/\\]/).includes('..'), 'path');

const url = z
  .string()
  .trim()
  .url()
  .max(500)
  .refine((u) => /^https?:\/\//i.test(u), 'url');

/** `2026-02-30` looks like a date but is none: it must survive a round trip. */
const isCalendarDate = (d: string): boolean => {
  const date = new Date(`${d}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(d);
};

export const SERVICE_ID = /^[a-z0-9][a-z0-9-]{1,63}$/;

export const serviceSchema = z
  .object({
    id: z.string().trim().regex(SERVICE_ID),
    name: multilingual(200),
    description: multilingual(),
    /** Who may receive it (CPSV-AP: CriterionRequirement). */
    audience: multilingual(),
    steps: z.object({ submit: multilingual(), processing: multilingual(), answer: multilingual() }).strict(),
    /** Required documents (CPSV-AP: Evidence). */
    documents: z.array(multilingual(500)).max(30),
    cost: z.object({ amountEur: z.number().min(0).max(100000), note: multilingual(500).optional() }).strict(),
    /** Processing time in working days (weekends and Latvian public holidays not counted). */
    processingDays: z.number().int().min(0).max(365),
    channels: z
      .object({
        inPerson: z
          .object({ address: z.string().trim().min(1).max(300), hours: multilingual(500) })
          .strict()
          .optional(),
        eAddress: z.string().trim().min(1).max(200).optional(),
        portal: url.optional(),
        email: z.string().trim().email().max(200).optional(),
        phone: z
          .string()
          .trim()
          .regex(/^\+?[0-9 ()-]{5,30}$/)
          .optional(),
      })
      .strict(),
    institution: multilingual(300),
    department: multilingual(300).optional(),
    /** Person ids in the staff directory. */
    specialists: z.array(z.string().trim().min(1).max(64)).max(20),
    legalBasis: z.array(z.object({ title: z.string().trim().min(1).max(500), url: url.optional() }).strict()).max(20),
    forms: z.array(z.object({ title: multilingual(300), file: relativeFile.optional() }).strict()).max(20),
    keywords: z.array(z.string().trim().min(1).max(60)).max(40),
    lastReviewed: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'date')
      .refine(isCalendarDate, 'date'),
  })
  .strict();
export type Service = z.output<typeof serviceSchema>;
export type ServiceInput = z.input<typeof serviceSchema>;

/**
 * How an application is reviewed, shown with every service: data, because the law changes
 * (Iesniegumu likums as amended from 1 March 2026: 10 working days, up to one month).
 */
export const reviewProcedureSchema = z
  .object({
    answerWorkingDays: z.number().int().min(1).max(60),
    extensionMonths: z.number().int().min(0).max(12),
    forwardWorkingDays: z.number().int().min(1).max(30),
    legalBasis: z.string().trim().min(1).max(300),
    text: multilingual(),
  })
  .strict()
  .superRefine((procedure, ctx) => {
    for (const language of placeholderMismatches(procedure.text)) ctx.addIssue({ code: 'custom', message: 'placeholders', path: ['text', language] });
  });
export type ReviewProcedure = z.output<typeof reviewProcedureSchema>;

export const catalogueSchema = z
  .object({
    /** Grows by one with every publication. */
    version: z.number().int().min(0),
    /** Sample data (preview mode): shown as such everywhere. */
    sample: z.boolean().optional(),
    reviewProcedure: reviewProcedureSchema,
    services: z
      .array(serviceSchema)
      .max(10000)
      .superRefine((services, ctx) => {
        const seen = new Set<string>();
        services.forEach((s, i) => {
          if (seen.has(s.id)) ctx.addIssue({ code: 'custom', message: 'duplicate_id', path: [i, 'id'] });
          seen.add(s.id);
        });
      }),
  })
  .strict();
export type Catalogue = z.output<typeof catalogueSchema>;

/** The text in the wanted language, or Latvian when that language has none (or an empty one). */
export function localize(text: Multilingual, language: ClientLanguage): string {
  return text[language] || text.lv;
}
