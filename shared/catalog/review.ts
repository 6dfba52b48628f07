import type { Catalogue, ReviewProcedure } from './schema';

/**
 * The general review procedure under the Law on Submissions (Iesniegumu likums) as amended
 * in force from 1 March 2026. `{{days}}`, `{{months}}` and `{{forwardDays}}` are filled in
 * from the numbers so that changing a number changes every text.
 */
export const DEFAULT_REVIEW_PROCEDURE: ReviewProcedure = {
  answerWorkingDays: 10,
  extensionMonths: 1,
  forwardWorkingDays: 5,
  legalBasis: 'Iesniegumu likums (redakcijā, kas stājas spēkā 2026. gada 1. martā)',
  text: {
    lv: 'Iesniegumu izskata un atbildi sniedz {{days}} darba dienu laikā. Ja atbildes sagatavošanai objektīvi vajadzīgs ilgāks laiks, termiņu var pagarināt līdz {{months}} mēnesim, par to rakstiski paziņojot iesniedzējam. Ja jautājums nav iestādes kompetencē, {{forwardDays}} darba dienu laikā iesniegumu pārsūta kompetentajai iestādei vai pasaka, kur vērsties.',
    ltg: 'Īsnīgumu izskota i atbiļdi dūd {{days}} dorba dīnu laikā. Ka atbiļdis sagatavuošonai vajadzeigs garāks laiks, termiņu var pagarinēt leidz {{months}} mienesim, par tū rakstiski pazjinojūt īsnīdzējam. Ka jautuojums nav īstuodis kompetencē, {{forwardDays}} dorba dīnu laikā īsnīgumu puorsyuta kompetentajai īstuodei voi pasoka, kur grīztīs.',
    en: 'Your application is reviewed and answered within {{days}} working days. If more time is objectively needed, the deadline may be extended to up to {{months}} month(s); you will be told so in writing. If the matter is outside the institution’s competence, within {{forwardDays}} working days the application is forwarded to the competent body or you are told where to turn.',
  },
};

export const emptyCatalogue = (): Catalogue => ({ version: 0, reviewProcedure: DEFAULT_REVIEW_PROCEDURE, services: [] });

/** The review text with its numbers filled in. */
export function reviewText(procedure: ReviewProcedure, text: string): string {
  return text
    .replaceAll('{{days}}', String(procedure.answerWorkingDays))
    .replaceAll('{{months}}', String(procedure.extensionMonths))
    .replaceAll('{{forwardDays}}', String(procedure.forwardWorkingDays));
}
