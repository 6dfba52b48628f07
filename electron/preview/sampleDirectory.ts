import type { Directory, Person, WeeklySlot } from '../../shared/directory/person';
import type { Role } from '../../shared/identity/identity';
import { parseWeekly } from '../../shared/directory/textFields';
import { addDays } from '../../shared/calendar/holidays';
import { inLatvia } from '../../shared/calendar/rigaTime';

/**
 * SAMPLE DATA for preview mode only: invented people at invented desks of real-sounding
 * institutions, all marked "(paraugs)". Nothing here describes a real employee.
 */
const INSTITUTIONS = {
  RNP: { name: 'Rēzeknes novada pašvaldība (paraugs)', address: 'Atbrīvošanas aleja 95A, Rēzekne (paraugs)' },
  RSD: { name: 'Rēzeknes novada Sociālais dienests (paraugs)', address: 'Atbrīvošanas aleja 93, Rēzekne (paraugs)' },
  RBT: { name: 'Rēzeknes novada bāriņtiesa (paraugs)', address: 'Atbrīvošanas aleja 95A, Rēzekne (paraugs)' },
  MAP: { name: 'Maltas apvienības pārvalde (paraugs)', address: 'Pils iela 7, Malta (paraugs)' },
} as const;
type Code = keyof typeof INSTITUTIONS;

const HOURS: Record<string, string> = {
  A: 'mon 09:00-12:00, 13:00-17:00; wed 09:00-12:00, 13:00-17:00',
  B: 'tue 09:00-12:00; thu 13:00-16:00',
  C: 'mon 08:30-12:00, 12:30-17:00; tue 08:30-12:00, 12:30-17:00; wed 08:30-12:00, 12:30-17:00; thu 08:30-12:00, 12:30-17:00; fri 08:30-12:00, 12:30-15:30',
  D: 'mon 08:00-18:00; wed 08:00-17:00; fri 08:00-14:00',
};

