/**
 * The views' pure logic, free of React so the popup (plain DOM, for speed) and the React pages
 * share it, and tests check it without rendering.
 */
import type { Analysis, Severity, Suggestion } from '../lib/protocol';
import { ruleOf } from '../lib/rules';

/** Draft score (−1 … 1) mapped onto the target's 0 … 1 scale. */
export const draftPosition = (formality: number) => Math.min(1, Math.max(0, (formality + 1) / 2));

/** Within this distance on the 0–1 scale, the draft counts as fitting the target. */
export const FIT_TOLERANCE = 0.15;

export function formalityVerdict(draft: number, target: number): 'fits' | 'tooCasual' | 'tooFormal' {
  const d = draftPosition(draft) - target;
  return Math.abs(d) <= FIT_TOLERANCE ? 'fits' : d < 0 ? 'tooCasual' : 'tooFormal';
}

/** storage.session key through which the popup asks the side panel to open on a tab. */
export const PANEL_TAB_KEY = 'glocal:panelTab';

/** The contact a dismissal is stored under: the recipient the suggestions were written for. */
export function dismissContact(a: Analysis): string {
  const target = a.audience?.targetCountry ?? null;
  const r = (target && a.recipients.find((x) => !x.abstain && x.candidates[0]?.country === target)) || a.recipients[0];
  if (!r) return '';
  if (r.email) return r.email.toLowerCase();
  return r.name ? `name:${r.name.trim().toLowerCase()}` : '';
}


/** The one formality scale the UI speaks, in words, from casual to very formal. */
export const LEVELS = ['casual', 'friendly', 'polite', 'formal', 'veryFormal'] as const;
export type Level = (typeof LEVELS)[number];

/** The word for a position on the 0 … 1 scale (five equal bands). */
export function levelOf(position: number): Level {
  const p = Math.min(1, Math.max(0, position));
  return LEVELS[Math.min(LEVELS.length - 1, Math.floor(p * LEVELS.length))];
}

export { ruleOf } from '../lib/rules';

/** What kind of edit a fix is, from its own span and replacement: decides the card's title. */
export type FixKind =
  | 'greeting'
  | 'signOff'
  | 'address'
  | 'contraction'
  | 'word'
  | 'punctuation'
  | 'delete'
  | 'formality'
  | 'pressure'
  | 'directness'
  | 'feedback'
  | 'idiom'
  | 'humour'
  | 'relationship'
  | 'calendar';

export function fixKind(s: Suggestion): FixKind {
  const orig = s.original ?? '';
  const rep = s.replacement;
  switch (s.category) {
    case 'greeting':
      return 'greeting';
    case 'sign-off':
      return 'signOff';
    case 'address-form':
      return 'address';
    case 'pressure':
      return 'pressure';
    case 'directness':
      return 'directness';
    case 'negative-feedback':
      return 'feedback';
    case 'idiom':
      return 'idiom';
    case 'humour':
      return 'humour';
    case 'relationship':
      return 'relationship';
    case 'calendar':
      return 'calendar';
    case 'formality':
      if (rep === undefined) return 'formality';
      if (rep.trim() === '' && orig.trim() !== '') return 'delete';
      // "can't" → "cannot", "we're" → "we are": an apostrophe that the replacement spells out.
      if (/\p{L}['’]\p{L}/u.test(orig) && !/\p{L}['’]\p{L}/u.test(rep) && rep.length > orig.length) return 'contraction';
      if (!/\p{L}/u.test(orig)) return 'punctuation';
      return 'word';
  }
}

const RANK_IMPACT: Record<Severity, number> = { critical: 0, warning: 1, info: 2 };

/** One card: a single fix, or several fixes of the same kind applied together. */
export interface FixGroup {
  key: string;
  kind: FixKind;
  severity: Severity;
  items: Suggestion[];
}

/**
 * The template of a message with its quoted parts removed, so fixes of one rule ("can't" →
 * "cannot", "won't" → "will not") share a key while different rules of a category do not.
 */
export function messageTemplate(message: string): string {
  return message
    .replace(/"[^"]*"|“[^”]*”|„[^“”]*[“”]|«[^»]*»|「[^」]*」/g, '…')
    .replace(/\d+(?:[.,]\d+)?/g, '#')
    .trim();
}

/**
 * The draft's fixes as cards, ordered by impact: like fixes that can be applied together
 * (the same kind and wording, each with a replacement) share one card; everything else is
 * one card per fix. Cards sort by severity, then by how many fixes they carry, then position.
 */
