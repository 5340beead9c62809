/** The communication target and the comparison: values, fallbacks and explanations. */
import { describe, expect, it } from 'vitest';
import { CommunicationTarget } from '../../lib/protocol';
import { communicationTarget, compareCountries, countryCodes, getProfile, withOverride, type CountryProfile } from '../../lib/profiles/index';

const P = (cc: string) => getProfile(cc)!;

/** A copy of a profile with some parts removed, to exercise the fallbacks. */
function without(cc: string, opts: { hofstede?: boolean; globe?: boolean; norms?: boolean; region?: boolean }): CountryProfile {
  const p = structuredClone(P(cc)) as CountryProfile;
  if (opts.hofstede) for (const k of Object.keys(p.dimensions.hofstede) as (keyof typeof p.dimensions.hofstede)[]) p.dimensions.hofstede[k] = null;
  if (opts.globe) p.dimensions.globe = null;
  if (opts.norms) p.norms = null;
  if (opts.region) p.dimensions.hofstedeRegion = null;
  return p;
}

describe('communicationTarget', () => {
  it('is valid for every country, with and without a sender', () => {
    for (const cc of countryCodes()) {
      for (const from of [null, P('DE')]) {
        const t = communicationTarget(P(cc), from);
        expect(CommunicationTarget.safeParse(t).success, cc).toBe(true);
        expect(t.explanations.length).toBeGreaterThanOrEqual(5);
      }
    }
  });

  it('names the dimension values and the sender gap in the explanation', () => {
    const t = communicationTarget(P('JP'), P('DE'));
    const deadline = t.explanations.find((e) => e.text.startsWith('Deadline'))!;
    expect(deadline.text).toContain('Japan UAI 92 vs your 65');
    expect(deadline.text).toMatch(/higher on uncertainty avoidance than you/);
    // The curated stance speaks about behaviour; the score does not.
    expect(deadline.text).toMatch(/Punctuality and exact dates are essential/);
    expect(deadline.sources.join(' ')).toMatch(/Hofstede UAI 92 .*measured/);
  });

  it('orders countries sensibly on each axis', () => {
    const jp = communicationTarget(P('JP'), null);
    const nl = communicationTarget(P('NL'), null);
    const us = communicationTarget(P('US'), null);
    expect(jp.formality).toBeGreaterThan(nl.formality);
    expect(nl.directness).toBeGreaterThan(jp.directness);
    expect(jp.relationship).toBeGreaterThan(us.relationship);
    expect(us.firstNames).toBe(true);
    expect(jp.firstNames).toBe(false);
    expect(jp.greeting.local).toContain('様');
    expect(jp.addressForm).toBe('<Surname>様');
  });

  it('uses higher uncertainty avoidance for higher deadline sensitivity when nothing else differs', () => {
    const low = without('DK', { norms: true, globe: true });
    const high = without('GR', { norms: true, globe: true });
    expect(communicationTarget(high, null).deadlineSensitivity).toBeGreaterThan(communicationTarget(low, null).deadlineSensitivity);
  });

  it('falls back to curated norms when a country has no dimensions, and says so', () => {
    const p = without('JP', { hofstede: true, globe: true });
    const t = communicationTarget(p, P('DE'));
    expect(t.formality).toBe(0.9);
    expect(t.explanations[0].text).toMatch(/No measured dimension score for Japan; based on the curated norms/);
  });

  it('falls back to a labelled regional score only when there are no norms either', () => {
    // Lebanon: no Hofstede scores of its own, member of the 'Arab countries' region.
    const p = without('LB', { globe: true });
    expect(p.norms).toBeNull();
    const t = communicationTarget(p, null);
    expect(t.explanations[0].text).toMatch(/regional fallback 'Arab countries'/);
    expect(t.explanations[0].text).toMatch(/only an estimate/);
    expect(t.explanations[0].sources[0]).toMatch(/estimated/);
  });

  it('states a neutral default when nothing is known', () => {
    const t = communicationTarget(P('MN'), null);
    expect(t.formality).toBe(0.6);
    expect(t.explanations[0].text).toMatch(/No data for Mongolia/);
    expect(t.firstNames).toBe(false);
  });

  it('keeps address, greeting and first-name advice consistent without curated norms', () => {
    // New Zealand without its curated entry: low PDI, high IDV → first names.
    const nz = communicationTarget(without('NZ', { norms: true }), null);
    expect(nz).toMatchObject({ firstNames: true, addressForm: '<Given>', greeting: { en: 'Hi <Given>,', local: 'Hi <Given>,', lang: 'en' } });
    // Mali: no data at all, French as the official language → French formal salutation.
    const ml = communicationTarget(P('ML'), null);
    expect(ml).toMatchObject({ firstNames: false, addressForm: 'Mr./Ms. <Surname>', greeting: { lang: 'fr' }, signOff: { local: 'Cordialement' } });
  });

  it('does not call an individualist culture group-oriented just because the sender is more so', () => {
    const ch = communicationTarget(P('CH'), P('US'));
    const d = ch.explanations.find((e) => e.text.startsWith('Directness'))!.text;
    expect(d).toContain('Switzerland IDV 68 vs your 91');
    expect(d).not.toMatch(/group-oriented/);
    const cn = communicationTarget(P('CN'), P('US')).explanations.find((e) => e.text.startsWith('Directness'))!.text;
    expect(cn).toMatch(/less individualist than you/);
    expect(cn).not.toMatch(/group-oriented/);
  });

  it('does not compare a country with itself', () => {
    const t = communicationTarget(P('JP'), P('JP'));
    expect(t.explanations.some((e) => e.text.includes('vs your'))).toBe(false);
  });
});

