/**
 * The convention test of issue #13: for every country, from every curated home country (and
 * none), build the brief and the comparison, and fail on any pair of statements with opposite
 * stances, or any statement that contradicts the country's own curated stance.
 */
import { describe, expect, it } from 'vitest';
import { buildBrief, briefClaims, findContradictions, contradictsCurated, stanceOf, stancesOf, TOPICS, type StanceClaim } from '../../lib/brief/index';
import { compareCountries, countryCodes, getProfile, type CountryProfile } from '../../lib/profiles/index';
import { classify } from '../../scripts/count-contradictions';

const all = countryCodes().map((c) => getProfile(c)!);
const curated = all.filter((p) => p.norms);
const P = (cc: string) => getProfile(cc)!;

describe('stances', () => {
  it('stanceOf reads the curated stance, and nothing where there is no curated entry', () => {
    expect(stanceOf(P('DE'), 'disagreeing')).toBe('open');
    expect(stanceOf(P('JP'), 'disagreeing')).toBe('avoided');
    expect(stanceOf(P('MN'), 'disagreeing')).toBeNull();
    expect(Object.keys(stancesOf(P('JP')))).toEqual(TOPICS);
  });

  it('the checker finds opposite stances, and only those', () => {
    const a: StanceClaim = { country: 'RU', topic: 'disagreeing', stance: 'open' };
    expect(findContradictions([a, { ...a, stance: 'avoided' }])).toHaveLength(1);
    expect(findContradictions([a, { ...a, stance: 'measured' }])).toHaveLength(0);
    expect(findContradictions([a, { ...a, country: 'JP', stance: 'avoided' }])).toHaveLength(0);
    expect(contradictsCurated([{ country: 'DE', topic: 'time', stance: 'flexible' }], getProfile)).toHaveLength(1);
    expect(contradictsCurated([{ country: 'DE', topic: 'time', stance: 'linear' }], getProfile)).toHaveLength(0);
  });
});

describe('no contradictions in any brief', () => {
  it(`every country × every curated home country (${curated.length}) and none`, () => {
    const problems: string[] = [];
    let briefs = 0;
    for (const to of all) {
      for (const from of [null, ...curated] as Array<CountryProfile | null>) {
        const b = buildBrief(to, from);
        briefs++;
        const claims = briefClaims(b);
        for (const c of [...findContradictions(claims), ...contradictsCurated(claims, getProfile)]) {
          problems.push(`${to.country}←${from?.country ?? '-'} ${c.topic}: ${c.a.stance} (${c.a.where}) vs ${c.b.stance} (${c.b.where})`);
        }
        // Without a curated entry the brief says less: no behavioural claim at all.
        if (!to.norms) expect(claims.filter((c) => c.country === to.country), to.country).toEqual([]);
      }
    }
    expect(briefs).toBe(all.length * (curated.length + 1));
    expect(problems.slice(0, 10)).toEqual([]);
  }, 120_000);

  it('the English text of every curated brief also reads consistently (the independent text check)', () => {
    const bad: string[] = [];
    for (const to of curated) {
      for (const from of [null, ...curated.filter((c) => c !== to)]) {
        const found = buildBrief(to, from).sections.flatMap((s) => s.items.map((i) => i.text)).flatMap(classify);
        for (const t of new Set(found.map((f) => f.topic))) {
          const a = found.find((f) => f.topic === t && f.pole === 'a');
          const b = found.find((f) => f.topic === t && f.pole === 'b');
          if (a && b) bad.push(`${to.country}←${from?.country ?? '-'} ${t}: "${a.sentence}" vs "${b.sentence}"`);
        }
      }
    }
    expect(bad.slice(0, 10)).toEqual([]);
  }, 120_000);

  it('comparisons state stance differences that match both curated entries', () => {
    for (const a of curated) {
      for (const b of curated) {
        if (a === b) continue;
        const c = compareCountries(a, b);
        const claims = c.stances.flatMap((s) => [
          { country: a.country, topic: s.topic, stance: s.a },
          { country: b.country, topic: s.topic, stance: s.b },
        ]);
        expect(contradictsCurated(claims, getProfile)).toEqual([]);
        // Never call a country that scores above 50 on individualism "group-oriented".
        expect(c.summary.join(' ') + c.gaps.map((g) => g.meaning ?? '').join(' ')).not.toMatch(/group-oriented/);
      }
    }
  });
});
