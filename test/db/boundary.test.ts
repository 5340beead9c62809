// Only lib/db touches Dexie, and the UI reaches the database only by message: the lint rule
// that enforces it, exercised on code that breaks it.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });
async function errors(code: string, filePath: string): Promise<string[]> {
  const [r] = await eslint.lintText(code, { filePath });
  return r.messages.filter((m) => m.severity === 2).map((m) => m.ruleId ?? m.message);
}

describe('database boundary', () => {
  it('rejects a dexie import outside lib/db', async () => {
    for (const f of ['lib/practice/x.ts', 'lib/service/x.ts', 'entrypoints/background/x.ts', 'components/x.tsx']) {
      expect(await errors("import Dexie from 'dexie';\nexport const d = Dexie;\n", f), f).toContain('@typescript-eslint/no-restricted-imports');
    }
  });
  it('allows it inside lib/db', async () => {
    expect(await errors("import Dexie from 'dexie';\nexport const d = Dexie;\n", 'lib/db/x.ts')).toEqual([]);
  });
  it('rejects a value import of lib/db from the UI, but not a type import', async () => {
    expect(await errors("import { openDb } from '../lib/db/schema';\nexport const o = openDb;\n", 'components/x.tsx')).toContain('@typescript-eslint/no-restricted-imports');
    expect(await errors("import type { FocusRow } from '../lib/db/schema';\nexport type F = FocusRow;\n", 'components/x.tsx')).toEqual([]);
  });
}, 30_000);
