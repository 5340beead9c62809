/** The hand-written norms files: schema, citations, coverage of the largest trading nations. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NormsFile } from '../../lib/profiles/norms-schema';

const dir = join(__dirname, '..', '..', 'data', 'curated');
const literature = JSON.parse(readFileSync(join(dir, 'literature.json'), 'utf8')) as Record<string, unknown>;
const files = readdirSync(join(dir, 'norms')).filter((f) => f.endsWith('.json'));
const entries = files.flatMap((f) => {
  const parsed = NormsFile.safeParse(JSON.parse(readFileSync(join(dir, 'norms', f), 'utf8')));
  if (!parsed.success) throw new Error(`${f}: ${JSON.stringify(parsed.error.issues[0])}`);
  return parsed.data.entries;
});

// The 40 largest merchandise traders (WTO world trade statistics, recent years), as a floor.
const LARGEST_TRADERS = 'CN US DE NL JP FR KR IT HK GB MX CA BE IN SG ES TW CH AE VN PL RU MY AU TH BR SA ID TR AT SE CZ IE DK NO HU PH CL ZA IL'.split(' ');

describe('curated norms', () => {
  it('every file passes the schema, with no duplicate countries', () => {
    const codes = entries.map((e) => e.country);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('covers at least the 40 largest trading nations', () => {
    const have = new Set(entries.map((e) => e.country));
    expect(LARGEST_TRADERS.filter((c) => !have.has(c))).toEqual([]);
  });

  it('every citation points at a listed work, at chapter level', () => {
    for (const e of entries) for (const c of e.cite) expect(literature[c.ref], `${e.country} ${c.ref}`).toBeDefined();
  });

  it('the schema rejects page numbers and missing fields', () => {
    const bad = structuredClone(entries[0]);
    bad.cite[0].where = 'p. 123';
    expect(NormsFile.safeParse({ entries: [bad] }).success).toBe(false);
    const { greeting: _g, ...noGreeting } = entries[0];
    expect(NormsFile.safeParse({ entries: [noGreeting] }).success).toBe(false);
  });

  it('greetings give a local form and an English form', () => {
    const jp = entries.find((e) => e.country === 'JP')!;
    expect(jp.greeting.local).toContain('様');
    expect(jp.signOff.local).toBe('よろしくお願いいたします');
    expect(jp.address.nameOrder).toBe('surname-first');
    for (const e of entries) expect(e.greeting.en.length).toBeGreaterThan(2);
  });
});
