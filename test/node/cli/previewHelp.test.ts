import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../support/preview';

describe('preview --help', () => {
  it('prints how to start preview mode and exits 0, without seeding or serving anything', async () => {
    const data = await mkdtemp(join(tmpdir(), 'laipni-preview-help-'));
    const result = spawnSync(process.execPath, [join(ROOT, 'out/preview/server.js'), '--help', '--data', data], { encoding: 'utf8', timeout: 30_000 });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Usage: node out/preview/server.js [options]');
    expect(result.stdout).toContain('--os-account ACCOUNT');
    expect(result.stdout).not.toContain('http://127.0.0.1');
    expect(await readdir(data)).toEqual([]);
  });
});
