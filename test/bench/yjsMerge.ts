import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as Y from 'yjs';
import type { ShareShape } from './registerData';

/**
 * The same register history as `writeShare` writes, made the way a Yjs application would hold it:
 * one document per desk, a map of entries, each entry a map of its fields; every registration
 * sets the fields, every later event sets status and reason. Each desk's document is saved as one
 * update file, so that applying them reads bytes from disk as our merge does.
 */
export async function writeYjsUpdates(dir: string, shape: ShareShape): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const files: string[] = [];
  for (let d = 0; d < shape.desks; d++) {
    const desk = `d${String(d).padStart(3, '0')}bench`;
    const doc = new Y.Doc();
    doc.clientID = d + 1;
    const register = doc.getMap<Y.Map<unknown>>('register');
    let records = 0;
    for (let seq = 1; seq <= shape.eventsPerDesk; seq++) {
      // One transaction an event, as each event is its own change on a desk.
      doc.transact(() => {
        if (seq % shape.createEvery === 1 || records === 0) {
          records++;
          const entry = new Y.Map<unknown>();
          register.set(`${desk}-r${records}`, entry);
          entry.set('number', `RNP-2026/${desk.slice(0, 4).toUpperCase()}-${String(records).padStart(4, '0')}`);
          entry.set('institution', 'RNP');
          entry.set('deskCode', desk.slice(0, 4).toUpperCase());
          entry.set('kind', 'complaint');
          entry.set('channel', 'in_person');
          entry.set('subject', 'service_quality');
          entry.set('employee', null);
          entry.set('description', `Klients sūdzas par garo rindu un to, ka informācija nebija skaidra (${records})`);
          entry.set('client', { anonymous: true });
          entry.set('routedTo', 'head');
          entry.set('routeRule', 'default');
          entry.set('dueDate', '2026-01-19');
          entry.set('registeredBy', 'RNP\\ilze.berzina');
        } else {
          const entry = register.get(`${desk}-r${1 + (seq % records)}`)!;
          entry.set('status', ['in_review', 'answered', 'closed', 'extended'][seq % 4]);
          entry.set('statusReason', `izskatīts (${seq})`);
        }
      });
    }
    const file = join(dir, `${desk}.yjs`);
    await writeFile(file, Y.encodeStateAsUpdate(doc));
    doc.destroy();
    files.push(file);
  }
  return files;
}

/** Applies every desk's update to a fresh document, reading each from disk; returns the entries merged. */
export async function applyYjsUpdates(files: string[]): Promise<number> {
  const doc = new Y.Doc();
  for (const file of files) Y.applyUpdate(doc, await readFile(file));
  const size = doc.getMap('register').size;
  doc.destroy();
  return size;
}
