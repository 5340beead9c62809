/** Draft points (counts and categories only, never text) and per-country mastery. */
import { afterEach, describe, expect, it } from 'vitest';
import { openDb, type GlocalDb } from '../../lib/db/schema';
import { clearDraftPoints, DRAFT_LIMIT, DRAFT_POINTS_KEY, draftPoints, recordDraftPoints } from '../../lib/db/practice';
import { matchingPoints } from '../../lib/practice/points';
import { computeProgress } from '../../lib/practice/progress';
import { newCardState, review, retrievability } from '../../lib/practice/schedule';

let n = 0;
const opened: GlocalDb[] = [];
function fresh(): GlocalDb {
  const db = openDb(`glocal-points-${process.pid}-${++n}`);
  opened.push(db);
  return db;
}
afterEach(() => {
  while (opened.length) opened.pop()!.close();
});
const NOW = new Date(2026, 2, 2, 10, 0);

describe('draft points', () => {
  it('count each draft once per country and category, however often it is re-analysed, and store no text', async () => {
    const db = fresh();
    await recordDraftPoints(db, '7:compose-1', ['JP'], ['idiom', 'greeting'], NOW);
    await recordDraftPoints(db, '7:compose-1', ['JP'], ['idiom', 'idiom', 'directness'], NOW); // the same draft, edited
    await recordDraftPoints(db, '7:compose-2', ['JP', 'DE'], ['idiom', '<b>not a category</b>'], NOW);
    const points = await draftPoints(db);
    const get = (cc: string, cat: string) => points.find((p) => p.country === cc && p.category === cat)?.drafts ?? 0;
    expect(get('JP', 'idiom')).toBe(2);
    expect(get('JP', 'directness')).toBe(1);
    expect(get('JP', 'greeting')).toBe(0);
    expect(get('DE', 'idiom')).toBe(1);
    const stored = JSON.stringify((await db.meta.get(DRAFT_POINTS_KEY))!.value);
    expect(stored).not.toContain('compose');
    expect(stored).not.toContain('not a category');
    for (const e of (await db.meta.get(DRAFT_POINTS_KEY))!.value as object[]) expect(Object.keys(e).sort()).toEqual(['at', 'categories', 'country', 'h']);
  });

  it('are forgotten with the rest of the user data', async () => {
    const db = fresh();
    await recordDraftPoints(db, '1:c', ['FR'], ['formality'], NOW);
    await clearDraftPoints(db);
    expect(await draftPoints(db)).toEqual([]);
  });

  it(`keep the last ${DRAFT_LIMIT} drafts`, async () => {
    const db = fresh();
    for (let i = 0; i < DRAFT_LIMIT + 10; i++) await recordDraftPoints(db, `1:c${i}`, ['FR'], ['formality'], NOW);
    expect((await draftPoints(db)).find((p) => p.country === 'FR')!.drafts).toBe(DRAFT_LIMIT);
  });

  it('match the points a session practised: same country, a category of the same kind', () => {
    const points = [
      { country: 'JP', category: 'idiom', drafts: 3 },
      { country: 'JP', category: 'calendar', drafts: 1 },
      { country: 'DE', category: 'idiom', drafts: 5 },
    ];
    expect(matchingPoints([{ country: 'JP', kind: 'idiom' }], points)).toEqual([{ country: 'JP', category: 'idiom', drafts: 3 }]);
    expect(matchingPoints([{ country: 'JP', kind: 'reschedule' }, { country: 'DE', kind: 'idiom' }], points).map((p) => p.drafts)).toEqual([5, 1]);
    expect(matchingPoints([{ country: 'BR', kind: 'idiom' }], points)).toEqual([]);
  });
});

describe('mastery', () => {
  it('averages FSRS retrievability over a country’s answered questions; none before an answer', () => {
    const a = review(newCardState('JP', 'idiom', NOW), true, NOW);
    const b = review(newCardState('JP', 'greeting', NOW), false, NOW);
    const later = new Date(NOW.getTime() + 3 * 86_400_000);
    const states = new Map([
      ['JP:a', a],
      ['JP:b', b],
    ]);
    const p = computeProgress(states, new Map([['JP', 30], ['DE', 20]]), later);
    const jp = p.coverage.find((c) => c.country === 'JP')!;
    const expected = (retrievability(a, later)! + retrievability(b, later)!) / 2;
    expect(jp.mastery).toBeCloseTo(expected, 10);
    expect(jp.mastery!).toBeGreaterThan(0);
    expect(jp.mastery!).toBeLessThan(1);
    expect(p.coverage.find((c) => c.country === 'DE')!.mastery).toBeNull();
  });
});
