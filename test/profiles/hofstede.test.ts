/**
 * The shipped Hofstede scores against the raw source file, parsed here independently of the
 * build script (plain string splitting, no shared code), plus the ctr-code traps.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countryCodes, getProfile, HOFSTEDE_KEYS, hofstedeRegions } from '../../lib/profiles/index';

const root = join(__dirname, '..', '..', 'data', 'sources', 'hofstede');
const matrix = readFileSync(join(root, 'dimension-matrix-2015-12-08-0-100.csv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((l) => l.replace('\r', '').split(';'));
const mapping = new Map(
  readFileSync(join(root, 'ctr-to-iso2.csv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => {
      const m = /^([A-Z]{3}),"([^"]*)",([A-Z]{0,2}),(\w+)/.exec(l.replace('\r', ''));
      if (!m) throw new Error(`unparsed mapping line ${l}`);
      return [m[1], { iso: m[3], kind: m[4] }] as const;
    }),
);
const num = (s: string) => (s === '#NULL!' ? null : Number(s));

describe('Hofstede: shipped values equal the source file', () => {
  it('the source has 111 rows: 101 countries, 3 regions, 7 sub-national rows', () => {
    expect(matrix).toHaveLength(111);
    const kinds = matrix.map((r) => mapping.get(r[0])?.kind);
    expect(kinds.filter((k) => k === 'country')).toHaveLength(101);
    expect(kinds.filter((k) => k === 'region')).toHaveLength(3);
    expect(kinds.filter((k) => k === 'subnational')).toHaveLength(7);
  });

  it('every country row is shipped exactly, under its mapped ISO code', () => {
    let checked = 0;
    for (const row of matrix) {
      const m = mapping.get(row[0])!;
      if (m.kind !== 'country') continue;
      const p = getProfile(m.iso)!;
      expect(p, row[0]).not.toBeNull();
      expect(p.dimensions.hofstedeCtr).toBe(row[0]);
      HOFSTEDE_KEYS.forEach((k, i) => {
        const expected = num(row[2 + i]);
        const shipped = p.dimensions.hofstede[k];
        if (expected === null) expect(shipped, `${row[0]} ${k}`).toBeNull();
        else {
          expect(shipped?.value, `${row[0]} ${k}`).toBe(expected);
          expect(shipped?.kind).toBe('measured');
          expect(shipped?.version).toBe('2015-12-08');
          expect(shipped?.source).toContain(`ctr ${row[0]}`);
        }
        checked++;
      });
    }
    expect(checked).toBe(101 * 6);
  });

  it('no other country has Hofstede scores of its own', () => {
    const withScores = countryCodes().filter((c) => Object.values(getProfile(c)!.dimensions.hofstede).some((v) => v !== null));
    const mapped = [...mapping.values()].filter((m) => m.kind === 'country').map((m) => m.iso);
    expect(withScores.sort()).toEqual([...new Set(mapped)].sort());
  });

  it('sub-national rows stay separate from the country row', () => {
    const ch = getProfile('CH')!;
    expect(ch.dimensions.hofstedeSubnational.map((s) => s.ctr).sort()).toEqual(['SWF', 'SWG']);
    const swf = matrix.find((r) => r[0] === 'SWF')!;
    expect(ch.dimensions.hofstedeSubnational.find((s) => s.ctr === 'SWF')!.scores.pdi?.value).toBe(num(swf[2]));
    const swi = matrix.find((r) => mapping.get(r[0])?.iso === 'CH' && mapping.get(r[0])?.kind === 'country')!;
    expect(ch.dimensions.hofstede.pdi?.value).toBe(num(swi[2]));
  });
});

describe('Hofstede: ctr codes are not ISO alpha-3 codes', () => {
  // BEN = Belgium Netherl, CAF = Canada French, MAC = Macedonia, MNG = Montenegro, SLV = Slovenia.
  it.each([
    ['BJ', 'Benin', 'BEN'],
    ['CF', 'Central African Republic', 'CAF'],
    ['MO', 'Macao', 'MAC'],
    ['MN', 'Mongolia', 'MNG'],
  ])('%s (%s) has no Hofstede data from the %s row', (iso, _name, ctr) => {
    const p = getProfile(iso)!;
    expect(p).not.toBeNull();
    expect(p.dimensions.hofstedeCtr).toBeNull();
    expect(Object.values(p.dimensions.hofstede).every((v) => v === null)).toBe(true);
    expect(p.dimensions.hofstedeSubnational).toEqual([]);
    expect(JSON.stringify(p)).not.toContain(`ctr ${ctr}`);
  });

  it('El Salvador gets its own row (SAL), never Slovenia\'s (SLV)', () => {
    const sv = getProfile('SV')!;
    const sal = matrix.find((r) => r[0] === 'SAL')!;
    expect(sv.dimensions.hofstedeCtr).toBe('SAL');
    expect(sv.dimensions.hofstede.pdi?.value).toBe(num(sal[2]));
    expect(JSON.stringify(sv)).not.toContain('ctr SLV');
  });

  it('the trap rows land where the mapping says', () => {
    expect(getProfile('SI')!.dimensions.hofstedeCtr).toBe('SLV');
    expect(getProfile('ME')!.dimensions.hofstedeCtr).toBe('MNG');
    expect(getProfile('MK')!.dimensions.hofstedeCtr).toBe('MAC');
    expect(getProfile('BE')!.dimensions.hofstedeSubnational.map((s) => s.ctr)).toContain('BEN');
    expect(getProfile('CA')!.dimensions.hofstedeSubnational.map((s) => s.ctr)).toContain('CAF');
  });
});

describe('Hofstede: regions stay regions', () => {
  it('no profile exists for a region code', () => {
    for (const code of ['AFE', 'AFW', 'ARA']) expect(getProfile(code)).toBeNull();
    expect(countryCodes().every((c) => /^[A-Z]{2}$/.test(c))).toBe(true);
  });

  it('a member country shows the region only as a labelled, estimated fallback', () => {
    const ara = matrix.find((r) => r[0] === 'ARA')!;
    const sa = getProfile('SA')!;
    // Saudi Arabia's own row has only LTO and IVR.
    expect(sa.dimensions.hofstede.pdi).toBeNull();
    expect(sa.dimensions.hofstedeRegion?.region).toBe('ARA');
    expect(sa.dimensions.hofstedeRegion?.label).toBe('Arab countries');
    const pdi = sa.dimensions.hofstedeRegion!.scores.pdi!;
    expect(pdi.value).toBe(num(ara[2]));
    expect(pdi.kind).toBe('estimated');
    expect(pdi.source).toMatch(/regional/);
  });

  it('region membership only covers countries, and non-members have no fallback', () => {
    const regions = hofstedeRegions();
    expect(Object.keys(regions).sort()).toEqual(['AFE', 'AFW', 'ARA']);
    const members = new Set(Object.values(regions).flatMap((r) => r.members));
    for (const c of countryCodes()) {
      const r = getProfile(c)!.dimensions.hofstedeRegion;
      expect(r !== null, c).toBe(members.has(c));
    }
  });
});
