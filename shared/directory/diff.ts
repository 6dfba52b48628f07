import type { Person } from './person';

export interface DirectoryChange {
  id: string;
  before: Person;
  after: Person;
  /** Names of the fields that differ. */
  fields: string[];
}

export interface DirectoryDiff {
  added: Person[];
  changed: DirectoryChange[];
  removed: Person[];
  unchanged: number;
}

/** What publishing `after` in place of `before` would do, person by person (matched by id). */
export function diffDirectory(before: readonly Person[], after: readonly Person[]): DirectoryDiff {
  const old = new Map(before.map((p) => [p.id, p]));
  const seen = new Set<string>();
  const diff: DirectoryDiff = { added: [], changed: [], removed: [], unchanged: 0 };
  for (const person of after) {
    seen.add(person.id);
    const previous = old.get(person.id);
    if (!previous) {
      diff.added.push(person);
      continue;
    }
    const keys = new Set([...Object.keys(previous), ...Object.keys(person)]) as Set<keyof Person>;
    const fields = [...keys].filter((k) => JSON.stringify(previous[k]) !== JSON.stringify(person[k]));
    if (fields.length) diff.changed.push({ id: person.id, before: previous, after: person, fields });
    else diff.unchanged++;
  }
  diff.removed = before.filter((p) => !seen.has(p.id));
  return diff;
}