export function fixGroups(list: Suggestion[]): FixGroup[] {
  const groups: FixGroup[] = [];
  const byKey = new Map<string, FixGroup>();
  for (const s of [...list].sort((a, b) => a.start - b.start)) {
    const kind = fixKind(s);
    const groupable = s.replacement !== undefined && (kind === 'contraction' || kind === 'word' || kind === 'punctuation' || kind === 'delete');
    const key = groupable ? `${kind}|${ruleOf(s)}|${s.severity}|${messageTemplate(s.message)}` : `one|${s.id}`;
    const g = byKey.get(key);
    if (g) g.items.push(s);
    else {
      const ng: FixGroup = { key, kind, severity: s.severity, items: [s] };
      byKey.set(key, ng);
      groups.push(ng);
    }
  }
  return groups.sort(
    (a, b) => RANK_IMPACT[a.severity] - RANK_IMPACT[b.severity] || b.items.length - a.items.length || a.items[0].start - b.items[0].start,
  );
}

/** The first sentence of an explanation (the card's "why"); the rest goes under "Why · Sources". */
export function splitWhy(message: string): { why: string; more: string } {
  const m = /^(.+?[.!?。！？])(?:\s+|$)(?=\S|$)/su.exec(message.trim());
  let why = m && m[1].length >= 12 ? m[1] : message.trim();
  let more = m && m[1].length >= 12 ? message.trim().slice(m[0].length).trim() : '';
  // Numbers live under "Why": a parenthesis with figures moves out of the one-line why.
  const figures: string[] = [];
  why = why.replace(/\s*\(([^()]*\d[^()]*)\)/g, (_, inner: string) => (figures.push(inner), ''));
  if (figures.length) more = [`${figures.join('; ')}.`, more].filter(Boolean).join(' ');
  return { why, more };
}

/**
 * The edits of a group applied together, last first, so earlier offsets stay valid; and the
 * edits that undo them afterwards (offsets shifted by the earlier replacements).
 */
export function groupEdits(items: Suggestion[]): {
  apply: Array<{ start: number; end: number; original: string; replacement: string }>;
  undo: Array<{ start: number; end: number; original: string; replacement: string }>;
} {
  const edits = items
    .filter((s) => s.replacement !== undefined)
    .map((s) => ({ start: s.start, end: s.end, original: s.original ?? '', replacement: s.replacement as string }))
    .sort((a, b) => a.start - b.start);
  let shift = 0;
  const undo = edits.map((e) => {
    const start = e.start + shift;
    shift += e.replacement.length - (e.end - e.start);
    return { start, end: start + e.replacement.length, original: e.replacement, replacement: e.original };
  });
  return { apply: [...edits].reverse(), undo: undo.reverse() };
}

/** The verdict of a draft: how it sits against the target, in words, and how many fixes it has. */
export function draftVerdict(a: Analysis): { verdict: 'fits' | 'tooCasual' | 'tooFormal' | null; country: string | null; draft: Level; target: Level | null } {
  const country = a.target?.country ?? a.audience?.targetCountry ?? null;
  const pos = draftPosition(a.scores.formality);
  return {
    verdict: a.target ? formalityVerdict(a.scores.formality, a.target.formality) : null,
    country,
    draft: levelOf(pos),
    target: a.target ? levelOf(a.target.formality) : null,
  };
}

/**
 * The draft's language when no recipient is known to read it: the pipeline's own
 * `languageWarning` when it sent one (null means it checked and found none); otherwise read from
 * each recipient's language, when every recipient has one and none matches the draft's.
 */
export function unreadLanguage(a: Analysis): { lang: string } | null {
  const w = (a as { languageWarning?: { draftLang?: string } | null }).languageWarning;
  if (w && typeof w.draftLang === 'string') return { lang: w.draftLang };
  if (w === null) return null;
  const draft = a.lang?.lang?.split('-')[0];
  // English is the lingua franca of business mail: not reading it is not assumed from a country.
  if (!draft || draft === 'und' || draft === 'en' || a.lang.confidence < 0.5) return null;
  const readers = a.recipients.filter((r) => !r.abstain);
  if (!readers.length || readers.some((r) => !r.language)) return null;
  const read = readers.some((r) => r.language!.lang.split('-')[0] === draft);
  return read ? null : { lang: draft };
}