// id | name | surname | position | institution | department | room | hours | keywords
const ROWS = `
laura.kalnina|Laura|Kalniņa|Klientu apkalpošanas speciāliste|RNP|Klientu apkalpošanas centrs|1|C|iesniegums;izziņa;valsts un pašvaldību vienotais klientu apkalpošanas centrs
ilze.berzina|Ilze|Bērziņa|Sociālā darbiniece|RSD|Sociālās palīdzības nodaļa|12|A|sociālais pabalsts;trūcīgas personas statuss;mājokļa pabalsts
ieva.berzina|Ieva|Bērziņa|Vecākā grāmatvede|RNP|Finanšu un grāmatvedības nodaļa|208|B|rēķini;maksājumi
juris.ozols|Juris|Ozols|Izpilddirektors|RNP|Administrācija|301|B|sūdzības par iestāžu vadītājiem
janis.ozolins|Jānis|Ozoliņš|Būvinspektors|RNP|Būvvalde|110|A|būvatļauja;būvniecības iesniegums;ekspluatācijā pieņemšana
aija.liepina|Aija|Liepiņa|Būvvaldes vadītāja|RNP|Būvvalde|111|B|būvniecība;teritorijas plānojums
kristaps.kalns|Kristaps|Kalns|Arhitekts|RNP|Būvvalde|112|D|būvprojekts;fasādes krāsojums;vides pieejamība
dace.zarina|Dace|Zariņa|Dzimtsarakstu nodaļas vadītāja|RNP|Dzimtsarakstu nodaļa|105|A|laulība;dzimšanas reģistrācija;miršanas reģistrācija
marta.vitola|Marta|Vītola|Dzimtsarakstu nodaļas inspektore|RNP|Dzimtsarakstu nodaļa|106|C|atkārtota apliecība;vārda maiņa
andris.krumins|Andris|Krūmiņš|Nekustamā īpašuma nodokļa administrators|RNP|Finanšu un grāmatvedības nodaļa|210|D|nekustamā īpašuma nodoklis;atvieglojumi;parāds
inese.sproge|Inese|Sproģe|Nekustamā īpašuma speciāliste|RNP|Nekustamo īpašumu nodaļa|214|A|zemes noma;zemes ierīcība;adrese
valdis.pukitis|Valdis|Pūķītis|Zemes lietu speciālists|RNP|Nekustamo īpašumu nodaļa|215|B|zemes robežas;kadastrs
liga.upite|Līga|Upīte|Juriste|RNP|Juridiskā nodaļa|305|B|līgumi;administratīvais akts;apstrīdēšana
edgars.mezs|Edgars|Mežs|Datu aizsardzības speciālists|RNP|Juridiskā nodaļa|306|B|personas dati;datu pieprasījums
sandra.kalve|Sandra|Kalve|Lietvede|RNP|Kanceleja|101|C|iesniegumu reģistrācija;dokumentu aprite;e-adrese
olga.ivanova|Olga|Ivanova|Lietvedības sekretāre|RNP|Kanceleja|101|C|iesniegumi;pasts
agris.lacis|Agris|Lācis|Attīstības nodaļas vadītājs|RNP|Attīstības nodaļa|401|B|projekti;granti;uzņēmējdarbības atbalsts
baiba.priede|Baiba|Priede|Projektu vadītāja|RNP|Attīstības nodaļa|402|A|ES fondi;projektu konkurss;biedrības
gatis.rozitis|Gatis|Rozītis|Tūrisma speciālists|RNP|Attīstības nodaļa|403|D|tūrisms;pasākumi
ilona.strazda|Ilona|Strazda|Izglītības speciāliste|RNP|Izglītības pārvalde|501|A|bērnudārza rinda;skolas;pirmsskolas izglītība
rihards.vanags|Rihards|Vanags|Sporta koordinators|RNP|Izglītības pārvalde|503|B|sports;sporta zāle
evija.dzene|Evija|Dzene|Kultūras speciāliste|RNP|Kultūras nodaļa|505|B|kultūras nams;pasākumu atļauja
normunds.griva|Normunds|Grīva|Komunālās saimniecības inženieris|RNP|Komunālā nodaļa|120|D|ūdens;kanalizācija;atkritumi
anita.vilka|Anita|Vilka|Dzīvokļu jautājumu speciāliste|RNP|Komunālā nodaļa|121|A|sociālais dzīvoklis;dzīvokļa rinda;īre
ruta.stepina|Rūta|Stepiņa|Sociālā dienesta vadītāja|RSD|Administrācija|1|B|sūdzības;sociālie pakalpojumi
karina.lapsa|Karīna|Lapsa|Sociālā darbiniece darbam ar ģimenēm|RSD|Ģimeņu atbalsta nodaļa|14|A|ģimenes ar bērniem;audžuģimene
toms.ziedins|Toms|Ziediņš|Sociālais aprūpētājs|RSD|Aprūpes nodaļa|16|C|aprūpe mājās;asistents;pansionāts
elina.gaile|Elīna|Gaile|Psiholoģe|RSD|Ģimeņu atbalsta nodaļa|18|B|konsultācija;krīze
modris.balodis|Modris|Balodis|Sociālais darbinieks|RSD|Sociālās palīdzības nodaļa|13|D|garantētais minimālais ienākums;pabalsts
vija.kronberga|Vija|Kronberga|Bāriņtiesas priekšsēdētāja|RBT|Bāriņtiesa|201|B|aizbildnība;aizgādnība
laila.sila|Laila|Sila|Bāriņtiesas locekle|RBT|Bāriņtiesa|202|A|apliecinājumi;notariālās darbības;mantojums
arturs.krievins|Artūrs|Krieviņš|Bāriņtiesas loceklis|RBT|Bāriņtiesa|203|C|nepilngadīgo tiesības
jolanta.gorbane|Jolanta|Gorbāne|Pārvaldes vadītāja|MAP|Pārvalde|2|B|pagasta jautājumi
peteris.ratnieks|Pēteris|Ratnieks|Pārvaldes klientu apkalpošanas speciālists|MAP|Klientu apkalpošanas centrs|1|C|iesniegums;izziņa;deklarēšana
svetlana.rudzite|Svetlana|Rudzīte|Lietvede|MAP|Pārvalde|3|C|dzīvesvietas deklarēšana;izziņas
mara.eglite|Māra|Eglīte|Sociālā darbiniece Maltā|MAP|Sociālais punkts|5|A|pabalsts;aprūpe
uldis.kuzmins|Uldis|Kuzmins|Saimniecības vadītājs|MAP|Saimniecības nodaļa|7|D|ceļi;sniega tīrīšana;apgaismojums
zanete.putnina|Zanete|Putniņa|Bibliotekāre|MAP|Bibliotēka|9|C|bibliotēka;internets
oskars.melnis|Oskars|Melnis|Sabiedriskās kārtības inspektors|RNP|Pašvaldības policija|130|D|pašvaldības policija;sabiedriskā kārtība;klaiņojoši dzīvnieki
kitija.jaunzeme|Kitija|Jaunzeme|Ētikas komisijas sekretāre|RNP|Personāla nodaļa|310|B|ētika;personāls;vakances
`;

