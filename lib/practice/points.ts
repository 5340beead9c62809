/**
 * "Where this shows up in your own mail": after a practice session, how many of the user's recent
 * drafts would have triggered the same points. The counts are kept by lib/db/practice.ts
 * (`recordDraftPoints`: per draft, the country and the suggestion categories, never any text);
 * this module says which categories make the same point as a question kind. Pure: the side panel
 * imports it.
 */
import type { QuestionKind } from './questions';

export interface DraftPoint {
  country: string;
  category: string;
  /** Recent drafts to this country that raised this category. */
  drafts: number;
}

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

/**
 * For the questions of a session, the draft counts that make the same points: one row per
 * country and category, only where at least one draft raised it.
 */
export function matchingPoints(questions: ReadonlyArray<{ country: string; kind: QuestionKind }>, points: readonly DraftPoint[]): DraftPoint[] {
  const wanted = new Set(questions.flatMap((q) => (KIND_CATEGORIES[q.kind] ?? []).map((c) => `${q.country}|${c}`)));
  return points.filter((p) => p.drafts > 0 && wanted.has(`${p.country}|${p.category}`)).sort((a, b) => b.drafts - a.drafts || a.country.localeCompare(b.country) || a.category.localeCompare(b.category));
}

