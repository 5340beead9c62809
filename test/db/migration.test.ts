/**
 * Walks user data from each schema version to the latest: a fixture of that version's data is
 * written into a database opened at that version, the database is reopened at the latest
 * version, and every row is checked. Nothing the user entered may be lost.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dismissalId, LATEST_VERSION, openDb, SCHEMA_VERSIONS, overrideId } from '../../lib/db/schema';
import { dismissalKey } from '../../lib/service/keys';
import { getEffectiveProfile, listOverrides, isDismissed, getSettings, seedProfiles, listNotes } from '../../lib/db/repo';

type Rows = Record<string, Record<string, unknown>[]>;
const fixture = (v: number): Rows => JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'db', `v${v}.json`), 'utf8')).tables;
let n = 0;
const name = (v: number) => `glocal-migration-v${v}-${process.pid}-${++n}`;

async function writeAtVersion(dbName: string, v: number, rows: Rows) {
  const db = openDb(dbName, v);
  await db.open();
  expect(db.verno).toBe(v);
  await db.transaction('rw', db.tables, async () => {
    for (const [table, list] of Object.entries(rows)) await db.table(table).bulkPut(list);
  });
  db.close();
}

async function readAll(dbName: string): Promise<Rows> {
  const db = openDb(dbName);
  await db.open();
  const out: Rows = {};
  for (const t of db.tables) out[t.name] = (await t.toArray()) as Record<string, unknown>[];
  db.close();
  return out;
}

const byId = (rows: Record<string, unknown>[], key: string) => Object.fromEntries(rows.map((r) => [String(r[key]), r]));

describe('schema versions', () => {
  it('every version has a fixture of its user data', () => {
    for (const v of Object.keys(SCHEMA_VERSIONS).map(Number)) {
      expect(existsSync(join(__dirname, '..', 'fixtures', 'db', `v${v}.json`)), `test/fixtures/db/v${v}.json`).toBe(true);
    }
  });

  it('each version keeps every table of the one before (tables are never dropped)', () => {
    const versions = Object.keys(SCHEMA_VERSIONS).map(Number).sort((a, b) => a - b);
    for (let i = 1; i < versions.length; i++) {
      for (const t of Object.keys(SCHEMA_VERSIONS[versions[i - 1]])) expect(SCHEMA_VERSIONS[versions[i]][t], `v${versions[i]} ${t}`).toBeDefined();
    }
  });
});

describe('v1 → latest', () => {
  const rows = fixture(1);
  const dbName = name(1);

  it('keeps and normalises everything', async () => {
    await writeAtVersion(dbName, 1, rows);
    const after = await readAll(dbName);

    // Overrides: keys lower-cased and trimmed; the two rows for Hans merge field by field and
    // both notes survive.
    const o = byId(after.overrides, 'id');
    expect(Object.keys(o).sort()).toEqual(['contact:ana@exemplo.com.br', 'contact:hans.mueller@muellerbau.de', 'domain:kyoto-seiki.co.jp']);
    expect(o['contact:hans.mueller@muellerbau.de']).toMatchObject({
      key: 'hans.mueller@muellerbau.de',
      country: 'AT',
      lang: 'de',
      firstNames: false,
      updatedAt: 1700000100000,
    });
    expect(o['contact:hans.mueller@muellerbau.de'].note).toContain('Prefers Sie');
    expect(o['contact:hans.mueller@muellerbau.de'].note).toContain('Decision in Q3');
    expect(o['contact:ana@exemplo.com.br']).toMatchObject({ key: 'ana@exemplo.com.br', country: 'BR', firstNames: true, note: 'Call her Ana' });
    for (const row of after.overrides) expect(row.id).toBe(overrideId(String(row.scope), String(row.key)));

    // Dismissals: contact lower-cased, id recomputed, nothing dropped, and no draft words kept
    // (the suggestion key is hashed).
    expect(after.dismissals.map((d) => d.id).sort()).toEqual(
      [dismissalId('ana@exemplo.com.br', 'directness:1'), dismissalId('hans.mueller@muellerbau.de', 'greeting:hi')].sort(),
    );
    for (const d of after.dismissals) {
      expect(String(d.suggestionKey)).toBe(dismissalKey(String(d.suggestionKey)));
      expect(String(d.id)).not.toMatch(/greeting|directness/);
    }

    // Everything else is byte-for-byte the same.
    for (const t of ['settings', 'learnedDomains', 'profileEdits', 'focus', 'learning', 'failures', 'meta']) {
      expect(after[t], t).toEqual(rows[t]);
    }
    // The new table exists and is empty.
    expect(after.notes).toEqual([]);
  });

  it('the repository reads the migrated data', async () => {
    const db = openDb(dbName);
    await seedProfiles(db);
    expect((await listOverrides(db)).find((x) => x.key === 'hans.mueller@muellerbau.de')?.country).toBe('AT');
    expect(await isDismissed(db, 'HANS.MUELLER@muellerbau.de', 'greeting:hi')).toBe(true);
    expect((await getSettings(db)).dailyCardTime).toBe('08:30');
    expect((await getEffectiveProfile(db, 'CH'))?.norms?.formality?.value).toBe(0.7);
    db.close();
  });
});

describe(`v2 → latest (v${LATEST_VERSION})`, () => {
  it('keeps every row unchanged', async () => {
    const rows = fixture(2);
    const dbName = name(2);
    await writeAtVersion(dbName, 2, rows);
    const after = await readAll(dbName);
    // Fixture rows are listed in primary-key order, as toArray() returns them.
    for (const [t, list] of Object.entries(rows)) expect(after[t], t).toEqual(list);
    const db = openDb(dbName);
    expect((await listNotes(db, 'country', 'jp')).map((x) => x.text)).toEqual(['Send agendas a week ahead']);
    expect((await getEffectiveProfile(db, 'DE'))?.dimensions.hofstede.pdi).toMatchObject({ value: 40, source: 'ACME licensed data set' });
    db.close();
  });
});
