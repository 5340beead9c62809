// The README says the popup is plain DOM, not React, so it renders within its 100 ms budget:
// nothing the popup entrypoint imports, directly or through other modules, is React.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '..', '..');

/** Every bare module the file imports, following relative imports (type-only imports skipped). */
function bareImports(file: string, seen = new Set<string>()): Set<string> {
  const out = new Set<string>();
  if (seen.has(file)) return out;
  seen.add(file);
  const src = readFileSync(file, 'utf8');
  for (const m of src.matchAll(/^import\s+(type\s+)?(?:[^'"]*?from\s+)?['"]([^'"]+)['"]/gm)) {
    if (m[1]) continue;
    const spec = m[2];
    if (spec.startsWith('.')) {
      const base = resolve(dirname(file), spec);
      const found = [base, `${base}.ts`, `${base}.tsx`, resolve(base, 'index.ts')].find((p) => existsSync(p) && !p.endsWith('.css') && !p.endsWith('.json'));
      if (found && /\.(ts|tsx)$/.test(found)) for (const x of bareImports(found, seen)) out.add(x);
    } else out.add(spec);
  }
  return out;
}

describe('popup', () => {
  it('is plain DOM: no React anywhere in its imports', () => {
    const mods = bareImports(resolve(root, 'entrypoints', 'popup', 'main.ts'));
    expect(mods.size).toBeGreaterThan(0);
    for (const m of mods) expect(m, m).not.toMatch(/^react(-dom|-i18next)?(\/|$)/);
  });
  it('the check would see React if it were there', () => {
    const mods = bareImports(resolve(root, 'entrypoints', 'sidepanel', 'main.tsx'));
    expect([...mods].some((m) => /^react/.test(m))).toBe(true);
  });
});
