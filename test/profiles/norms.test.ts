/** The hand-written norms files: schema, per-claim citations, coverage, and the practitioner fixes. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Literature, NormsFile, resolveCite, STANCES, TOPICS } from '../../lib/profiles/norms-schema';

const dir = join(__dirname, '..', '..', 'data', 'curated');
const literature = Literature.parse(JSON.parse(readFileSync(join(dir, 'literature.json'), 'utf8')));
const files = readdirSync(join(dir, 'norms')).filter((f) => f.endsWith('.json'));
const entries = files.flatMap((f) => {
  const parsed = NormsFile.safeParse(JSON.parse(readFileSync(join(dir, 'norms', f), 'utf8')));
  if (!parsed.success) throw new Error(`${f}: ${JSON.stringify(parsed.error.issues[0])}`);
  return parsed.data.entries;
});
const byCc = (cc: string) => entries.find((e) => e.country === cc)!;

// The 40 largest merchandise traders (WTO world trade statistics, recent years), as a floor.
const LARGEST_TRADERS = 'CN US DE NL JP FR KR IT HK GB MX CA BE IN SG ES TW CH AE VN PL RU MY AU TH BR SA ID TR AT SE CZ IE DK NO HU PH CL ZA IL'.split(' ');
const REQUIRED_BY_ISSUE = 'KE PK CO PE NZ GR UA QA MA VN'.split(' ');

describe('curated norms', () => {
  it('every file passes the schema, with no duplicate countries', () => {
    const codes = entries.map((e) => e.country);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('covers at least 60 countries, the 40 largest traders and the ones the review asked for', () => {
    const have = new Set(entries.map((e) => e.country));
    expect(have.size).toBeGreaterThanOrEqual(60);
    expect([...LARGEST_TRADERS, ...REQUIRED_BY_ISSUE].filter((c) => !have.has(c))).toEqual([]);
  });

  it('every country has a stance on every topic, from the fixed vocabulary', () => {
    for (const e of entries) {
      for (const t of TOPICS) {
        const stance = t === 'address' ? e.address.firstNames : e.topics[t].stance;
        expect(STANCES[t] as readonly string[], `${e.country} ${t}`).toContain(stance);
      }
    }
  });

  it('every claim carries its own citation, and every citation resolves to a real part of a listed work', () => {
    for (const e of entries) {
      const keyed = [['entry', e.cite], ['address', e.address.cite], ...Object.entries(e.topics).map(([k, v]) => [k, v!.cite] as const)] as const;
      for (const [what, keys] of keyed) {
        expect(keys.length, `${e.country} ${what}`).toBeGreaterThan(0);
        for (const k of keys) expect(() => resolveCite(k, e.country, e.country, literature), `${e.country} ${what} ${k}`).not.toThrow();
      }
    }
  });

  it('rejects invented citations: an unknown work or part, or a country chapter the work does not have', () => {
    expect(() => resolveCite('nobody2020:x', 'JP', 'Japan', literature)).toThrow(/unknown work/);
    expect(() => resolveCite('meyer2014:chapterx', 'JP', 'Japan', literature)).toThrow(/no part/);
    expect(() => resolveCite('morrison2006:country', 'QA', 'Qatar', literature)).toThrow(/no country chapter/);
    // Salacuse's survey covered twelve countries: citing it for another must be marked as applied.
    expect(() => resolveCite('salacuse1998:team', 'SE', 'Sweden', literature)).toThrow(/does not cover/);
    expect(resolveCite('meyer2014:persuading~', 'VN', 'Vietnam', literature).where).toMatch(/applied to Vietnam by the editors/);
    for (const w of Object.values(literature)) for (const p of Object.values(w.parts ?? {})) expect(p).not.toMatch(/\bp{1,2}\.\s*\d/);
  });

  it('the schema rejects a missing stance or a stance outside the vocabulary', () => {
    const bad = structuredClone(byCc('DE')) as unknown as { topics: { disagreeing: { stance: string } } };
    bad.topics.disagreeing.stance = 'sometimes';
    expect(NormsFile.safeParse({ entries: [bad] }).success).toBe(false);
    const { greeting: _g, ...noGreeting } = entries[0];
    expect(NormsFile.safeParse({ entries: [noGreeting] }).success).toBe(false);
  });

  it('greetings give a local form and an English form', () => {
    const jp = byCc('JP');
    expect(jp.greeting.local).toContain('様');
    expect(jp.signOff.local).toBe('よろしくお願いいたします');
    expect(jp.address.nameOrder).toBe('surname-first');
    for (const e of entries) expect(e.greeting.en.length).toBeGreaterThan(2);
  });
});

describe('practitioner review fixes', () => {
  it('UAE: the Friday half-day', () => {
    expect(byCc('AE').topics.time.note).toMatch(/Friday a half day/);
  });
  it('Russia: a sanctions and export-control note citing the regulations', () => {
    const c = byCc('RU').topics.compliance!;
    expect(c.text).toMatch(/sanctions/);
    expect(c.text).toMatch(/export-control/);
    expect(c.cite).toEqual(['eu2014:regulation', 'ear2024:russia']);
  });
  it('India: first names in corporate mail', () => {
    expect(byCc('IN').address.firstNames).toBe('soon');
    expect(byCc('IN').address.honorifics).toMatch(/first names are common/);
  });
  it('France: August and bridge days', () => {
    expect(byCc('FR').topics.time.note).toMatch(/August/);
    expect(byCc('FR').topics.time.note).toMatch(/pont/);
  });
  it('"the number four" is a number and gift superstition, not a small-talk topic', () => {
    for (const e of entries) expect(e.topics.smallTalk.taboos.join(' '), e.country).not.toMatch(/four/);
    for (const cc of ['CN', 'TW', 'HK']) expect(byCc(cc).topics.gifts.text).toMatch(/four/);
  });
  it("Israel's decision style: quick, after open debate, not top-down by rank", () => {
    const d = byCc('IL').topics.deciding;
    expect(d.stance).toBe('consultative');
    expect(d.timeline).toBe('quick');
    expect(d.text).toMatch(/open debate/);
  });
  it('Brazil: the address pattern, the greeting and its English form agree', () => {
    const br = byCc('BR');
    expect(br.address.pattern).toMatch(/<Given>/);
    expect(br.greeting.local).toMatch(/<Given>/);
    expect(br.greeting.local).not.toMatch(/<Surname>/);
    expect(br.greeting.en).toMatch(/<Given>/);
  });
  it('Denmark: De/Dem is obsolete', () => {
    expect(byCc('DK').address.honorifics).toMatch(/De\/Dem' is obsolete/);
  });
});