describe('withOverride', () => {
  it('a contact who prefers first names gets them, and the explanation says why', () => {
    const t = communicationTarget(P('DE'), P('US'));
    expect(t.firstNames).toBe(false);
    const o = withOverride(t, { scope: 'contact', key: 'hans@x.de', firstNames: true });
    expect(o).toMatchObject({ firstNames: true, addressForm: '<Given>', greeting: { en: 'Dear <Given>,', local: t.greeting.local } });
    expect(o.explanations.at(-1)!.text).toMatch(/hans@x.de prefers first names/);
    expect(CommunicationTarget.safeParse(o).success).toBe(true);
  });
  it('a preference for surnames, or no preference, is respected', () => {
    const us = communicationTarget(P('US'), null);
    expect(withOverride(us, { scope: 'domain', key: 'bank.com', firstNames: false })).toMatchObject({ firstNames: false, greeting: { en: 'Dear Mr./Ms. <Surname>,' } });
    expect(withOverride(us, { scope: 'domain', key: 'bank.com', firstNames: null })).toBe(us);
    expect(withOverride(us, null)).toBe(us);
  });
});

describe('compareCountries', () => {
  it('flags large gaps with their practical meaning', () => {
    const c = compareCountries(P('DK'), P('JP'));
    const mas = c.gaps.find((g) => g.framework === 'hofstede' && g.dimension === 'MAS')!;
    expect(mas).toMatchObject({ a: 16, b: 95, gap: 79, size: 'large' });
    expect(mas.meaning).toMatch(/Japan scores higher on masculinity \(achievement and competition\) than Denmark \(95 vs 16; measured, national average\)/);
    expect(c.summary.some((s) => s.startsWith('MAS: Denmark 16 vs Japan 95'))).toBe(true);
    expect(c.norms.some((s) => s.startsWith('Directness'))).toBe(true);
  });

  it('says "regional estimate" in the sentence when a regional row stands in', () => {
    const c = compareCountries('SA', 'US');
    const idv = c.gaps.find((g) => g.dimension.startsWith('IDV'))!;
    expect(idv.dimension).toBe('IDV (regional estimate)');
    expect(idv.meaning).toBe('Saudi Arabia (Arab countries, regional estimate) is less individualist than United States (38 vs 91; regional estimate for one side).');
    expect(c.missing.join(' ')).toMatch(/no measured score for Saudi Arabia \(a labelled regional estimate is used\)/);
  });

  it('accepts codes, reports small gaps without advice, and lists what is missing', () => {
    const c = compareCountries('DE', 'AT');
    expect(c.gaps.filter((g) => g.size === 'small').every((g) => g.meaning === null)).toBe(true);
    const m = compareCountries('SA', 'MN');
    expect(m.gaps).toEqual([]);
    expect(m.missing.join(' ')).toMatch(/Mongolia/);
    expect(() => compareCountries('XX', 'DE')).toThrow(/no profile/);
  });

  it('is antisymmetric in its gaps', () => {
    const ab = compareCountries('US', 'CN');
    const ba = compareCountries('CN', 'US');
    for (const g of ab.gaps) expect(ba.gaps.find((x) => x.dimension === g.dimension)!.gap).toBeCloseTo(-g.gap, 6);
  });
});
