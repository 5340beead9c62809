/**
 * Practice state in Dexie: the focus list (`focus` table: counts per country only — never an
 * address, a name or any text) and the review state of each question (`learning` table, keyed by
 * question id). The practice repository: only the background calls it (via lib/practice).
 */
import type { FocusRow, GlocalDb } from './schema';
import { parseCardState, type CardState } from '../practice/schedule';

const CC = /^[A-Z]{2}$/;

/** How many focus countries practice draws from (pinned ones first, then the most written-to). */
export const FOCUS_LIMIT = 12;

// Drafts already counted, per country: the background re-analyses a draft on every edit, and
// one draft must count once. In memory only (bounded), so nothing about drafts is persisted.
const counted = new Set<string>();
const COUNTED_MAX = 2_000;

/**
 * Count one more message to each country (duplicates within one call count once, so a draft to
 * three people in Japan adds 1 to JP). Only the country code and a count are stored. `occasion`
 * identifies the draft (e.g. tab and compose id): a country already counted for the same occasion
 * is not counted again.
 */
export async function recordSeen(db: GlocalDb, countries: readonly string[], occasion?: string): Promise<void> {
  let unique = [...new Set(countries.filter((c) => typeof c === 'string' && CC.test(c)))];
  if (occasion !== undefined) {
    unique = unique.filter((c) => !counted.has(`${occasion}|${c}`));
    for (const c of unique) {
      if (counted.size >= COUNTED_MAX) counted.delete(counted.values().next().value as string);
      counted.add(`${occasion}|${c}`);
    }
  }
  if (unique.length === 0) return;
  await db.transaction('rw', db.focus, async () => {
    for (const country of unique) {
      const row = await db.focus.get(country);
      await db.focus.put(row ? { ...row, count: row.count + 1 } : { country, count: 1, pinned: false, hidden: false });
    }
  });
}

/** Every focus row, pinned first, then by count (descending), then by code. */
export async function listFocus(db: GlocalDb): Promise<FocusRow[]> {
  const rows = await db.focus.toArray();
  return rows.sort((a, b) => Number(b.pinned) - Number(a.pinned) || b.count - a.count || a.country.localeCompare(b.country));
}

/** The countries practice uses: not hidden, pinned or seen at least once, at most FOCUS_LIMIT. */
export async function focusCountries(db: GlocalDb): Promise<string[]> {
  return (await listFocus(db))
    .filter((r) => !r.hidden && (r.pinned || r.count > 0))
    .slice(0, FOCUS_LIMIT)
    .map((r) => r.country);
}

/**
 * Edit the focus list: pin a country (adding it if it was never seen), hide or unhide one, or
 * remove it altogether (its count is forgotten; review history stays).
 */
export async function setFocus(db: GlocalDb, edit: { country: string; pinned?: boolean; hidden?: boolean; remove?: boolean }): Promise<FocusRow[]> {
  if (!CC.test(edit.country)) throw new Error(`not a country code: ${String(edit.country).slice(0, 10)}`);
  await db.transaction('rw', db.focus, async () => {
    if (edit.remove) {
      await db.focus.delete(edit.country);
      return;
    }
    const row = (await db.focus.get(edit.country)) ?? { country: edit.country, count: 0, pinned: false, hidden: false };
    await db.focus.put({ ...row, pinned: edit.pinned ?? row.pinned, hidden: edit.hidden ?? row.hidden });
  });
  return listFocus(db);
}

const PREFIX_END = '\uffff';

/** Review states of the questions about the given countries (all when `countries` is omitted). */
export async function loadStates(db: GlocalDb, countries?: readonly string[]): Promise<Map<string, CardState>> {
  const rows = countries
    ? (await Promise.all(countries.map((cc) => db.learning.where('id').between(`${cc}:`, `${cc}:${PREFIX_END}`).toArray()))).flat()
    : await db.learning.toArray();
  const out = new Map<string, CardState>();
  for (const r of rows) {
    // A row this version cannot read (a hand-edited import, a future format) is skipped, not fatal.
    const s = parseCardState(r.card);
    if (s) out.set(r.id, s);
  }
  return out;
}

/** The review state of one question, or null when it was never answered. */
export async function loadState(db: GlocalDb, id: string): Promise<CardState | null> {
  const row = await db.learning.get(id);
  return row ? parseCardState(row.card) : null;
}

/** Save one question's review state. */
export async function saveState(db: GlocalDb, id: string, state: CardState, now: Date): Promise<void> {
  await db.learning.put({ id, card: state, updatedAt: now.getTime() });
}
