/** An organisation's own dimension CSV: validated, all or nothing, with its own provenance. */
import { afterAll, describe, expect, it } from 'vitest';
import { openDb, type GlocalDb } from '../../lib/db/schema';
import * as repo from '../../lib/db/repo';
import { getProfile } from '../../lib/profiles/index';

let n = 0;
const opened: GlocalDb[] = [];
function fresh(): GlocalDb {
  const db = openDb(`glocal-csv-${process.pid}-${++n}`);
  opened.push(db);
  return db;
}
afterAll(() => opened.forEach((d) => d.close()));
const meta = { source: 'ACME Hofstede Insights licence', version: '2024-06' };

describe('importDimensionCsv', () => {
  it('overlays the values with the organisation as the source, leaving the rest shipped', async () => {
    const db = fresh();
    const r = await repo.importDimensionCsv(db, 'country;PDI;idv;ltowvs\nde;40;;#NULL!\nJP;50;45;90\n', meta);
    expect(r).toEqual({ ok: true, countries: ['DE', 'JP'], values: 4 });
    const de = (await repo.getEffectiveProfile(db, 'DE'))!;
    expect(de.dimensions.hofstede.pdi).toEqual({ value: 40, source: meta.source, version: meta.version, kind: 'measured' });
    expect(de.dimensions.hofstede.idv).toEqual(getProfile('DE')!.dimensions.hofstede.idv);
    const jp = (await repo.getEffectiveProfile(db, 'JP'))!;
    expect(jp.dimensions.hofstede.lto?.value).toBe(90);
    // Values for a country the shipped matrix lacks become available, still labelled.
    const r2 = await repo.importDimensionCsv(db, 'country,pdi\nMN,60\n', { ...meta, kind: 'estimated' });
    expect(r2.ok).toBe(true);
    expect((await repo.getEffectiveProfile(db, 'MN'))!.dimensions.hofstede.pdi).toMatchObject({ value: 60, kind: 'estimated' });
  });

  it.each([
    ['country;pdi\nDEU;40\n', /row 2, column country: 'DEU' .*three-letter/],
    ['country;pdi\nDE;140\n', /row 2, column pdi: '140' is not a score/],
    ['country;pdi\nDE;40\nXX;40\n', /row 3, column country: unknown country XX/],
    ['country;pdi\nDE;40\nde;41\n', /row 3, column country: DE appears twice/],
    ['name;pdi\nDE;40\n', /no "country" column/],
    ['country;foo\nDE;40\n', /no dimension columns/],
    ['country;pdi\n', /no data rows/],
    ['', /empty/],
  ])('rejects %j and writes nothing', async (csv, error) => {
    const db = fresh();
    const r = await repo.importDimensionCsv(db, csv, meta);
    expect(r.ok).toBe(false);
    expect((r as { error: string }).error).toMatch(error);
    expect(await db.profileEdits.count()).toBe(0);
  });

  it('requires a source for the provenance', async () => {
    const r = await repo.importDimensionCsv(fresh(), 'country;pdi\nDE;40\n', { source: '', version: '1' });
    expect(r.ok).toBe(false);
  });
});
