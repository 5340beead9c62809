/**
 * "Where this shows up in your own mail": after a practice session, how many of the user's recent
 * drafts would have triggered the same points. Only counts and categories are kept — per draft,
 * the country written to and the suggestion categories the analysis raised — never any text, in
 * the `meta` table under one key, bounded to the last DRAFT_LIMIT drafts. A draft is identified
 * by a hash of its tab and compose id, so re-analysing it on every edit updates one entry.
 */
import type { GlocalDb } from '../db/schema';
import { fnv1a } from './hash';
import type { QuestionKind } from './questions';

export const DRAFT_POINTS_KEY = 'practice.draftPoints';
export const DRAFT_LIMIT = 50;

/** The suggestion categories (lib/protocol.ts) that make the same point as a question kind. */
export const KIND_CATEGORIES: Partial<Record<QuestionKind, readonly string[]>> = {
  greeting: ['greeting', 'address-form'],
  salutation: ['greeting', 'address-form'],
  opener: ['greeting', 'sign-off'],
  firstNames: ['address-form'],
  formality: ['formality'],
  directness: ['directness', 'negative-feedback'],
  indirect: ['directness', 'negative-feedback'],
  afterNo: ['directness', 'pressure'],
  context: ['directness'],
  trust: ['relationship'],
  agenda: ['relationship', 'pressure'],
  decisions: ['pressure'],
  time: ['calendar', 'pressure'],
  reschedule: ['calendar'],
  holiday: ['calendar'],
  weekend: ['calendar'],
  idiom: ['idiom', 'humour'],
};

interface Entry {
  /** Hash of the draft's occasion (tab and compose id), never the id itself. */
  h: number;
  country: string;
  categories: string[];
  at: number;
}

const CC = /^[A-Z]{2}$/;
const CAT = /^[a-z-]{2,30}$/;

function parse(raw: unknown): Entry[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter(
    (e): e is Entry =>
      !!e && typeof e === 'object' && typeof e.h === 'number' && typeof e.country === 'string' && CC.test(e.country) && Array.isArray(e.categories) && e.categories.every((c: unknown) => typeof c === 'string' && CAT.test(c)) && typeof e.at === 'number',
  );
}

/** Record the categories one draft raised for each country it goes to (replacing the draft's earlier entry). */
export async function recordDraftPoints(db: GlocalDb, occasion: string, countries: readonly string[], categories: readonly string[], now: Date): Promise<void> {
  const h = fnv1a(occasion);
  const cats = [...new Set(categories.filter((c) => CAT.test(c)))].sort();
  const ccs = [...new Set(countries.filter((c) => CC.test(c)))];
  await db.transaction('rw', db.meta, async () => {
    const list = parse((await db.meta.get(DRAFT_POINTS_KEY))?.value).filter((e) => e.h !== h);
    for (const country of ccs) list.push({ h, country, categories: cats, at: now.getTime() });
    await db.meta.put({ key: DRAFT_POINTS_KEY, value: list.slice(-DRAFT_LIMIT) });
  });
}

export interface DraftPoint {
  country: string;
  category: string;
  /** Recent drafts to this country that raised this category. */
  drafts: number;
}

/** Per country and category, how many recent drafts raised it. */
export async function draftPoints(db: GlocalDb): Promise<DraftPoint[]> {
  const counts = new Map<string, number>();
  for (const e of parse((await db.meta.get(DRAFT_POINTS_KEY))?.value)) for (const c of e.categories) counts.set(`${e.country}|${c}`, (counts.get(`${e.country}|${c}`) ?? 0) + 1);
  return [...counts.entries()].map(([k, drafts]) => {
    const [country, category] = k.split('|');
    return { country, category, drafts };
  });
}

/**
 * For the questions of a session, the draft counts that make the same points: one row per
 * country and category, only where at least one draft raised it.
 */
export function matchingPoints(questions: ReadonlyArray<{ country: string; kind: QuestionKind }>, points: readonly DraftPoint[]): DraftPoint[] {
  const wanted = new Set(questions.flatMap((q) => (KIND_CATEGORIES[q.kind] ?? []).map((c) => `${q.country}|${c}`)));
  return points.filter((p) => p.drafts > 0 && wanted.has(`${p.country}|${p.category}`)).sort((a, b) => b.drafts - a.drafts || a.country.localeCompare(b.country) || a.category.localeCompare(b.category));
}

/** Forget every draft point (part of "reset my data"). */
export async function clearDraftPoints(db: GlocalDb): Promise<void> {
  await db.meta.delete(DRAFT_POINTS_KEY);
}
