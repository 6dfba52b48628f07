import { access, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { rigaDate } from '../../shared/calendar/dates';
import { DEFAULT_DEADLINE_TABLE } from '../../shared/register/deadlines';
import { LATVIAN_HOLIDAYS } from '../../shared/calendar/holidays';
import type { RegisterInput, SetFields } from '../../shared/register/record';
import { workCalendar } from '../../shared/calendar/workingDays';
import { openRegister } from '../main/services/register/openRegister';
import { createSyncLoop } from '../main/services/register/sync/syncLoop';

/**
 * SAMPLE REGISTER for preview mode only: invented entries from two sample desks (K2, K3),
 * written to the demo share as real events so the preview desk pulls them like any other.
 * Dates are relative to the preview's clock (today, or the start time a test chose) so that
 * some entries are due soon, some overdue, one past retention; one has concurrent edits from
 * the two desks.
 */
const DAY = 86_400_000;
const rules = { deadlines: DEFAULT_DEADLINE_TABLE, calendar: workCalendar(LATVIAN_HOLIDAYS), routing: {} };

interface Sample {
  daysAgo: number;
  input: RegisterInput;
  by?: string;
  edits?: Array<[afterDays: number, fields: SetFields]>;
}

const named = (name: string, contact: string) => ({
  anonymous: false as const,
  name,
  contact,
  consent: true as const,
  purpose: 'atbildes sniegšanai (paraugs)',
});
const KINDS = ['suggestion', 'idea', 'praise', 'question', 'complaint'] as const;
const SUBJECTS = ['service_quality', 'premises', 'procedure', 'other'] as const;
const CHANNELS = ['in_person', 'phone', 'email', 'letter', 'e_address', 'questionnaire'] as const;

function samples(): Sample[] {
  const list: Sample[] = [
    {
      daysAgo: 2300,
      input: {
        kind: 'complaint',
        channel: 'letter',
        subject: 'service_quality',
        description: 'Paraugs: sūdzība par ilgu gaidīšanu rindā',
        client: named('Pēteris Ābols', 'Pils iela 3, Malta'),
      },
      edits: [
        [5, { status: 'answered', reply: 'Paraugs: rindas kārtība uzlabota.' }],
        [9, { status: 'closed' }],
      ],
    },
    {
      daysAgo: 3,
      input: {
        kind: 'complaint',
        channel: 'in_person',
        subject: 'employee_conduct',
        employee: { personId: 'janis.ozolins', name: 'Jānis Ozoliņš' },
        description: 'Paraugs: būvinspektors nelaipni atbildēja uz jautājumu par būvatļauju',
        client: named('Jānis Bērziņš', 'janis.berzins@paraugs.example'),
      },
    },
    {
      daysAgo: 4,
      input: {
        kind: 'complaint',
        channel: 'phone',
        subject: 'head_conduct',
        employee: { personId: 'aija.liepina', name: 'Aija Liepiņa' },
        description: 'Paraugs: Būvvaldes vadītāja neieradās uz norunāto tikšanos',
      },
    },
    {
      daysAgo: 5,
      by: 'ilze.berzina',
      input: { kind: 'complaint', channel: 'trust_phone', subject: 'ethics', description: 'Paraugs: ziņojums par iespējamu interešu konfliktu' },
    },
    {
      daysAgo: 20,
      input: {
        kind: 'question',
        channel: 'e_address',
        subject: 'procedure',
        description: 'Paraugs: jautājums par zemes nomas līguma pagarināšanu',
        client: named('Inga Liepa', 'inga.liepa@paraugs.example'),
      },
      edits: [[8, { status: 'extended', dueDate: 'soon', statusReason: 'Paraugs: nepieciešams zemes dienesta atzinums' }]],
    },
    {
      daysAgo: 6,
      input: { kind: 'suggestion', channel: 'email', subject: 'premises', description: 'Paraugs: ierīkot uzbrauktuvi ratiņkrēslam pie sānu ieejas' },
      edits: [[1, { status: 'in_review' }]],
    },
  ];
  for (let i = 0; i < 36; i++) {
    const answered = i % 3 !== 0;
    list.push({
      daysAgo: 21 + i * 9,
      input: {
        kind: KINDS[i % KINDS.length]!,
        channel: CHANNELS[i % CHANNELS.length]!,
        subject: SUBJECTS[i % SUBJECTS.length]!,
        description: `Paraugs: ieraksts Nr. ${i + 1} par klientu apkalpošanu`,
      },
      edits: answered
        ? [
            [1, { status: 'in_review' }],
            [4 + (i % 12), { status: 'answered', reply: 'Paraugs: paldies, jautājums atrisināts.' }],
            [20, { status: 'closed' }],
          ]
        : [],
    });
  }
  return list;
}

const exists = (p: string) =>
  access(p).then(
    () => true,
    () => false,
  );

export async function seedSampleRegister(dataDir: string, share: string, now: number): Promise<void> {
  const marker = join(dataDir, 'sample-register.json');
  if (await exists(marker)) return;
  let wall = now;
  const open = async (code: string) => {
    const dir = join(dataDir, `sample-desk-${code}`);
    const opened = await openRegister({ dataDir: dir, institution: 'RNP', deskCode: code, rules, wall: () => wall });
    const sync = await createSyncLoop({ opened, dataDir: dir, share, institution: 'RNP', deskCode: code, persistEveryMs: 0, now: () => new Date(wall) });
    return { opened, sync, reg: opened.register };
  };
  const k2 = await open('K2');
  const timeline: Array<{ at: number; run: () => Promise<unknown> }> = [];
  const ids = new Map<Sample, string>();
  for (const s of samples()) {
    const at = now - s.daysAgo * DAY - 3 * 3_600_000;
    timeline.push({ at, run: async () => ids.set(s, (await k2.reg.add(s.input, s.by ?? 'laura.kalnina')).id) });
    for (const [after, fields] of s.edits ?? []) {
      // 'soon' stands for a deadline one working day from today: a "due soon" entry to show.
      const f = fields.dueDate === 'soon' ? { ...fields, dueDate: rules.calendar.addWorkingDays(rigaDate(now), 1) } : fields;
      timeline.push({ at: Math.min(at + after * DAY, now - 60_000), run: () => k2.reg.set(ids.get(s)!, f, 'aija.liepina') });
    }
  }
  timeline.sort((a, b) => a.at - b.at);
  for (const step of timeline) {
    wall = step.at;
    await step.run();
  }
  wall = now - 30_000;
  await k2.sync.round();
  // The head answers the same suggestion at two desks that have not seen each other's answer:
  // the entry needs review. Only a reviewer's answer counts (shared/register/authorise.ts).
  const k3 = await open('K3');
  await k3.sync.round();
  const suggestion = [...ids.entries()].find(([s]) => s.input.subject === 'premises' && s.daysAgo === 6)![1];
  await k2.reg.set(suggestion, { reply: 'Paraugs: uzbrauktuvi ierīkosim līdz vasarai.' }, 'aija.liepina');
  await k3.reg.set(suggestion, { reply: 'Paraugs: jautājums nodots saimniecības nodaļai.' }, 'aija.liepina');
  for (const d of [k2, k3]) {
    await d.sync.round();
    await d.sync.stop();
    await d.opened.close();
  }
  await writeFile(marker, `${JSON.stringify({ sample: true, seededAt: new Date(now).toISOString() })}\n`);
}
