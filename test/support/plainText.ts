import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Every file under `dir`, however deep. */
export async function* everyFile(dir: string): AsyncGenerator<string> {
  for (const name of await readdir(dir)) {
    const path = join(dir, name);
    if ((await stat(path)).isDirectory()) yield* everyFile(path);
    else yield path;
  }
}

/** A text as a reader could recover it from a file: as written, as a JSON `\u` escape, and upper-cased. */
const forms = (text: string): Buffer[] =>
  [text, text.replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)]
    .flatMap((s) => [s, s.toUpperCase()])
    .map((s) => Buffer.from(s, 'utf8'));

/** `grep -r` over every byte of the folders: the files holding any of `texts` in any of its forms. */
export async function filesHolding(dirs: readonly string[], texts: readonly string[]): Promise<string[]> {
  const needles = texts.flatMap(forms);
  const found: string[] = [];
  for (const dir of dirs) {
    for await (const file of everyFile(dir)) {
      const bytes = await readFile(file);
      if (needles.some((n) => bytes.includes(n))) found.push(file);
    }
  }
  return found;
}
