// The README's site tables are checked against the registry: one row per module, with its name,
// its hosts (root README) and its confidence. Adding a site without documenting it fails here.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITES, generic } from '../../lib/sites/registry';

const root = resolve(__dirname, '..', '..');
const modules = [...SITES, generic];

/** The rows of the first Markdown table whose header starts with `| Site |` after `heading`. */
function table(file: string, heading: string): string[][] {
  const src = readFileSync(resolve(root, file), 'utf8');
  const from = src.indexOf(heading);
  expect(from, `${file}: ${heading}`).toBeGreaterThanOrEqual(0);
  const lines = src.slice(from).split('\n');
  const start = lines.findIndex((l) => l.startsWith('| Site |'));
  const rows: string[][] = [];
  for (const l of lines.slice(start + 2)) {
    if (!l.startsWith('|')) break;
    rows.push(l.split('|').slice(1, -1).map((c) => c.trim()));
  }
  return rows;
}

const hostsCell = (hosts: readonly string[]) => (hosts.length ? hosts.map((h) => `\`${h}\``).join(', ') : 'any site you add');

describe('README site tables match the registry', () => {
  it('README.md: one row per module, in registry order, with its hosts and confidence', () => {
    const rows = table('README.md', '## Supported sites');
    const expected = modules.map((m) => `| ${m.name} | ${hostsCell(m.hosts)} | … | ${m.confidence}… |`);
    expect(rows.map((r) => r[0]), expected.join('\n')).toEqual(modules.map((m) => m.name));
    rows.forEach((r, i) => {
      expect(r[1], modules[i].id).toBe(hostsCell(modules[i].hosts));
      expect(r[3].startsWith(modules[i].confidence), modules[i].id).toBe(true);
    });
  });
  it('lib/sites/README.md: one row per module with its confidence', () => {
    const rows = table('lib/sites/README.md', '## Support table');
    expect(rows.map((r) => r[0])).toEqual(modules.map((m) => m.name));
    rows.forEach((r, i) => expect(r[2].startsWith(modules[i].confidence), modules[i].id).toBe(true));
  });
});
