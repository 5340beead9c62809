/**
 * The views' pure logic, free of React so the popup (plain DOM, for speed) and the React pages
 * share it, and tests check it without rendering.
 */
import type { Analysis, Severity, Suggestion } from '../lib/protocol';

/** Draft score (−1 … 1) mapped onto the target's 0 … 1 scale. */
export const draftPosition = (formality: number) => Math.min(1, Math.max(0, (formality + 1) / 2));

/** Within this distance on the 0–1 scale, the draft counts as fitting the target. */
export const FIT_TOLERANCE = 0.15;

export function formalityVerdict(draft: number, target: number): 'fits' | 'tooCasual' | 'tooFormal' {
  const d = draftPosition(draft) - target;
  return Math.abs(d) <= FIT_TOLERANCE ? 'fits' : d < 0 ? 'tooCasual' : 'tooFormal';
}

const RANK: Record<Severity, number> = { critical: 0, warning: 1, info: 2 };

/**
 * Suggestions grouped by category, groups ordered by their most severe item, items by severity
 * then position in the draft. Pure, so the order is tested without rendering.
 */
export function groupSuggestions(list: Suggestion[]): Array<{ category: Suggestion['category']; items: Suggestion[] }> {
  const groups = new Map<Suggestion['category'], Suggestion[]>();
  for (const s of list) {
    const g = groups.get(s.category) ?? [];
    g.push(s);
    groups.set(s.category, g);
  }
  const out = [...groups.entries()].map(([category, items]) => ({
    category,
    items: [...items].sort((a, b) => RANK[a.severity] - RANK[b.severity] || a.start - b.start),
  }));
  return out.sort((a, b) => RANK[a.items[0].severity] - RANK[b.items[0].severity] || b.items.length - a.items.length || a.category.localeCompare(b.category));
}

/** The contact a dismissal is stored under: the recipient the suggestions were written for. */
export function dismissContact(a: Analysis): string {
  const target = a.audience?.targetCountry ?? null;
  const r = (target && a.recipients.find((x) => !x.abstain && x.candidates[0]?.country === target)) || a.recipients[0];
  if (!r) return '';
  if (r.email) return r.email.toLowerCase();
  return r.name ? `name:${r.name.trim().toLowerCase()}` : '';
}

