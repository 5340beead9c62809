/** GLOBE 2004 scores against the raw file, parsed independently; samples mapped as curated. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countryCodes, getProfile, GLOBE_KEYS } from '../../lib/profiles/index';

const file = join(__dirname, '..', '..', 'data', 'sources', 'globe', 'globe-2004-societal-culture.csv');
const rows = readFileSync(file, 'utf8')
  .trim()
  .split(/\r?\n/)
  .slice(1)
  .map((l) => l.split(','));
const mapping = JSON.parse(readFileSync(join(__dirname, '..', '..', 'data', 'curated', 'globe-iso2.json'), 'utf8')).societies as Record<
  string,
  { iso2: string; primary: boolean }
>;
const r2 = (s: string) => Math.round((Number(s) + Number.EPSILON) * 100) / 100;

describe('GLOBE 2004', () => {
  it('has 62 societies, all mapped', () => {
    expect(rows).toHaveLength(62);
    for (const r of rows) expect(mapping[r[1].trim()], r[1]).toBeDefined();
  });

  it('every shipped practice and value score equals the source (2 dp)', () => {
    let n = 0;
    for (const r of rows) {
      const m = mapping[r[1].trim()];
      const p = getProfile(m.iso2)!;
      const sample = m.primary ? p.dimensions.globe! : p.dimensions.globeSubsamples.find((s) => s.sample === r[1].trim())!;
      expect(sample, r[1]).toBeDefined();
      GLOBE_KEYS.forEach((k, i) => {
        expect(sample.practices[k]?.value, `${r[1]} ${k}`).toBe(r2(r[2 + i]));
        expect(sample.values[k]?.value, `${r[1]} ${k}`).toBe(r2(r[11 + i]));
        n += 2;
      });
      expect(sample.cluster?.value).toBe(r[20].trim());
    }
    expect(n).toBe(62 * 18);
  });

  it('59 countries have a GLOBE sample; split samples stay visible', () => {
    expect(countryCodes().filter((c) => getProfile(c)!.dimensions.globe)).toHaveLength(59);
    expect(getProfile('DE')!.dimensions.globe!.sample).toBe('Germany (WEST)');
    expect(getProfile('DE')!.dimensions.globeSubsamples.map((s) => s.sample)).toEqual(['Germany (EAST)']);
    expect(getProfile('GB')!.dimensions.globe!.note).toMatch(/England/);
  });
});
