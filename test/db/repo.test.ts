/** The repository: seeding and upgrades, the edit overlay, overrides, notes, settings. */
import { dismissalKey } from '../../lib/service/keys';
import { noteRecord } from '../../lib/db/learned';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb, type GlocalDb } from '../../lib/db/schema';
import * as repo from '../../lib/db/repo';
import { DATA_VERSION, getProfile } from '../../lib/profiles/index';

let n = 0;
const opened: GlocalDb[] = [];
function fresh(): GlocalDb {
  const db = openDb(`glocal-repo-${process.pid}-${++n}`);
  opened.push(db);
  return db;
}
afterEach(() => {
  while (opened.length) opened.pop()!.close();
});

describe('seeding and upgrades', () => {
  it('seeds once, then only on a data-version bump, and never touches user edits', async () => {
    const db = fresh();
    expect(await repo.seedProfiles(db)).toMatchObject({ seeded: true, count: 249, dataVersion: DATA_VERSION });
    expect(await repo.seedProfiles(db)).toMatchObject({ seeded: false });

    await repo.putProfilePatch(db, 'JP', { norms: { formality: { value: 0.95, source: 'our Tokyo team', version: '2026', kind: 'curated' } } });
    // Simulate the previous release: an older data version and stale profile rows.
    await db.meta.put({ key: 'profilesDataVersion', value: 'old-version' });
    await db.profiles.update('JP', { dataVersion: 'old-version', data: { stale: true } });
    await db.profiles.put({ country: 'ZZ', data: {}, dataVersion: 'old-version' });

    expect(await repo.seedProfiles(db)).toMatchObject({ seeded: true });
    expect((await db.profiles.get('JP'))?.dataVersion).toBe(DATA_VERSION);
    expect(await db.profiles.get('ZZ')).toBeUndefined();
    const jp = await repo.getEffectiveProfile(db, 'jp');
    expect(jp?.norms?.formality).toMatchObject({ value: 0.95, source: 'our Tokyo team' });
    // The rest of the profile is the new shipped data.
    expect(jp?.dimensions.hofstede.uai).toEqual(getProfile('JP')!.dimensions.hofstede.uai);
  });

  it('serves shipped profiles before seeding has finished', async () => {
    const db = fresh();
    expect((await repo.getEffectiveProfile(db, 'DE'))?.name).toBe('Germany');
    expect(await repo.getEffectiveProfile(db, 'XX')).toBeNull();
  });
});

describe('edit overlay and custom profiles', () => {
  it('rejects an edit that would make the profile invalid, and stores nothing', async () => {
    const db = fresh();
    await expect(repo.putProfilePatch(db, 'DE', { dimensions: { hofstede: { pdi: { value: 'high' } } } })).rejects.toThrow(/dimensions\.hofstede\.pdi/);
    await expect(repo.putProfilePatch(db, 'DE', { country: 'FR' })).rejects.toThrow(/country/);
    expect(await db.profileEdits.count()).toBe(0);
  });

  it('merges successive patches', async () => {
    const db = fresh();
    const s = (value: number) => ({ value, source: 'ACME', version: '1', kind: 'measured' });
    await repo.putProfilePatch(db, 'DE', { dimensions: { hofstede: { pdi: s(40) } } });
    await repo.putProfilePatch(db, 'DE', { dimensions: { hofstede: { idv: s(70) } } });
    const de = (await repo.getEffectiveProfile(db, 'DE'))!;
    expect(de.dimensions.hofstede.pdi?.value).toBe(40);
    expect(de.dimensions.hofstede.idv?.value).toBe(70);
    expect(de.dimensions.hofstede.mas).toEqual(getProfile('DE')!.dimensions.hofstede.mas);
    await repo.deleteProfileEdit(db, 'DE');
    expect((await repo.getEffectiveProfile(db, 'DE'))!.dimensions.hofstede.pdi?.value).toBe(35);
  });

  it('stores a custom profile for a country the data set lacks', async () => {
    const db = fresh();
    const xk = { ...structuredClone(getProfile('AL')!), country: 'XK', name: 'Kosovo', dataVersion: 'user' };
    await repo.putCustomProfile(db, xk);
    expect((await repo.getEffectiveProfile(db, 'XK'))?.name).toBe('Kosovo');
    await expect(repo.putCustomProfile(db, { ...xk, country: 'kosovo' })).rejects.toThrow(/country/);
  });
});

describe('overrides', () => {
  it('merges concurrent writers of different fields without losing either', async () => {
    const name = `glocal-repo-conc-${process.pid}`;
    const a = openDb(name);
    const b = openDb(name);
    opened.push(a, b);
    const key = 'Hans@Example.DE';
    await Promise.all([
      repo.putOverride(a, { scope: 'contact', key, country: 'AT' }),
      repo.putOverride(b, { scope: 'contact', key, note: 'prefers Sie' }),
      repo.putOverride(a, { scope: 'contact', key, firstNames: false }),
      repo.putOverride(b, { scope: 'contact', key, lang: 'de' }),
    ]);
    expect(await repo.getOverride(a, 'contact', 'hans@example.de')).toMatchObject({ key: 'hans@example.de', country: 'AT', note: 'prefers Sie', firstNames: false, lang: 'de' });
  });

  it('clears a field only when asked, and keeps updatedAt moving forward', async () => {
    const db = fresh();
    const first = await repo.putOverride(db, { scope: 'domain', key: 'acme.ch', country: 'CH', updatedAt: 5000 });
    const second = await repo.putOverride(db, { scope: 'domain', key: 'acme.ch', country: null, updatedAt: 1000 });
    expect(second.country).toBe('CH');
    expect(second.updatedAt).toBeGreaterThan(first.updatedAt);
    const third = await repo.putOverride(db, { scope: 'domain', key: 'acme.ch' }, { clear: ['country'] });
    expect(third.country).toBeNull();
    await repo.deleteOverride(db, 'domain', 'ACME.ch');
    expect(await repo.listOverrides(db)).toEqual([]);
  });

  it('validates input', async () => {
    const db = fresh();
    await expect(repo.putOverride(db, { scope: 'contact', key: 'x@y.z', country: 'Germany' })).rejects.toThrow();
    await expect(repo.putOverride(db, { scope: 'planet' as 'contact', key: 'x' })).rejects.toThrow();
    expect(await db.overrides.count()).toBe(0);
  });
});

