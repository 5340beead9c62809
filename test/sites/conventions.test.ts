/**
 * Conventions that keep the site modules maintainable: every module is registered, has at least
 * two fixtures (old and new UI, or two variants), a fixture in a non-English UI, and headers
 * that say what each fixture reproduces and where its structure comes from.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SUPPORTED_MATCHES } from '../../lib/sites/matches';
import { generic, SITES, siteFor } from '../../lib/sites/registry';
import { FIXTURES, loadFixtures } from './helpers';

const fixtures = loadFixtures();
const modules = [...SITES, generic];

describe('site module conventions', () => {
  it('every folder under lib/sites with an index.ts is registered', () => {
    const root = resolve(__dirname, '..', '..', 'lib', 'sites');
    const folders = readdirSync(root, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    expect(folders.sort()).toEqual(modules.map((m) => m.id).sort());
  });

  it.each(modules.map((m) => [m.id, m] as const))('%s has fixtures with complete headers and expectations', (id) => {
    const own = fixtures.filter((f) => f.dir === id);
    expect(own.length, `fixtures for ${id}`).toBeGreaterThanOrEqual(2);
    for (const f of own) {
      for (const key of ['site', 'variant', 'url', 'date', 'source']) expect(f.header[key], `${f.file}: ${key}`).toBeTruthy();
      expect(f.header.site).toBe(id);
      expect(f.header.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(f.expected, `${f.file} has an .expected.json`).not.toBeNull();
      // The URL detector agrees with the fixture (generic is never picked by URL).
      expect(siteFor(new URL(f.header.url))?.id ?? 'generic').toBe(id);
    }
    expect(own.some((f) => !f.lang.startsWith('en')), `${id} has a non-English UI fixture`).toBe(true);
  });

  it('no stray fixture folders', () => {
    const ids = new Set(modules.map((m) => m.id));
    for (const d of readdirSync(FIXTURES)) expect(ids.has(d), d).toBe(true);
  });

  it('every site module keeps its selectors as arrays, with one comment per variant', () => {
    for (const m of SITES) {
      const src = readFileSync(join(resolve(__dirname, '..', '..', 'lib', 'sites'), m.id, 'index.ts'), 'utf8');
      expect(src, m.id).toMatch(/export const selectors = \{/);
      const block = src.slice(src.indexOf('export const selectors = {'), src.indexOf('} satisfies Record<string, SelectorGroup>'));
      // A single-line array may hold one selector only; longer ones are written one per line.
      for (const g of block.matchAll(/variants: \[([^\n]+)\]/g)) {
        expect(g[1].match(/'(?:[^'\\]|\\.)*'/g)?.length ?? 0, `${m.id}: ${g[1].slice(0, 60)}`).toBeLessThanOrEqual(1);
      }
      for (const g of block.matchAll(/variants: \[\n([\s\S]*?)\n\s*\],/g)) {
        const lines = g[1].split('\n').map((l) => l.trim());
        const variants = lines.filter((l) => l.startsWith("'")).length;
        const comments = lines.filter((l) => l.startsWith('//')).length;
        expect(comments, `${m.id}: ${lines.find((l) => l.startsWith("'"))}`).toBeGreaterThanOrEqual(variants);
      }
    }
  });

  it('every supported host has a site module and every module a host', () => {
    for (const pattern of SUPPORTED_MATCHES) {
      const host = pattern.replace(/^https:\/\/(\*\.)?/, (_, star) => (star ? 'demo.' : '')).replace(/\/\*$/, '');
      expect(siteFor({ hostname: host, pathname: '/' }), pattern).not.toBeNull();
    }
  });
});
