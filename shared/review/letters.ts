import type { RegisterEntry } from '../register/record';

/**
 * Letters to the client from templates, in Latvian (the official language of the reply).
 * Each letter is plain paragraphs; the renderer prints them and the history records it.
 */
export const LETTER_KINDS = ['reply', 'extension', 'referral'] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];
/** How a letter is named in the entry's history (Latvian, like the letter itself). */
export const LETTER_NAMES: Record<LetterKind, string> = { reply: 'atbilde', extension: 'termiņa pagarinājums', referral: 'pārsūtīšana' };

export interface LetterInput {
  entry: Pick<RegisterEntry, 'number' | 'registeredAt' | 'client' | 'reply' | 'dueDate' | 'statusReason'>;
  institutionName: string;
  signer: { name: string; position: string };
  today: string;
  /** For a referral: the competent body the client is referred to. */
  referredTo?: string;
}

export interface Letter {
  kind: LetterKind;
  addressee: string;
  date: string;
  subject: string;
  paragraphs: string[];
  signature: string[];
}

/** `2026-03-05` → `2026. gada 5. martā` (Latvian letter date, locative month). */
const MONTHS = ['janvārī', 'februārī', 'martā', 'aprīlī', 'maijā', 'jūnijā', 'jūlijā', 'augustā', 'septembrī', 'oktobrī', 'novembrī', 'decembrī'];
export function latvianDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${y}. gada ${d}. ${MONTHS[m - 1]}`;
}

export function composeLetter(kind: LetterKind, input: LetterInput): Letter {
  const { entry } = input;
  const registered = latvianDate(entry.registeredAt.slice(0, 10));
  const addressee = entry.client.anonymous ? 'Iesniedzējam' : `${entry.client.name}\n${entry.client.contact}`;
  const base = { kind, addressee, date: latvianDate(input.today), signature: [input.signer.name, input.signer.position, input.institutionName] };
  const regarding = `Par Jūsu ${registered} iesniegumu Nr. ${entry.number}`;
  if (kind === 'reply') {
    return {
      ...base,
      subject: regarding,
      paragraphs: [
        `${input.institutionName} ir izskatījusi Jūsu iesniegumu Nr. ${entry.number}.`,
        entry.reply ?? '',
        'Ja nepiekrītat atbildei, Jums ir tiesības to apstrīdēt normatīvajos aktos noteiktajā kārtībā.',
      ].filter(Boolean),
    };
  }
  if (kind === 'extension') {
    return {
      ...base,
      subject: `${regarding}: atbildes termiņa pagarinājums`,
      paragraphs: [
        `Informējam, ka Jūsu iesnieguma Nr. ${entry.number} izskatīšanai nepieciešams ilgāks laiks.`,
        entry.statusReason ? `Iemesls: ${entry.statusReason}` : '',
        `Atbildi sniegsim līdz ${latvianDate(entry.dueDate)}.`,
      ].filter(Boolean),
    };
  }
  return {
    ...base,
    subject: `${regarding}: pārsūtīšana pēc piekritības`,
    paragraphs: [
      `Jūsu iesniegumā Nr. ${entry.number} minētais jautājums nav ${input.institutionName} kompetencē.`,
      `Iesniegums ir pārsūtīts izskatīšanai: ${input.referredTo ?? entry.statusReason ?? ''}.`,
      entry.statusReason && input.referredTo ? `Pamatojums: ${entry.statusReason}` : '',
    ].filter(Boolean),
  };
}
