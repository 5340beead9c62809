/**
 * Export and import of all user data: a property test that export → import → export is the
 * identity for arbitrary user data, and that a bad file changes nothing and names its field.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { openDb, type GlocalDb } from '../../lib/db/schema';
import * as repo from '../../lib/db/repo';
import { getProfile } from '../../lib/profiles/index';

let n = 0;
const opened: GlocalDb[] = [];
function fresh(): GlocalDb {
  const db = openDb(`glocal-transfer-${process.pid}-${++n}`);
  opened.push(db);
  return db;
}
afterAll(() => opened.forEach((d) => d.close()));

/** Every user table, in key order, for comparing databases. */
async function dump(db: GlocalDb): Promise<string> {
  const out: Record<string, unknown> = {};
  for (const t of repo.userTables(db)) out[t.name] = await t.toArray();
  return JSON.stringify(out, (_k, v) => (v instanceof Date ? { date: v.toISOString() } : v));
}
const stripExportedAt = (json: string) => json.replace(/"exportedAt": \d+/, '"exportedAt": 0');

const cc = fc.constantFrom('DE', 'JP', 'BR', 'US', 'FR', 'CH', 'IN', 'SA');
const email = fc.tuple(fc.stringMatching(/^[a-z][a-z0-9.]{0,10}$/), fc.constantFrom('example.com', 'acme.de', 'x.co.jp')).map(([a, d]) => `${a}@${d}`);
const ts = fc.integer({ min: 0, max: 2_000_000_000_000 });
const text = fc.string({ minLength: 1, maxLength: 40 });
const sourcedNumber = fc.record({
  value: fc.integer({ min: 0, max: 100 }),
  source: fc.constantFrom('ACME licence', 'our survey'),
  version: fc.constantFrom('2024', 'v2'),
  kind: fc.constantFrom('measured', 'estimated'),
});

const userData = fc.record({
  settings: fc.option(
    fc.record({
      homeCountry: fc.option(cc, { nil: null }),
      theme: fc.constantFrom('system', 'light', 'dark'),
      dailyCard: fc.boolean(),
      disabledSites: fc.uniqueArray(fc.constantFrom('gmail', 'outlook', 'hubspot'), { maxLength: 3 }),
    }),
    { nil: null },
  ),
  overrides: fc.uniqueArray(
    fc.record({
      scope: fc.constantFrom('contact', 'domain'),
      key: email,
      country: fc.option(cc, { nil: null }),
      lang: fc.option(fc.constantFrom('de', 'ja', 'pt'), { nil: null }),
      firstNames: fc.option(fc.boolean(), { nil: null }),
      note: fc.string({ maxLength: 60 }),
      updatedAt: ts,
    }),
    { maxLength: 8, selector: (o) => `${o.scope}:${o.key}` },
  ),
  notes: fc.uniqueArray(
    fc.record({ id: fc.uuid(), scope: fc.constantFrom('contact', 'domain'), key: email, text, createdAt: ts, updatedAt: ts }),
    { maxLength: 6, selector: (x) => x.id },
  ),
  patches: fc.uniqueArray(fc.record({ country: cc, pdi: sourcedNumber, uai: fc.option(sourcedNumber, { nil: undefined }) }), {
    maxLength: 3,
    selector: (p) => p.country,
  }),
  domains: fc.uniqueArray(fc.record({ domain: fc.constantFrom('acme.de', 'kyoto.co.jp', 'exemplo.com.br', 'corp.ch'), country: cc, seen: fc.integer({ min: 1, max: 50 }), updatedAt: ts }), {
    maxLength: 4,
    selector: (d) => d.domain,
  }),
  dismissals: fc.uniqueArray(fc.record({ contact: email, suggestionKey: fc.constantFrom('greeting:hi', 'directness:2', 'calendar:weekend'), at: ts }), {
    maxLength: 5,
    selector: (d) => `${d.contact}|${d.suggestionKey}`,
  }),
  focus: fc.uniqueArray(fc.record({ country: cc, count: fc.nat(100), pinned: fc.boolean(), hidden: fc.boolean() }), { maxLength: 4, selector: (f) => f.country }),
  learning: fc.uniqueArray(
    fc.record({
      id: fc.stringMatching(/^card:[a-z]{1,8}$/),
      card: fc.record({ due: fc.date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }), stability: fc.double({ min: 0, max: 100, noNaN: true }), reps: fc.nat(50) }),
      updatedAt: ts,
    }),
    { maxLength: 3, selector: (l) => l.id },
  ),
});

type UserData = typeof userData extends fc.Arbitrary<infer T> ? T : never;

async function fill(db: GlocalDb, d: UserData) {
  if (d.settings) await repo.putSettings(db, d.settings);
  for (const o of d.overrides) await db.overrides.put({ ...o, id: `${o.scope}:${o.key}` });
  for (const x of d.notes) await db.notes.put(x);
  for (const p of d.patches) {
    await repo.putProfilePatch(db, p.country, { dimensions: { hofstede: { pdi: p.pdi, ...(p.uai ? { uai: p.uai } : {}) } } }, 1000);
  }
  for (const x of d.domains) await db.learnedDomains.put(x);
  for (const x of d.dismissals) await repo.dismiss(db, x.contact, x.suggestionKey, x.at);
  for (const x of d.focus) await db.focus.put(x);
  for (const x of d.learning) await db.learning.put(x);
}

