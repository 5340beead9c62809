/**
 * What the inline badge shows, computed from the latest snapshot and analysis. Pure, so the rules
 * (when to say extraction failed, when to offer a country picker, how formality is compared) are
 * tested without a browser; the content script only renders the result.
 */
import type { Recipient } from '../protocol';
import type { AnalysisLike } from './guards';

export type FormalityMatch = 'match' | 'near' | 'off';
/** The badge's verdict in words: the draft against what the audience expects. */
export type Verdict = 'fits' | 'too-casual' | 'too-formal';

export interface BadgeView {
  /** waiting: nothing analysed yet; ok: a country is known; unknown: no country could be named;
   * failed: the site's structure was not recognised; empty: no recipient yet. */
  status: 'waiting' | 'ok' | 'unknown' | 'failed' | 'empty';
  country: string | null;
  flag: string;
  /** Every recipient's country (the top candidate of each, in recipient order, once each). */
  countries: string[];
  /** The formality verdict in words, once the draft has text and a target. */
  verdict: Verdict | null;
  formality: FormalityMatch | null;
  /** The draft's formality and the target's, both on the -1..1 scale. */
  formalityValues: { draft: number; target: number } | null;
  suggestions: number;
  /** The override key the country picker writes (an email, or `name:<name>`), or null when there is nothing to key it on. */
  pickKey: string | null;
  /** Offer the hand-picked country. */
  offerPick: boolean;
  /** Some selectors failed (the site may have changed): what is shown may be incomplete. */
  degraded: boolean;
}

/** The flag emoji of an ISO 3166-1 alpha-2 code (regional indicator symbols), or '' for anything else. */
export function flagEmoji(code: string | null | undefined): string {
  if (!code || !/^[A-Z]{2}$/.test(code)) return '';
  return String.fromCodePoint(...[...code].map((c) => 0x1f1e6 + c.charCodeAt(0) - 65));
}

/**
 * Compare the draft's formality (-1..1) with the target's (0..1, mapped to -1..1). Within a
 * quarter of the scale is a match; within half is near; beyond that it is off.
 */
export function formalityMatch(draft: number, target01: number): { match: FormalityMatch; target: number } {
  const target = target01 * 2 - 1;
  const d = Math.abs(draft - target);
  return { match: d <= 0.25 ? 'match' : d <= 0.5 ? 'near' : 'off', target };
}

/** The override key for a recipient: the address, else `name:<name>` (lower-cased). */
export function overrideKey(r: Pick<Recipient, 'email' | 'name'> | undefined): string | null {
  if (!r) return null;
  if (r.email) return r.email.toLowerCase();
  const name = (r.name ?? '').trim().toLowerCase();
  return name ? `name:${name}`.slice(0, 320) : null;
}

/** `snapshot.body` is optional; an empty draft (a CRM record, a new message) gets no formality dot. */
export function badgeView(snapshot: { recipients: Recipient[]; failures: string[]; body?: string } | null, analysis: AnalysisLike | null): BadgeView {
  const first = snapshot?.recipients[0];
  const view: BadgeView = {
    status: 'waiting',
    country: null,
    flag: '',
    countries: [],
    verdict: null,
    formality: null,
    formalityValues: null,
    suggestions: 0,
    pickKey: overrideKey(first),
    offerPick: false,
    degraded: !!snapshot && snapshot.failures.length > 0,
  };
  if (view.degraded && !snapshot!.recipients.length) {
    view.status = 'failed';
    view.offerPick = true;
    return view;
  }
  if (snapshot && !snapshot.recipients.length) {
    view.status = 'empty';
    return view;
  }
  if (!analysis) {
    // A recipient known by name only (Outlook, LinkedIn) can be keyed by name right away.
    view.offerPick = !!first && !first.email;
    return view;
  }
  view.suggestions = analysis.suggestions.length;
  const country = analysis.target?.country ?? analysis.recipients.find((r) => !r.abstain && r.candidates.length)?.candidates[0]?.country ?? null;
  for (const r of analysis.recipients) {
    const c = !r.abstain ? r.candidates[0]?.country : undefined;
    if (c && /^[A-Z]{2}$/.test(c) && !view.countries.includes(c)) view.countries.push(c);
  }
  if (country && !view.countries.includes(country)) view.countries.unshift(country);
  if (country) {
    view.status = 'ok';
    view.country = country;
    view.flag = flagEmoji(country);
  } else {
    view.status = 'unknown';
    view.offerPick = true;
  }
  if (analysis.target && (snapshot?.body ?? '').trim() !== '') {
    const { match, target } = formalityMatch(analysis.scores.formality, analysis.target.formality);
    view.formality = match;
    view.formalityValues = { draft: analysis.scores.formality, target };
    view.verdict = match === 'match' ? 'fits' : analysis.scores.formality < target ? 'too-casual' : 'too-formal';
  }
  // A name-only recipient, or one read by the fallback after selectors failed: let the user confirm.
  if (view.status === 'ok' && first && (!first.email || view.degraded)) view.offerPick = true;
  return view;
}