const ACCOUNTS: Record<string, { accounts: string[]; roles: Role[] }> = {
  'laura.kalnina': { accounts: ['RNP\\demo.admin', 'RNP\\laura.kalnina'], roles: ['desk_staff', 'admin'] },
  'ilze.berzina': { accounts: ['RNP\\ilze.berzina'], roles: ['desk_staff'] },
  'juris.ozols': { accounts: ['RNP\\juris.ozols'], roles: ['executive_director'] },
  'aija.liepina': { accounts: ['RNP\\aija.liepina'], roles: ['head'] },
  'kitija.jaunzeme': { accounts: ['RNP\\kitija.jaunzeme'], roles: ['ethics_commission'] },
};

/** Positions in the client languages for some sample people; the rest show Latvian (and staff see the LV marker). */
const TRANSLATIONS: Record<string, { ltg?: string; en?: string }> = {
  'laura.kalnina': { en: 'Customer service specialist', ltg: 'Klientu apkalpuošonys specialiste' },
  'ilze.berzina': { en: 'Social worker' },
  'juris.ozols': { en: 'Executive director' },
  'aija.liepina': { en: 'Head of the Building Board' },
  'janis.ozolins': { en: 'Building inspector' },
  'dace.zarina': { en: 'Head of the Registry Office' },
  'ruta.stepina': { en: 'Head of the Social Service' },
  'vija.kronberga': { en: 'Chair of the Orphans’ Court' },
};

/** One sample person is away for the week the preview is first started, to show absences. */
const AWAY = 'valdis.pukitis';

export function sampleDirectory(today: string = inLatvia(new Date()).date): Directory {
  const people = ROWS.trim()
    .split('\n')
    .map((line, i): Person => {
      const [id, name, surname, position, code, department, room, hours, keywords] = line.split('|') as [
        string,
        string,
        string,
        string,
        Code,
        string,
        string,
        string,
        string,
      ];
      const institution = INSTITUTIONS[code];
      const weekly: WeeklySlot[] = parseWeekly(HOURS[hours]!) ?? [];
      const access = ACCOUNTS[id] ?? { accounts: [`${code}\\${id}`], roles: ['desk_staff'] as Role[] };
      return {
        id,
        name,
        surname,
        position,
        // Sample names only: Latvian women's names end in -a or -e, men's in -s.
        gender: /[ae]$/.test(name) ? 'f' : 'm',
        ...(TRANSLATIONS[id] ? { positionTranslations: TRANSLATIONS[id] } : {}),
        institutionCode: code,
        institution: institution.name,
        department,
        room,
        address: institution.address,
        phone: `+371 6460 ${String(1000 + i * 7)}`,
        email: `${id}@paraugs.example`,
        reception: { weekly, absences: id === AWAY ? [{ from: addDays(today, -1), to: addDays(today, 6) }] : [] },
        languages: i % 3 === 0 ? ['lv', 'ltg', 'en'] : i % 3 === 1 ? ['lv', 'ru'] : ['lv', 'en'],
        accounts: access.accounts,
        roles: access.roles,
        keywords: keywords.split(';'),
      };
    });
  return { sample: true, people };
}
