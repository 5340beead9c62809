// The bundled SVG flags (public/flags, copied from country-flag-icons by scripts/copy-flags.mjs):
// they match the package, every country with a profile has one, and views point at them.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listCountries } from '../../lib/profiles/index';
import { flagUrl } from '../../components/format';

const ROOT = join(__dirname, '..', '..');
const shipped = join(ROOT, 'public', 'flags');
const pkg = join(ROOT, 'node_modules', 'country-flag-icons', '3x2');

describe('flags', () => {
  it('are the package files, unchanged, with its licence', () => {
    const files = readdirSync(shipped).filter((f) => f.endsWith('.svg'));
    expect(files.length).toBeGreaterThan(240);
    for (const f of files) expect(readFileSync(join(shipped, f), 'utf8'), f).toBe(readFileSync(join(pkg, f), 'utf8'));
    expect(readFileSync(join(shipped, 'LICENSE.txt'), 'utf8')).toMatch(/MIT License/);
  });

  it('exist for every country Glocal has a profile for', () => {
    const missing = listCountries()
      .map((c) => c.country)
      .filter((cc) => !readdirSync(shipped).includes(`${cc}.svg`));
    expect(missing).toEqual([]);
  });

  it('are addressed by code, and nothing else becomes a path', () => {
    expect(flagUrl('de')).toBe('/flags/DE.svg');
    expect(flagUrl('../x')).toBeNull();
    expect(flagUrl('')).toBeNull();
    expect(flagUrl(null)).toBeNull();
  });
});
