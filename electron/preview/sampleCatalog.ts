import { access, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { samplePdf } from './samplePdf';
import { DEFAULT_REVIEW_PROCEDURE } from '../../shared/catalog/review';
import type { Catalogue, Multilingual, Service } from '../../shared/catalog/schema';

/**
 * SAMPLE catalogue for preview mode and benchmarks: plausible Rēzekne region municipal
 * services, not an authoritative list. Every text says it is a sample. Specialist ids are
 * those of the sample staff directory, so the two samples meet once both are seeded.
 */
type Dept = 'dzimts' | 'soc' | 'buv' | 'zeme' | 'izgl' | 'dekl' | 'fin' | 'kom' | 'kanc' | 'barin';

interface DeptInfo {
  department: Multilingual;
  specialists: string[];
  audience: Multilingual;
  documents: Multilingual[];
  legal: string;
}

const ADDRESS = 'Atbrīvošanas aleja 95A, Rēzekne (paraugs)';
const HOURS: Multilingual = {
  lv: 'P. 8.00–18.00, O.–C. 8.00–17.00, Pk. 8.00–15.00',
  en: 'Mon 8:00–18:00, Tue–Thu 8:00–17:00, Fri 8:00–15:00',
  ltg: 'P. 8.00–18.00, O.–C. 8.00–17.00, Pk. 8.00–15.00',
};
const PASSPORT: Multilingual = {
  lv: 'Personu apliecinošs dokuments (pase vai eID karte)',
  en: 'Identity document (passport or eID card)',
  ltg: 'Personu apliecynojūšs dokuments (pase voi eID karte)',
};
const APPLICATION: Multilingual = {
  lv: 'Iesniegums (veidlapa pieejama klientu apkalpošanas centrā)',
  en: 'Application (the form is available at the client service centre)',
};
const ANYONE: Multilingual = {
  lv: 'Jebkura fiziska vai juridiska persona',
  en: 'Any natural or legal person',
  ltg: 'Kurys patīs fiziska voi juridiska persona',
};
const RESIDENTS: Multilingual = { lv: 'Personas, kuru deklarētā dzīvesvieta ir Rēzeknes novadā', en: 'People whose declared residence is in Rēzekne region' };

const DEPTS: Record<Dept, DeptInfo> = {
  dzimts: {
    department: { lv: 'Dzimtsarakstu nodaļa', en: 'Civil Registry Office' },
    specialists: ['dace.zarina', 'marta.vitola'],
    audience: ANYONE,
    documents: [PASSPORT],
    legal: 'Civilstāvokļa aktu reģistrācijas likums',
  },
  soc: {
    department: { lv: 'Sociālais dienests', en: 'Social Service', ltg: 'Sociālais dīnests' },
    specialists: ['ilze.berzina', 'modris.balodis'],
    audience: RESIDENTS,
    documents: [PASSPORT, APPLICATION, { lv: 'Ienākumus apliecinoši dokumenti par pēdējiem 3 mēnešiem', en: 'Proof of income for the last 3 months' }],
    legal: 'Sociālo pakalpojumu un sociālās palīdzības likums',
  },
  buv: {
    department: { lv: 'Būvvalde', en: 'Building Authority' },
    specialists: ['janis.ozolins', 'kristaps.kalns'],
    audience: ANYONE,
    documents: [PASSPORT, { lv: 'Būvniecības ieceres dokumenti BIS sistēmā', en: 'Construction plan documents in the Building Information System' }],
    legal: 'Būvniecības likums',
  },
  zeme: {
    department: { lv: 'Nekustamā īpašuma nodaļa', en: 'Real Estate Department' },
    specialists: ['inese.sproge', 'valdis.pukitis'],
    audience: ANYONE,
    documents: [
      PASSPORT,
      APPLICATION,
      { lv: 'Zemesgrāmatas apliecība vai cits īpašumtiesības apliecinošs dokuments', en: 'Land Register certificate or other proof of ownership' },
    ],
    legal: 'Nekustamā īpašuma nodokļa likums',
  },
  izgl: {
    department: { lv: 'Izglītības pārvalde', en: 'Education Board', ltg: 'Izgleiteibys puorvalde' },
    specialists: ['ilona.strazda'],
    audience: RESIDENTS,
    documents: [PASSPORT, APPLICATION, { lv: 'Bērna dzimšanas apliecība', en: 'Child’s birth certificate' }],
    legal: 'Izglītības likums',
  },
  dekl: {
    department: { lv: 'Klientu apkalpošanas centrs', en: 'Client Service Centre', ltg: 'Klīntu apkalpuošonys centrs' },
    specialists: ['laura.kalnina', 'svetlana.rudzite'],
    audience: ANYONE,
    documents: [PASSPORT],
    legal: 'Dzīvesvietas deklarēšanas likums',
  },
  fin: {
    department: { lv: 'Finanšu nodaļa', en: 'Finance Department' },
    specialists: ['andris.krumins'],
    audience: ANYONE,
    documents: [PASSPORT, APPLICATION],
    legal: 'Likums “Par nodokļiem un nodevām”',
  },
  kom: {
    department: { lv: 'Komunālās saimniecības nodaļa', en: 'Municipal Services Department' },
    specialists: ['normunds.griva'],
    audience: ANYONE,
    documents: [PASSPORT, APPLICATION],
    legal: 'Pašvaldību likums',
  },
  kanc: {
    department: { lv: 'Kanceleja', en: 'Registry and Archive' },
    specialists: ['sandra.kalve'],
    audience: ANYONE,
    documents: [PASSPORT, APPLICATION],
    legal: 'Iesniegumu likums',
  },
  barin: {
    department: { lv: 'Bāriņtiesa', en: 'Orphan’s and Custody Court' },
    specialists: ['vija.kronberga', 'laila.sila'],
    audience: RESIDENTS,
    documents: [PASSPORT, APPLICATION],
    legal: 'Bāriņtiesu likums',
  },
};

// id, dept, lv name, en name, processing days, cost in EUR, keywords, ltg name (when given)
type Row = [string, Dept, string, string, number, number, string, string?];
const ROWS: Row[] = [
  [
    'dzimsanas-registracija',
    'dzimts',
    'Bērna dzimšanas reģistrācija',
    'Registration of a birth',
    1,
    0,
    'bērns; dzimšana; apliecība',
    'Bārna dzimšonys registraceja',
  ],
  ['laulibas-registracija', 'dzimts', 'Laulības reģistrācija', 'Registration of a marriage', 30, 28.46, 'kāzas; laulība; salaulāšana'],
  ['mirsanas-registracija', 'dzimts', 'Miršanas reģistrācija', 'Registration of a death', 1, 0, 'miršana; apbedīšana; apliecība'],
  ['uzvarda-maina', 'dzimts', 'Vārda, uzvārda maiņa', 'Change of name or surname', 30, 71.14, 'uzvārds; vārds; maiņa'],
  ['atkartota-aplieciba', 'dzimts', 'Atkārtotas civilstāvokļa akta apliecības izsniegšana', 'Repeat civil status certificate', 5, 7.11, 'apliecība; dublikāts'],
  ['civilstavokla-izzina', 'dzimts', 'Izziņa no civilstāvokļa aktu reģistra', 'Certificate from the civil status register', 5, 4.27, 'izziņa; reģistrs'],
  ['paternitate', 'dzimts', 'Paternitātes atzīšana', 'Acknowledgement of paternity', 1, 0, 'tēvs; paternitāte'],
  ['laulibas-skirsana', 'dzimts', 'Laulības šķiršana pie notāra — informācija', 'Divorce — information and referral', 1, 0, 'šķiršanās; laulība'],
  [
    'gmi-pabalsts',
    'soc',
    'Garantētā minimālā ienākuma pabalsts',
    'Guaranteed minimum income benefit',
    10,
    0,
    'pabalsts; GMI; trūcīga',
    'Garantātuo minimaluo īnuokuma pabolsts',
  ],
  ['majokla-pabalsts', 'soc', 'Mājokļa pabalsts', 'Housing benefit', 10, 0, 'pabalsts; īre; komunālie maksājumi'],
  ['krizes-pabalsts', 'soc', 'Pabalsts krīzes situācijā', 'Benefit in a crisis situation', 5, 0, 'krīze; ugunsgrēks; pabalsts'],
  ['trucigas-statuss', 'soc', 'Trūcīgas mājsaimniecības statusa piešķiršana', 'Low-income household status', 10, 0, 'trūcīgs; statuss; izziņa'],
  ['maznodrosinatas-statuss', 'soc', 'Maznodrošinātas mājsaimniecības statusa piešķiršana', 'Needy household status', 10, 0, 'maznodrošināts; statuss'],
  ['aprupe-majas', 'soc', 'Aprūpe mājās', 'Home care', 10, 0, 'aprūpe; seniori; palīdzība mājās'],
  [
    'asistenta-pakalpojums',
    'soc',
    'Asistenta pakalpojums personām ar invaliditāti',
    'Assistant service for people with disabilities',
    10,
    0,
    'asistents; invaliditāte',
  ],
  ['apbedisanas-pabalsts', 'soc', 'Apbedīšanas pabalsts', 'Funeral benefit', 5, 0, 'apbedīšana; pabalsts; bēres'],
  ['jaundzimusa-pabalsts', 'soc', 'Pabalsts sakarā ar bērna piedzimšanu', 'Benefit for a newborn child', 10, 0, 'jaundzimušais; bērns; pabalsts'],
  ['socialais-dzivoklis', 'soc', 'Sociālā dzīvokļa izīrēšana', 'Renting a social flat', 30, 0, 'dzīvoklis; īre; mājoklis'],
  ['ilgstosa-aprupe', 'soc', 'Ilgstošas sociālās aprūpes institūcijas pakalpojums', 'Long-term social care institution', 30, 0, 'pansionāts; aprūpe; seniori'],
  ['buvatlauja', 'buv', 'Būvatļaujas saņemšana', 'Building permit', 30, 0, 'būvatļauja; būvniecība; māja', 'Byuvatļaujis sajimšona'],
  ['paskaidrojuma-raksts', 'buv', 'Paskaidrojuma raksta akceptēšana', 'Approval of an explanatory memorandum', 30, 0, 'paskaidrojuma raksts; palīgēka'],
  ['ekspluatacija', 'buv', 'Būves pieņemšana ekspluatācijā', 'Acceptance of a building into service', 20, 0, 'ekspluatācija; pieņemšana'],
  ['nojauksana', 'buv', 'Būves nojaukšanas atļauja', 'Permit to demolish a building', 30, 0, 'nojaukšana; grausts'],
  ['fasades-atjaunosana', 'buv', 'Fasādes atjaunošanas apliecinājuma karte', 'Facade renovation card', 20, 0, 'fasāde; renovācija'],
  ['zemes-nomas-ligums', 'zeme', 'Pašvaldības zemes nomas līguma noslēgšana', 'Lease of municipal land', 30, 0, 'noma; zeme; līgums'],
  ['adreses-pieskirsana', 'zeme', 'Adreses piešķiršana vai maiņa', 'Assigning or changing an address', 30, 0, 'adrese; numurs; ēka'],
  ['zemes-lietosanas-merkis', 'zeme', 'Zemes lietošanas mērķa maiņa', 'Change of land use purpose', 30, 0, 'lietošanas mērķis; zeme'],
  ['zemes-ierice', 'zeme', 'Zemes ierīcības projekta apstiprināšana', 'Approval of a land management project', 30, 0, 'sadalīšana; zemes gabals; projekts'],
  ['pirmpirkuma-tiesibas', 'zeme', 'Atteikums no pirmpirkuma tiesībām', 'Waiver of the right of first refusal', 5, 0, 'pirmpirkums; pārdošana; darījums'],
  ['dzivokla-privatizacija', 'zeme', 'Pašvaldības dzīvokļa atsavināšana', 'Purchase of a municipal flat', 30, 0, 'dzīvoklis; privatizācija; pirkšana'],
  [
    'bernudarza-rinda',
    'izgl',
    'Pieteikšana pirmsskolas izglītības iestādē',
    'Registering a child for kindergarten',
    5,
    0,
    'bērnudārzs; rinda; pirmsskola',
    'Pīsaceišona bārnu duorzā',
  ],
  ['skolas-uznemsana', 'izgl', 'Uzņemšana vispārizglītojošajā skolā', 'Admission to a general school', 5, 0, 'skola; 1. klase; uzņemšana'],
  [
    'transporta-kompensacija',
    'izgl',
    'Skolēnu transporta izdevumu kompensācija',
    'Compensation of pupils’ travel costs',
    10,
    0,
    'transports; autobuss; kompensācija',
  ],
  ['brivpusdienas', 'izgl', 'Brīvpusdienas izglītojamajiem', 'Free school lunches', 10, 0, 'pusdienas; ēdināšana; skola'],
  ['interesu-izglitiba', 'izgl', 'Pieteikšanās interešu izglītības programmās', 'Enrolment in after-school activities', 5, 0, 'pulciņi; interešu izglītība'],
  [
    'dzivesvietas-deklaresana',
    'dekl',
    'Dzīvesvietas deklarēšana',
    'Declaring a place of residence',
    1,
    0,
    'deklarēšana; adrese; pieraksts',
    'Dzeivesvītys deklaruošona',
  ],
  ['deklaresanas-izzina', 'dekl', 'Izziņa par deklarēto dzīvesvietu', 'Certificate of declared residence', 1, 1.42, 'izziņa; dzīvesvieta'],
  ['deklaretas-zinas-anulesana', 'dekl', 'Ziņu par deklarēto dzīvesvietu anulēšana', 'Cancelling residence data', 30, 0, 'anulēšana; izrakstīt; dzīvesvieta'],
  ['papildu-adrese', 'dekl', 'Papildu adreses deklarēšana', 'Declaring an additional address', 1, 0, 'papildu adrese; deklarēšana'],
  ['nin-atvieglojumi', 'fin', 'Nekustamā īpašuma nodokļa atvieglojumi', 'Real estate tax relief', 30, 0, 'nodoklis; atlaide; NĪN'],
  ['nin-samaksa', 'fin', 'Nekustamā īpašuma nodokļa maksāšanas kārtība', 'Paying the real estate tax', 1, 0, 'nodoklis; maksājums; rēķins'],
  ['nodokla-parmaksa', 'fin', 'Nodokļa pārmaksas atmaksa', 'Refund of overpaid tax', 15, 0, 'pārmaksa; atmaksa'],
  ['nodokla-izzina', 'fin', 'Izziņa par nodokļu parādu neesamību', 'Certificate of no tax debts', 5, 2.85, 'izziņa; parāds; nodokļi'],
  ['tirdzniecibas-atlauja', 'kom', 'Ielu tirdzniecības atļauja', 'Street trading permit', 10, 7.11, 'tirdzniecība; tirgus; atļauja'],
  ['publisks-pasakums', 'kom', 'Publiska pasākuma rīkošanas atļauja', 'Permit for a public event', 10, 0, 'pasākums; koncerts; atļauja'],
  ['atkritumu-ligums', 'kom', 'Sadzīves atkritumu apsaimniekošanas līgums', 'Household waste contract', 10, 0, 'atkritumi; konteiners; līgums'],
  ['koku-cirsana', 'kom', 'Atļauja koku ciršanai ārpus meža', 'Permit to fell trees outside forests', 30, 0, 'koki; ciršana; atļauja'],
  ['suna-registracija', 'kom', 'Suņa reģistrācija un nodevas maksāšana', 'Registering a dog', 5, 5, 'suns; mājdzīvnieks; nodeva'],
  ['raksanas-atlauja', 'kom', 'Rakšanas darbu atļauja', 'Excavation permit', 10, 0, 'rakšana; komunikācijas; ceļš'],
  [
    'alkohola-licence',
    'kom',
    'Alkoholisko dzērienu tirdzniecības atļauja pasākumā',
    'Alcohol sales permit for an event',
    10,
    14.23,
    'alkohols; tirdzniecība; pasākums',
  ],
  ['iesnieguma-pienemsana', 'kanc', 'Iesnieguma pieņemšana un reģistrēšana', 'Receiving and registering an application', 1, 0, 'iesniegums; vēstule; sūdzība'],
  ['arhiva-izzina', 'kanc', 'Arhīva izziņa (darba stāžs, alga)', 'Archive certificate (length of service, salary)', 30, 0, 'arhīvs; stāžs; izziņa'],
  ['dokumenta-kopija', 'kanc', 'Dokumenta kopijas vai izraksta izsniegšana', 'Copy or extract of a document', 5, 0.71, 'kopija; izraksts'],
  ['parakstu-apliecinasana', 'kanc', 'Paraksta apliecināšana', 'Certification of a signature', 1, 7.11, 'paraksts; apliecināšana; bāriņtiesa'],
  ['informacijas-pieprasijums', 'kanc', 'Informācijas pieprasījums', 'Request for information', 15, 0, 'informācija; pieprasījums'],
  ['aizbildniba', 'barin', 'Aizbildnības nodibināšana', 'Establishing guardianship', 30, 0, 'aizbildnis; bērns'],
  ['audzugimene', 'barin', 'Audžuģimenes statusa piešķiršana', 'Foster family status', 30, 0, 'audžuģimene; bērns'],
  [
    'apliecinajumi-barintiesa',
    'barin',
    'Darījuma akta un nostiprinājuma lūguma apliecināšana',
    'Certifying a transaction deed',
    5,
    14.23,
    'apliecinājums; darījums; zemesgrāmata',
  ],
  ['mantojuma-apsardziba', 'barin', 'Mantojuma apsardzības pasākumi', 'Protection of an inheritance', 10, 0, 'mantojums; aizgādnis'],
  ['aizgadniba', 'barin', 'Aizgādnības nodibināšana pieaugušajam', 'Trusteeship for an adult', 30, 0, 'aizgādnis; rīcībspēja'],
];

const ml = (lv: string, en: string, ltg?: string): Multilingual => (ltg ? { lv, ltg, en } : { lv, en });
const SAMPLE = { lv: ' (paraugs)', en: ' (sample)' };

function service([id, dept, lv, en, days, cost, keywords, ltg]: Row): Service {
  const d = DEPTS[dept];
  return {
    id,
    name: ml(lv, en, ltg),
    description: ml(
      `${lv}. Paraugs: apraksts rāda, kā klientam izskaidrot pakalpojumu pirmajā apmeklējumā.${SAMPLE.lv}`,
      `${en}. Sample: the description shows how the service is explained on a client’s first visit.${SAMPLE.en}`,
    ),
    audience: d.audience,
    steps: {
      submit: ml(
        'Iesniedziet iesniegumu klātienē, e-adresē vai valsts portālā.',
        'Submit an application in person, to the e-address or through the state portal.',
      ),
      processing: ml(
        `${d.department.lv} izskata iesniegumu un vajadzības gadījumā pieprasa papildu informāciju.`,
        `The ${d.department.en} reviews the application and may ask for more information.`,
      ),
      answer: ml(
        'Lēmumu vai atbildi saņemsiet izvēlētajā veidā: klātienē, pa pastu vai elektroniski.',
        'You receive the decision or answer the way you choose: in person, by post or electronically.',
      ),
    },
    documents: d.documents,
    cost:
      cost > 0
        ? { amountEur: cost, note: ml('Maksājums saskaņā ar pašvaldības saistošajiem noteikumiem.', 'Fee as set by the municipality’s binding regulations.') }
        : { amountEur: 0 },
    processingDays: days,
    channels: {
      inPerson: { address: ADDRESS, hours: HOURS },
      eAddress: 'Rēzeknes novada pašvaldība',
      portal: 'https://www.latvija.lv',
      email: 'info@example.lv',
      phone: '+371 64600000',
    },
    institution: { lv: 'Rēzeknes novada pašvaldība (paraugs)', en: 'Rēzekne Region Municipality (sample)', ltg: 'Rēzeknis nūvoda pošvaļdeiba (paraugs)' },
    department: d.department,
    specialists: d.specialists,
    legalBasis: [{ title: d.legal }],
    forms: [{ title: ml(`Iesniegums: ${lv}`, `Application: ${en}`), file: `${dept}/${id}.pdf` }],
    keywords: keywords.split(';').map((k) => k.trim()),
    lastReviewed: '2026-10-01',
  };
}

export function sampleCatalogue(): Catalogue {
  return { version: 1, sample: true, reviewProcedure: DEFAULT_REVIEW_PROCEDURE, services: ROWS.map(service) };
}

/** First run of preview mode: the sample catalogue on the demo share, as an admin would publish it. */
export async function seedSampleCatalogue(shareFolder: string): Promise<void> {
  const file = join(shareFolder, 'catalog', 'services.json');
  if (
    await access(file).then(
      () => true,
      () => false,
    )
  )
    return;
  await mkdir(dirname(file), { recursive: true });
  const catalogue = sampleCatalogue();
  for (const service of catalogue.services) {
    for (const form of service.forms) {
      if (!form.file) continue;
      const path = join(shareFolder, 'catalog', 'forms', form.file);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(
        path,
        samplePdf([`PARAUGS / SAMPLE: ${form.title.lv}`, 'Iesniedzejs: ______________________', 'Datums: __________   Paraksts: __________']),
      );
    }
  }
  const envelope = { publishedAt: '2026-10-01T09:00:00.000Z', publishedBy: 'sample', data: catalogue };
  await writeFile(file, `${JSON.stringify(envelope, null, 1)}\n`);
}
