/**
 * Two tabs editing the same contact's correction lose no update. Each "tab" is its own
 * GlocalService over its own Dexie connection to the same database (as two windows' requests
 * interleave in one background, or as two workers would), and they write different fields of one
 * contact's override at the same moment. Every field each of them wrote must survive.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb } from '../../lib/db/schema';
import { freshName, makeService, type Harness } from './helpers';

const UI = { kind: 'ui' as const, tabId: null };
const name = freshName('concurrency');
let a: Harness;
let b: Harness;

beforeAll(async () => {
  a = await makeService(undefined, { db: openDb(name) });
  b = await makeService(undefined, { db: openDb(name), seed: false });
});
afterAll(() => {
  a.db.close();
  b.db.close();
});

type Row = { key: string; country: string | null; lang: string | null; firstNames: boolean | null; note: string };
async function overrideOf(h: Harness, key: string): Promise<Row | undefined> {
  const r = await h.service.handle({ type: 'listOverrides' }, UI);
  expect(r.ok).toBe(true);
  return (r as { data: Row[] }).data.find((o) => o.key === key);
}

describe('concurrent corrections', () => {
  it('two tabs setting different fields of one contact at once: both fields survive', async () => {
    const key = 'hans.mueller@muellerbau-technik.de';
    const [ra, rb] = await Promise.all([
      a.service.handle({ type: 'setOverride', override: { scope: 'contact', key, country: 'AT' } }, UI),
      b.service.handle({ type: 'setOverride', override: { scope: 'contact', key, note: 'Prefers Sie; decision in Q3' } }, UI),
    ]);
    expect(ra.ok && rb.ok).toBe(true);
    for (const h of [a, b]) expect(await overrideOf(h, key)).toMatchObject({ country: 'AT', note: 'Prefers Sie; decision in Q3' });
  });

  it('many rounds of interleaved writers, each to its own field: no update lost', async () => {
    for (let round = 0; round < 15; round++) {
      const key = `contact${round}@example.com`;
      const writes = [
        [a, { country: round % 2 ? 'JP' : 'FR' }],
        [b, { lang: round % 2 ? 'ja' : 'fr' }],
        [a, { firstNames: round % 3 === 0 }],
        [b, { note: `note ${round}` }],
      ] as const;
      // Start them in a different order each round, with small random gaps.
      const order = round % 2 ? writes.slice().reverse() : writes;
      const results = await Promise.all(
        order.map(async ([h, fields], i) => {
          if (i && (round + i) % 3) await new Promise((r) => setTimeout(r, (round * 7 + i) % 4));
          return h.service.handle({ type: 'setOverride', override: { scope: 'contact', key, ...fields } }, UI);
        }),
      );
      expect(results.every((r) => r.ok)).toBe(true);
      expect(await overrideOf(a, key)).toMatchObject({
        country: round % 2 ? 'JP' : 'FR',
        lang: round % 2 ? 'ja' : 'fr',
        firstNames: round % 3 === 0,
        note: `note ${round}`,
      });
    }
  });

  it('the later of two writes to the same field wins, and other fields are kept', async () => {
    const key = 'k.tanaka@kyoto-seiki.co.jp';
    expect((await a.service.handle({ type: 'setOverride', override: { scope: 'contact', key, country: 'JP', note: 'first note' } }, UI)).ok).toBe(true);
    expect((await b.service.handle({ type: 'setOverride', override: { scope: 'contact', key, note: 'second note' } }, UI)).ok).toBe(true);
    expect(await overrideOf(a, key)).toMatchObject({ country: 'JP', note: 'second note' });
  });
});
