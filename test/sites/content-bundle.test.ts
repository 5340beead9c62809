/**
 * The content script must stay small: nothing it imports (transitively, through relative
 * imports) may load zod, React or Dexie at run time. Type-only imports are erased and allowed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '..', '..');

function runtimeImports(file: string): string[] {
  const src = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of src.matchAll(/^import\s+(?!type\b)([\s\S]*?)\s+from\s+'([^']+)';/gm)) out.push(m[2]);
  return out;
}

function graph(entry: string): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const spec of runtimeImports(file)) {
      if (!spec.startsWith('.')) {
        packages.add(spec);
        continue;
      }
      const base = resolve(dirname(file), spec);
      const target = [base, `${base}.ts`, `${base}/index.ts`].find((p) => existsSync(p) && p.endsWith('.ts'));
      if (target) visit(target);
    }
  };
  visit(entry);
  return { files: [...files], packages: [...packages] };
}

describe('content script imports', () => {
  it('loads no zod, React or Dexie, only WXT helpers', () => {
    const { files, packages } = graph(resolve(ROOT, 'entrypoints', 'content', 'index.ts'));
    expect(files.length).toBeGreaterThan(5);
    expect(files.some((f) => f.endsWith('lib/protocol.ts'))).toBe(false);
    for (const p of packages) expect(p, p).toMatch(/^wxt\//);
  });
});
