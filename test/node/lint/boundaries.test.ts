import { ESLint } from 'eslint';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
let eslint: ESLint;

/** Lints `code` as if it were the file at `path` (relative to the repository) and returns the rules that fired. */
async function rulesFiring(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, path) });
  const errors = result?.messages.filter((m) => m.severity === 2) ?? [];
  return errors.map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

beforeAll(() => {
  eslint = new ESLint({ cwd: root, overrideConfigFile: resolve(root, 'build/eslint.config.js') });
});

describe('the renderer runs without Node', () => {
  it('rejects a dynamic import of a Node module', async () => {
    const code = "export async function read() {\n  const fs = await import('node:fs');\n  return fs.readFileSync('x');\n}\n";
    expect(await rulesFiring('renderer/src/features/register/ReadFile.ts', code)).toContain('no-restricted-syntax');
  });

  it('rejects process.env and Node globals', async () => {
    expect(await rulesFiring('renderer/src/desk/flags.ts', 'export const debug = process.env.X === "1";\n')).toContain('no-restricted-globals');
    expect(await rulesFiring('renderer/src/desk/bytes.ts', "export const b = Buffer.from('a');\n")).toContain('no-restricted-globals');
    expect(await rulesFiring('renderer/src/desk/env.ts', 'export const env = globalThis.process;\n')).toContain('no-restricted-syntax');
  });

  it('rejects a static import of a Node module', async () => {
    expect(await rulesFiring('renderer/src/desk/paths.ts', "import { join } from 'path';\nexport const p = join('a', 'b');\n")).toContain(
      'no-restricted-imports',
    );
  });

  it('accepts ordinary browser code', async () => {
    const code = 'export const wait = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));\nexport const here = () => window.location.href;\n';
    expect(await rulesFiring('renderer/src/desk/wait.ts', code)).toEqual([]);
  });
});

describe('shared/ is pure', () => {
  it('rejects require()', async () => {
    expect(await rulesFiring('shared/register/load.ts', "const fs = require('fs');\nexport const read = () => fs.readFileSync('x');\n")).toContain(
      'no-restricted-syntax',
    );
  });

  it('rejects packages that do I/O', async () => {
    expect(await rulesFiring('shared/register/store.ts', "import { Low } from 'lowdb';\nexport type Store = Low<unknown>;\n")).toContain(
      'no-restricted-imports',
    );
    expect(await rulesFiring('shared/register/store.ts', "import { JSONFilePreset } from 'lowdb/node';\nexport const open = JSONFilePreset;\n")).toContain(
      'no-restricted-imports',
    );
    expect(await rulesFiring('shared/review/sheet.ts', "import ExcelJS from 'exceljs';\nexport const book = () => new ExcelJS.Workbook();\n")).toContain(
      'no-restricted-imports',
    );
  });

  it("rejects Node's types", async () => {
    expect(await rulesFiring('shared/register/timer.ts', 'export let timer: NodeJS.Timeout | undefined;\n')).toContain('no-restricted-syntax');
    expect(await rulesFiring('shared/register/bytes.ts', 'export const size = (b: Buffer) => b.length;\n')).toContain('no-restricted-syntax');
  });

  it('accepts pure code, including CSV parsing from a string', async () => {
    const code =
      "import Papa from 'papaparse';\nimport { z } from 'zod';\nexport const rows = (text: string) => Papa.parse<string[]>(text).data;\nexport const id = z.string();\n";
    expect(await rulesFiring('shared/catalog/rows.ts', code)).toEqual([]);
  });
});

describe('renderer features meet only through their index', () => {
  it("rejects a feature importing another feature's internal file", async () => {
    expect(
      await rulesFiring('renderer/src/features/register/Form.tsx', "import { usePrint } from '../print/PrintProvider';\nexport const p = usePrint;\n"),
    ).toContain('no-restricted-imports');
    expect(
      await rulesFiring(
        'renderer/src/features/directory/admin/Panel.tsx',
        "import { usePrint } from '../../print/PrintProvider';\nexport const p = usePrint;\n",
      ),
    ).toContain('no-restricted-imports');
    expect(
      await rulesFiring(
        'renderer/src/features/register/Form.tsx',
        "import { usePrint } from '../../features/print/PrintProvider';\nexport const p = usePrint;\n",
      ),
    ).toContain('no-restricted-imports');
  });

  it("accepts another feature's index, the feature's own files and the shared renderer code", async () => {
    const code = [
      "import { usePrint } from '../print';",
      "import { useDirectory } from '../directory/index';",
      "import { useRegister } from './useRegister';",
      "import { ErrorMessage } from '../../components/ErrorMessage';",
      "import { personSchema } from '../../../../shared/directory/person';",
      'export const all = [usePrint, useDirectory, useRegister, ErrorMessage, personSchema];',
      '',
    ].join('\n');
    expect(await rulesFiring('renderer/src/features/register/Form.tsx', code)).toEqual([]);
    const nested =
      "import { useDirectory } from '../useDirectory';\nimport { useDeskApi } from '../../../api/ApiContext';\nimport { usePrint } from '../../print';\nexport const all = [useDirectory, useDeskApi, usePrint];\n";
    expect(await rulesFiring('renderer/src/features/directory/admin/Panel.tsx', nested)).toEqual([]);
  });
});
