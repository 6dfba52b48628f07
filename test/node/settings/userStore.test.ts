import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openUserStore } from '../../../electron/main/services/settings/userStore';

describe('per-user settings', () => {
  it('starts with defaults when the settings file is damaged and keeps the damaged copy aside', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'laipni-store-'));
    const file = join(dir, 'settings.json');
    await writeFile(file, '{"language": "en", "wind');
    const store = await openUserStore(file);
    expect(store.read()).toEqual({ language: null, windows: {} });
    expect(await readFile(`${file}.damaged`, 'utf8')).toContain('"language"');
    await store.update((d) => {
      d.windows.desk = { x: 10, y: 20, width: 1000, height: 700 };
    });
    expect(JSON.parse(await readFile(file, 'utf8')).windows.desk.width).toBe(1000);
  });
});
