import type { ClientLanguage } from '../config/schema';
import type { Multilingual, Service } from './schema';

/**
 * What of a service a client reading `language` would see in Latvian because the catalogue has no
 * translation: the fields by name (`name`, `description`, `documents`, …), each once.
 */
export function untranslatedFields(service: Service, language: Exclude<ClientLanguage, 'lv'>): string[] {
  const missing = (text: Multilingual | undefined) => text !== undefined && !text[language];
  const fields: Array<[string, boolean]> = [
    ['name', missing(service.name)],
    ['description', missing(service.description)],
    ['audience', missing(service.audience)],
    ['steps', missing(service.steps.submit) || missing(service.steps.processing) || missing(service.steps.answer)],
    ['documents', service.documents.some(missing)],
    ['cost', missing(service.cost.note)],
    ['hours', missing(service.channels.inPerson?.hours)],
    ['institution', missing(service.institution) || missing(service.department)],
    ['forms', service.forms.some((f) => missing(f.title))],
  ];
  return fields.filter(([, m]) => m).map(([f]) => f);
}

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;
const placeholders = (text: string) => [...text.matchAll(PLACEHOLDER)].map((m) => m[1]!).sort();

/**
 * A translation must fill in the same numbers as the Latvian text: `{{days}}` left out of the
 * English text would leave the client without the deadline. The languages whose text differs.
 */
export function placeholderMismatches(text: Multilingual): Array<Exclude<ClientLanguage, 'lv'>> {
  const expected = placeholders(text.lv).join(',');
  return (['ltg', 'en'] as const).filter((l) => text[l] && placeholders(text[l]!).join(',') !== expected);
}
