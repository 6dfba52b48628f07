import { CHANNELS, KINDS, STATUSES, SUBJECTS } from '../../shared/register/codes';
import { LATVIAN_HOLIDAYS } from '../../shared/calendar/holidays';
import type { RegisterEntry } from '../../shared/register/record';
import { workCalendar } from '../../shared/calendar/workingDays';
import { dueStateFn } from '../../shared/review/dueState';
import { createInboxIndex, type InboxFilter, type InboxSort } from '../../shared/review/inbox';
import { visibleTo } from '../../shared/review/visibility';
import { ofRounds, percentile, type Suite } from './figure';

const N = 100_000;
const WORDS = ['rinda', 'iesniegums', 'būvatļauja', 'pabalsts', 'nodoklis', 'telpas', 'darbinieks', 'kase', 'zemes noma', 'bērnudārzs'];

/** 100,000 plausible entries from 50 desks over three years (built directly: the fold has its own bench). */
function entries(): RegisterEntry[] {
  const out: RegisterEntry[] = [];
  for (let i = 0; i < N; i++) {
    const day = new Date(Date.UTC(2024, 0, 1) + (i % 1000) * 86_400_000 + (i % 7) * 3_600_000);
    const registeredAt = day.toISOString();
    out.push({
      id: `rec-${String(i).padStart(8, '0')}`,
      number: `RNP-${day.getUTCFullYear()}/K${i % 50}-${String(i).padStart(5, '0')}`,
      institution: i % 4 === 0 ? 'RSD' : 'RNP',
      desk: `desk-${i % 50}`,
      deskCode: `K${i % 50}`,
      kind: KINDS[i % KINDS.length]!,
      channel: CHANNELS[i % CHANNELS.length]!,
      subject: SUBJECTS[i % SUBJECTS.length]!,
      employee: i % 9 === 0 ? { personId: `p${i % 300}`, name: `Darbinieks ${i % 300}` } : null,
      description: `Klients raksta par ${WORDS[i % WORDS.length]} un ${WORDS[(i * 7) % WORDS.length]} (${i})`,
      client:
        i % 3 === 0
          ? { anonymous: false, name: `Persona ${i % 5000} Bērziņš`, contact: `+371 2${String(i).padStart(7, '0')}`, consent: true, purpose: 'atbildei' }
          : { anonymous: true },
      routedTo:
        SUBJECTS[i % SUBJECTS.length] === 'ethics' ? 'ethics_commission' : SUBJECTS[i % SUBJECTS.length] === 'head_conduct' ? 'executive_director' : 'head',
      routeRule: 'default',
      routeReason: null,
      dueDate: new Date(day.getTime() + 14 * 86_400_000).toISOString().slice(0, 10),
      receivedOn: registeredAt.slice(0, 10),
      forwardDue: new Date(day.getTime() + 7 * 86_400_000).toISOString().slice(0, 10),
      extensionGround: null,
      forwardedTo: null,
      forwardOutcome: null,
      registeredAt,
      registeredBy: `staff-${i % 120}`,
      status: STATUSES[i % 6]!,
      statusReason: null,
      reply: null,
      ethicsInformedAt: null,
      voidReason: null,
      anonymisedAt: null,
      notes: [],
      needsReview: i % 997 === 0,
      version: '',
    });
  }
  return out;
}

const time = (fn: () => unknown) => {
  const t = performance.now();
  fn();
  return performance.now() - t;
};

/** Reviewer list filter/sort at 100k records (budget in test/README.md). */
export const reviewInbox: Suite = {
  name: 'review inbox at 100k',
  async run() {
    const all = entries();
    const head = { account: 'RNP\\head', personId: 'p1', institution: 'RNP', roles: ['head' as const] };
    let visible: RegisterEntry[] = [];
    const visibility = time(() => (visible = visibleTo({ ...head, roles: ['head', 'executive_director', 'ethics_commission'] }, all)));
    const dueOf = dueStateFn('2026-03-16', workCalendar(LATVIAN_HOLIDAYS));
    const index = createInboxIndex(visible, dueOf);
    const cold = time(() => index.query({}, { by: 'registeredAt', dir: 'desc' }));
    const cases: Array<[InboxFilter, InboxSort]> = [
      [{ status: ['registered', 'in_review'] }, { by: 'dueDate', dir: 'asc' }],
      [
        { kind: ['complaint'], desk: ['K7', 'K8'] },
        { by: 'registeredAt', dir: 'desc' },
      ],
      [{ overdue: true }, { by: 'dueDate', dir: 'asc' }],
      [
        { from: '2025-01-01', to: '2025-03-31' },
        { by: 'number', dir: 'asc' },
      ],
      [
        { subject: ['premises'], institution: ['RNP'] },
        { by: 'status', dir: 'desc' },
      ],
      [{}, { by: 'dueDate', dir: 'desc' }],
    ];
    for (const [f, s] of cases) index.query(f, s);
    index.query({ text: 'x' }, { by: 'registeredAt', dir: 'desc' });
    // Three rounds, each the p95 of its own samples.
    const filterP95: number[] = [];
    const searchP95: number[] = [];
    for (let round = 0; round < 3; round++) {
      const filterSamples: number[] = [];
      for (let r = 0; r < 10; r++) for (const [f, s] of cases) filterSamples.push(time(() => index.query(f, s)));
      filterP95.push(percentile(filterSamples, 95));
      const searchSamples: number[] = [];
      for (const text of ['berzins', 'būvatļaujas', 'rinda kase', 'persona 42', 'nodokli', 'K7-00'])
        searchSamples.push(time(() => index.query({ text }, { by: 'registeredAt', dir: 'desc' })));
      searchP95.push(percentile(searchSamples, 95));
    }
    return [
      { name: `inbox filter/sort, ${visible.length} visible of 100k (p95)`, ...ofRounds(filterP95), unit: 'ms', budget: 50 },
      { name: 'inbox full-text search, 100k (p95, text folded once)', ...ofRounds(searchP95), unit: 'ms', budget: 50 },
      { name: 'visibility check over 100k entries', value: visibility, unit: 'ms', budget: null },
      { name: 'first inbox query at 100k (builds the sort order)', value: cold, unit: 'ms', budget: null },
    ];
  },
};