describe('export → import round trip', () => {
  it('re-importing an export gives the same database (property)', async () => {
    await fc.assert(
      fc.asyncProperty(userData, async (d) => {
        const a = fresh();
        await fill(a, d);
        const json = await repo.exportUserData(a, 1);
        const b = fresh();
        await repo.putOverride(b, { scope: 'contact', key: 'old@data.example', country: 'FR' });
        const r = await repo.importUserData(b, json);
        expect(r.ok, JSON.stringify(r)).toBe(true);
        expect(await dump(b)).toBe(await dump(a));
        expect(stripExportedAt(await repo.exportUserData(b, 2))).toBe(stripExportedAt(json));
        a.close();
        b.close();
      }),
      { numRuns: 40 },
    );
  });

  it('counts what it imported, and the effective profiles include the imported edits', async () => {
    const a = fresh();
    await repo.putProfilePatch(a, 'JP', { dimensions: { hofstede: { uai: { value: 80, source: 'ACME', version: '1', kind: 'measured' } } } });
    await repo.addNote(a, { scope: 'country', key: 'JP', text: 'agendas a week ahead' });
    const b = fresh();
    const r = await repo.importUserData(b, await repo.exportUserData(a));
    expect(r).toMatchObject({ ok: true, counts: { profileEdits: 1, notes: 1, overrides: 0 } });
    expect((await repo.getEffectiveProfile(b, 'JP'))?.dimensions.hofstede.uai?.value).toBe(80);
  });
});

describe('bad files change nothing', () => {
  async function rejected(json: string): Promise<string> {
    const db = fresh();
    await repo.putOverride(db, { scope: 'contact', key: 'keep@me.example', country: 'DE', note: 'mine' });
    const before = await dump(db);
    const r = await repo.importUserData(db, json);
    expect(r.ok).toBe(false);
    expect(await dump(db)).toBe(before);
    return (r as { error: string }).error;
  }
  const valid = async () => {
    const a = fresh();
    await repo.putOverride(a, { scope: 'contact', key: 'x@y.example', country: 'JP' });
    await repo.putOverride(a, { scope: 'domain', key: 'acme.de', country: 'DE' });
    return JSON.parse(await repo.exportUserData(a));
  };

  it('names the first offending field', async () => {
    const f = await valid();
    f.overrides[1].country = 'Germany';
    expect(await rejected(JSON.stringify(f))).toMatch(/^overrides\.1\.country: /);
    const g = await valid();
    delete g.notes;
    expect(await rejected(JSON.stringify(g))).toMatch(/^notes: missing/);
  });

  it('rejects unknown keys, duplicates and prototype keys', async () => {
    const f = await valid();
    f.overrides[0].extra = true;
    expect(await rejected(JSON.stringify(f))).toMatch(/overrides\.0/);
    const d = await valid();
    d.overrides[1] = { ...d.overrides[0], key: d.overrides[0].key.toUpperCase() };
    expect(await rejected(JSON.stringify(d))).toMatch(/overrides\.1: duplicates overrides\.0/);
    const p = await valid();
    expect(await rejected(JSON.stringify(p).replace('"scope"', '"__proto__":{"polluted":1},"scope"'))).toMatch(/__proto__/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects a profile edit that does not apply, with its path', async () => {
    const f = await valid();
    f.profileEdits = [{ country: 'DE', data: { type: 'patch', patch: { dimensions: { hofstede: { pdi: { value: 500, source: 's', version: 'v', kind: 'measured' } } } } }, updatedAt: 1 }];
    expect(await rejected(JSON.stringify(f))).toMatch(/^profileEdits\.0\.data\.patch\.dimensions\.hofstede\.pdi\.value/);
    const c = await valid();
    c.profileEdits = [{ country: 'XK', data: { type: 'patch', patch: {} }, updatedAt: 1 }];
    expect(await rejected(JSON.stringify(c))).toMatch(/no shipped profile for XK/);
  });

  it('rejects files over the size limit before parsing', async () => {
    const big = ' '.repeat(repo.MAX_IMPORT_BYTES + 1);
    expect(await rejected(big)).toMatch(/too large .* limit is 10 MB/);
  });

  it('rejects a newer schema version it cannot know', async () => {
    const f = await valid();
    f.schemaVersion = 99;
    expect(await rejected(JSON.stringify(f))).toMatch(/^schemaVersion: /);
  });

  it('still accepts a custom profile for a country without shipped data', async () => {
    const f = await valid();
    f.profileEdits = [{ country: 'XK', data: { type: 'custom', profile: { ...structuredClone(getProfile('AL')), country: 'XK', name: 'Kosovo' } }, updatedAt: 1 }];
    const db = fresh();
    expect((await repo.importUserData(db, JSON.stringify(f))).ok).toBe(true);
    expect((await repo.getEffectiveProfile(db, 'XK'))?.name).toBe('Kosovo');
  });
});
