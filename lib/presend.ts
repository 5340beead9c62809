/**
 * The pause before a costly send: when the user presses Send while warnings that can cost a deal
 * are still open (a deadline on the recipient's holiday or in a business season, a wrong or
 * casual salutation to a formal culture, an idiom that will not travel, an ultimatum to a culture
 * that declines indirectly), the page shows one short, non-modal "Send anyway / Review" card.
 *
 * This module only decides; it is pure and synchronous, so the content script can answer within
 * the send's own event. Anything missing (no analysis yet, a stale one, the feature off for the
 * site) means no pause: the send is never held up by Glocal being broken or slow.
 */
import type { Suggestion, SuggestionCategory, Severity } from './protocol';

/** The categories whose open warnings are worth a pause. */
export const PAUSE_CATEGORIES: ReadonlySet<SuggestionCategory> = new Set<SuggestionCategory>(['calendar', 'greeting', 'address-form', 'idiom', 'pressure']);
/** Rules worth a pause whatever their category (an ultimatum is filed under directness). */
export const PAUSE_RULES: ReadonlySet<string> = new Set(['ultimatum']);
/**
 * Calendar items that are not about a date in the draft: the send time on the recipient's clock
 * and "they are in a season now" are worth knowing, not worth holding a send for.
 */
const NOT_A_DEADLINE = /^rules\.(calendar\.send-time|season\.now|season\.workday)/;

type Item = Pick<Suggestion, 'id' | 'category' | 'severity' | 'message'> & Partial<Pick<Suggestion, 'rule' | 'messageKey'>>;

/** Is this open suggestion one that can cost a deal (the list), whatever its severity? */
export function isCostly(s: Item): boolean {
  if (s.rule && PAUSE_RULES.has(s.rule)) return true;
  if (!PAUSE_CATEGORIES.has(s.category)) return false;
  return !(s.category === 'calendar' && s.messageKey && NOT_A_DEADLINE.test(s.messageKey));
}

/** The longest a send may wait for Glocal; past it, the send goes through. */
export const PAUSE_BUDGET_MS = 300;
/** An analysis older than this no longer describes the draft being sent. */
export const ANALYSIS_FRESH_MS = 30_000;

export interface PresendSettings {
  enabled: boolean;
  /** Pause for info-level items too (off by default). */
  includeInfo: boolean;
  /** Sites (adapter ids, e.g. "gmail") where the pause is switched off. */
  offSites: string[];
}
export const DEFAULT_PRESEND: PresendSettings = { enabled: true, includeInfo: false, offSites: [] };

export interface PresendInput {
  site: string;
  settings: PresendSettings;
  /** The latest analysis of this compose, with the time it arrived; null when none has. */
  analysis: { at: number; suggestions: ReadonlyArray<Item> } | null;
  now: number;
}

export type PresendDecision =
  | { pause: false; why: 'off' | 'site-off' | 'no-analysis' | 'stale' | 'nothing-costly' }
  | { pause: true; reasons: Item[]; more: number };

const RANK: Record<Severity, number> = { critical: 0, warning: 1, info: 2 };

export function presendDecision(input: PresendInput): PresendDecision {
  const s = input.settings;
  if (!s.enabled) return { pause: false, why: 'off' };
  if (s.offSites.includes(input.site)) return { pause: false, why: 'site-off' };
  if (!input.analysis) return { pause: false, why: 'no-analysis' };
  if (input.now - input.analysis.at > ANALYSIS_FRESH_MS) return { pause: false, why: 'stale' };
  const costly = input.analysis.suggestions
    .filter((x) => isCostly(x) && (x.severity !== 'info' || s.includeInfo))
    .sort((a, b) => RANK[a.severity] - RANK[b.severity]);
  if (!costly.length) return { pause: false, why: 'nothing-costly' };
  return { pause: true, reasons: costly.slice(0, 3), more: Math.max(0, costly.length - 3) };
}

/** The settings fields the pause keeps (lib/protocol.ts `Settings`). */
export interface PresendSettingFields {
  presendPause: boolean;
  presendInfo: boolean;
  presendOffSites: string[];
}

/**
 * All a content script learns of the pause: whether it is on for its own site, and whether
 * info-level items count. Never the list of sites (SECURITY.md, "What a page can ask for").
 */
export function pauseForSite(s: PresendSettingFields, site: string): { pause: boolean; pauseInfo: boolean } {
  const pause = s.presendPause && !s.presendOffSites.includes(site);
  return { pause, pauseInfo: pause && s.presendInfo };
}
