import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newDesk, newShare, runCli, tempFolder } from '../support/cliDesks';

describe('the laipni command for the register', () => {
  it('imports nothing when one row is bad, says which, and exits with 2', async () => {
    const share = await newShare();
    const desk = await newDesk(share, 'K1');
    const file = join(await tempFolder('csv'), 'paper.csv');
    await writeFile(file, 'kind,channel,subject,description\ncomplaint,letter,employee_conduct,Nepieklājīga atbilde\nsuggestion,fax,premises,Vairāk krēslu\n');
    const bad = await runCli(['register', 'import', file, '--data', desk.data, '--share', share, '--institution', 'RNP', '--desk', 'K1']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('1 row is not valid; nothing was imported.');
    expect(bad.stderr).toContain('row 2, channel');
    expect(await desk.entries()).toEqual([]);
    await writeFile(file, 'kind,channel,subject,description\ncomplaint,letter,employee_conduct,Nepieklājīga atbilde\n');
    const good = await runCli(['register', 'import', file, '--data', desk.data, '--share', share, '--institution', 'RNP', '--desk', 'K1']);
    expect(good.code, good.stderr).toBe(0);
    expect((await desk.entries()).map((e) => e.description)).toEqual(['Nepieklājīga atbilde']);
  });

  it('exports the folded state as JSON and as formula-safe CSV, and the export imports again', async () => {
    const share = await newShare();
    const desk = await newDesk(share, 'K1');
    await desk.add('=cmd|calc');
    const out = join(await tempFolder('export'), 'register.csv');
    const exported = await runCli(['register', 'export', '--data', desk.data, '--format', 'csv', '--out', out, '--institution', 'RNP', '--desk', 'K1']);
    expect(exported.code).toBe(0);
    const csv = await readFile(out, 'utf8');
    expect(csv.split('\r\n')[0]).toContain('id,number,kind,channel,subject,description,status,routedTo');
    expect(csv).toContain("'=cmd|calc");
    const json = JSON.parse((await runCli(['register', 'export', '--data', desk.data, '--format', 'json', '--institution', 'RNP', '--desk', 'K1'])).stdout) as Array<Record<string, unknown>>;
    expect(Object.keys(json[0]!)).toEqual(expect.arrayContaining(['id', 'number', 'kind', 'channel', 'subject', 'description', 'status', 'routedTo', 'dueDate', 'registeredAt', 'desk']));
    const other = await newDesk(share, 'K2');
    const back = await runCli(['register', 'import', out, '--data', other.data, '--share', share, '--institution', 'RNP', '--desk', 'K2']);
    expect(back.code, back.stderr).toBe(0);
    expect((await other.entries())[0]!.description).toBe('=cmd|calc');
  });

  it('answers bad usage with a translated message and exit code 2', async () => {
    const noData = await runCli(['register', 'export', '--format', 'json']);
    expect(noData.code).toBe(2);
    expect(noData.stderr).toContain('--data');
    const badFormat = await runCli(['register', 'export', '--format', 'xml', '--data', '/tmp/x']);
    expect(badFormat.code).toBe(2);
    const lv = await runCli(['--language', 'lv', 'share', 'check', '/nonexistent/share']);
    expect(lv.code).toBe(1);
    expect(lv.stderr).toContain('nav pieejama');
  });

  it('runs as `npx laipni` from the repository after a build', async () => {
    const { execFileSync } = await import('node:child_process');
    const text = execFileSync('npx', ['--no-install', 'laipni', '--language', 'en', '--help'], { cwd: join(import.meta.dirname, '../..'), encoding: 'utf8' });
    expect(text).toContain('laipni share check <share> [--json]');
  });
});