describe('notes, settings, learned domains, dismissals', () => {
  it('notes per contact, domain and country', async () => {
    const db = fresh();
    const a = await repo.addNote(db, { scope: 'contact', key: 'Ana@Exemplo.com.br', text: 'Met in São Paulo' }, 1000);
    await repo.addNote(db, { scope: 'country', key: 'br', text: 'Carnival week: no meetings' }, 2000);
    expect((await repo.listNotes(db, 'contact', 'ana@exemplo.com.br')).map((x) => x.text)).toEqual(['Met in São Paulo']);
    expect((await repo.listNotes(db, 'country', 'BR')).length).toBe(1);
    const upd = await repo.updateNote(db, a.id, 'Met in São Paulo, 2025', 500);
    expect(upd.updatedAt).toBeGreaterThan(a.updatedAt);
    await repo.deleteNote(db, a.id);
    expect((await repo.listNotes(db)).length).toBe(1);
    await expect(repo.addNote(db, { scope: 'contact', key: 'x', text: '' })).rejects.toThrow();
  });

  it('settings merge and validate', async () => {
    const db = fresh();
    expect((await repo.getSettings(db)).theme).toBe('system');
    await repo.putSettings(db, { homeCountry: 'DE' });
    const s = await repo.putSettings(db, { theme: 'dark' });
    expect(s).toMatchObject({ homeCountry: 'DE', theme: 'dark' });
    await expect(repo.putSettings(db, { theme: 'neon' as 'dark' })).rejects.toThrow();
    await expect(repo.putSettings(db, { bogus: 1 } as never)).rejects.toThrow();
    expect((await repo.getSettings(db)).theme).toBe('dark');
  });

  it('learned domains count repeated sightings and restart on a different country', async () => {
    const db = fresh();
    await repo.learnDomain(db, 'ACME.ch', 'CH');
    expect((await repo.learnDomain(db, 'acme.ch', 'CH')).seen).toBe(2);
    expect((await repo.learnDomain(db, 'acme.ch', 'DE')).seen).toBe(1);
    expect(await repo.learnedCountry(db, 'Acme.CH')).toBe('DE');
    await expect(repo.learnDomain(db, 'acme.ch', 'Germany')).rejects.toThrow();
  });

  it('dismissals are per contact and key, case-insensitive in the contact', async () => {
    const db = fresh();
    await repo.dismiss(db, 'Hans@X.de', 'greeting:hi');
    expect(await repo.isDismissed(db, 'hans@x.de', 'greeting:hi')).toBe(true);
    expect(await repo.isDismissed(db, 'hans@x.de', 'greeting:hey')).toBe(false);
    await repo.undismiss(db, 'HANS@x.de', 'greeting:hi');
    expect(await repo.isDismissed(db, 'hans@x.de', 'greeting:hi')).toBe(false);
  });

  it('reset clears user data but keeps the shipped profiles', async () => {
    const db = fresh();
    await repo.seedProfiles(db);
    await repo.putOverride(db, { scope: 'contact', key: 'a@b.c', country: 'FR' });
    await repo.putSettings(db, { homeCountry: 'FR' });
    await repo.resetUserData(db);
    expect(await repo.listOverrides(db)).toEqual([]);
    expect((await repo.getSettings(db)).homeCountry).toBeNull();
    expect(await db.profiles.count()).toBe(249);
  });
});

describe('selector failures, dismissals, learned domains', () => {
  it('keeps only the newest MAX_FAILURES failures, newest first', async () => {
    const db = fresh();
    await repo.recordFailures(db, 'gmail', Array.from({ length: repo.MAX_FAILURES }, (_, i) => `old ${i}`), 1);
    await repo.recordFailures(db, 'outlook', ['a', 'b'], 2);
    await repo.recordFailures(db, 'outlook', [], 3);
    const rows = await repo.recentFailures(db, 1_000);
    expect(rows).toHaveLength(repo.MAX_FAILURES);
    expect(rows.slice(0, 2).map((r) => [r.site, r.at])).toEqual([
      ['outlook', 2],
      ['outlook', 2],
    ]);
    expect(rows.filter((r) => r.site === 'gmail')).toHaveLength(repo.MAX_FAILURES - 2);
  });
  it('lists dismissals and learned domains for the analysis', async () => {
    const db = fresh();
    await repo.dismiss(db, 'Ana@Example.com', 'formality:down');
    // Dismissals keep a hash of the suggestion id (no draft words); a domain is used only once two
    // separate CRM records agree (SECURITY.md).
    expect(await repo.dismissedKeys(db)).toEqual(new Set([`ana@example.com|${dismissalKey('formality:down')}`]));
    await repo.learnDomain(db, 'firma.de', 'de');
    expect(await repo.learnedDomainMap(db)).toEqual({});
    await noteRecord(db, 'a@firma.de', 'DE');
    await noteRecord(db, 'b@firma.de', 'DE');
    expect(await repo.learnedDomainMap(db)).toEqual({ 'firma.de': 'DE' });
  });
});
