/**
 * Sentence and draft scores: formality (fitted model plus T–V/honorific evidence), politeness,
 * directness and warmth (marker-based), all in [−1, 1].
 */
import type { Scores } from '../protocol';
import { sentenceFeatures } from './features';
import { guessLang, registerHits, registerScore, type RegisterHit } from './languages';
import {
  count,
  DIRECTIVE,
  HEDGE,
  HEDGE_CJK,
  NEGATIVE,
  POLITE,
  POLITE_CJK,
  PRESSURE,
  PRESSURE_CJK,
  PROFANE,
  SARCASM,
  WARM,
  WARM_CJK,
} from './markers';
import { formalityZ, type FeatureScope } from './model';
import { frameLines, type FrameKind } from './frame';
import { sentences, words, type Span } from './text';

export interface SentenceScore extends Span {
  scores: Scores;
}

/** What `scoreSentence` found, beyond the scores: reused by the suggestion rules. */
export interface SentenceDetail extends SentenceScore {
  register: RegisterHit[];
  imperative: boolean;
  words: number;
  /** Set for greeting, sign-off and signature lines (see frame.ts). */
  frame?: FrameKind;
}

export interface TextScore {
  lang: string;
  scores: Scores;
  sentences: SentenceScore[];
}

const clamp = (x: number) => (x > 1 ? 1 : x < -1 ? -1 : x);
const r3 = (x: number) => Math.round(clamp(x) * 1000) / 1000;

/** Normalise a BCP 47 tag to its primary language subtag ("pt-BR" → "pt"). */
export function normLang(lang: string | undefined | null): string | null {
  if (!lang) return null;
  const p = lang.trim().toLowerCase().split(/[-_]/)[0];
  return /^[a-z]{2,3}$/.test(p) ? p : null;
}

const scopeOf = (lang: string): FeatureScope =>
  lang === 'en' ? 'en' : lang === 'ja' || lang === 'ko' || lang === 'zh' ? 'cjk' : 'latin';

// Bare imperatives at the start of a sentence, for directness and politeness (English only:
// other languages mark commands on the verb, which their T–V rules already see).
const IMPERATIVE_START = /^(?:send|give|tell|call|fix|do|make|get|check|reply|respond|confirm|sign|update|finish|stop|change|review|provide|submit|complete|come|go|read|look|find|deliver|pay|email|forward|answer)\b/i;

/** How many politeness, hedge, pressure … markers a sentence holds. */
export interface MarkerCounts {
  polite: number;
  hedge: number;
  pressure: number;
  directive: number;
  negative: number;
  profane: number;
  warm: number;
  sarcasm: number;
}
type MarkerKey = keyof MarkerCounts;

const MARKERS: [MarkerKey, RegExp, RegExp | null][] = [
  ['polite', POLITE, POLITE_CJK],
  ['hedge', HEDGE, HEDGE_CJK],
  ['pressure', PRESSURE, PRESSURE_CJK],
  ['directive', DIRECTIVE, null],
  ['negative', NEGATIVE, null],
  ['profane', PROFANE, null],
  ['warm', WARM, WARM_CJK],
  ['sarcasm', SARCASM, null],
];

const zeroCounts = (): MarkerCounts => ({ polite: 0, hedge: 0, pressure: 0, directive: 0, negative: 0, profane: 0, warm: 0, sarcasm: 0 });

function countMarkers(text: string, cjk: boolean): MarkerCounts {
  const c = zeroCounts();
  for (const [k, re, reCjk] of MARKERS) c[k] = count(re, text) + (cjk && reCjk ? count(reCjk, text) : 0);
  return c;
}

/**
 * Marker counts for every span at once: each marker pattern runs once over the whole text (far
 * fewer regex calls than once per sentence), and each match is credited to the span it starts in.
 */
function countMarkersBySpan(text: string, spans: Span[], cjk: boolean): MarkerCounts[] {
  const out = spans.map(zeroCounts);
  if (!spans.length) return out;
  for (const [k, re, reCjk] of MARKERS) {
    for (const r of cjk && reCjk ? [re, reCjk] : [re]) {
      r.lastIndex = 0;
      let si = 0;
      for (let m = r.exec(text); m; m = r.exec(text)) {
        if (!m[0]) {
          r.lastIndex++;
          continue;
        }
        while (si < spans.length && spans[si].end <= m.index) si++;
        if (si >= spans.length) break;
        if (m.index >= spans[si].start) out[si][k]++;
      }
    }
  }
  return out;
}

/** Score one sentence of language `lang` (a primary subtag). */
export function scoreSentence(
  text: string,
  lang: string,
  span: Span = { start: 0, end: text.length },
  markerCounts?: MarkerCounts,
): SentenceDetail {
  const toks = words(text);
  const feats = sentenceFeatures(text, toks);
  const z = formalityZ(feats, scopeOf(lang));
  const register = registerHits(text, lang);
  const reg = registerScore(register);
  const formality = Math.tanh(0.7 * z + 1.1 * reg);

  const cjk = lang === 'ja' || lang === 'ko' || lang === 'zh';
  const c = markerCounts ?? countMarkers(text, cjk);
  const { polite, hedge, pressure, directive, negative, profane, warm, sarcasm } = c;
  const trimmed = text.trim();
  const imperative = lang === 'en' && IMPERATIVE_START.test(trimmed) && polite === 0;
  const shout = /[!?]{2,}/.test(trimmed) ? 1 : 0;
  let caps = 0;
  for (const t of toks) if (t.text.length >= 3 && t.text === t.text.toUpperCase() && /\p{Lu}/u.test(t.text)) caps++;
  const capsShout = caps >= 2 || (caps === 1 && toks.length <= 3) ? 1 : 0;
  const emo = /[\u{1F600}-\u{1F64F}\u{1F917}\u{1F60A}\u{263A}\u{1F44D}\u{2764}]|(?:^|\s)[:;]-?[)D]/u.test(trimmed) ? 1 : 0;
  const excl = /![^!]*$/.test(trimmed) && !shout ? 1 : 0;

  const politeness =
    0.3 * formality + 0.2 * Math.max(0, reg) +
    0.45 * Math.min(polite, 2) + 0.25 * Math.min(hedge, 2) -
    0.5 * pressure - 0.35 * directive - 0.4 * (imperative ? 1 : 0) - 0.8 * profane - 0.3 * shout - 0.3 * capsShout -
    0.15 * negative - 0.4 * sarcasm;
  const directness =
    0.5 * (imperative ? 1 : 0) + 0.4 * directive + 0.35 * pressure + 0.25 * negative + 0.2 * shout -
    0.35 * Math.min(hedge, 3) - 0.15 * (trimmed.endsWith('?') ? 1 : 0) - 0.1 * Math.min(polite, 2);
  const warmth =
    0.4 * Math.min(warm, 2) + 0.25 * Math.min(polite, 2) + 0.25 * emo + 0.1 * excl -
    0.3 * pressure - 0.3 * negative - 0.6 * profane - 0.25 * capsShout - 0.15 * directive - 0.3 * sarcasm;

  return {
    start: span.start,
    end: span.end,
    scores: {
      formality: r3(formality),
      politeness: r3(Math.tanh(politeness)),
      directness: r3(Math.tanh(directness)),
      warmth: r3(Math.tanh(warmth)),
    },
    register,
    imperative,
    words: Math.max(toks.length, cjk ? Math.ceil(trimmed.length / 2) : 0),
  };
}

/** Score every sentence of `text` and the text as a whole; `lang` defaults to a cheap guess. */
export function scoreDetailed(text: string, lang?: string): { lang: string; scores: Scores; sentences: SentenceDetail[] } {
  const l = normLang(lang) ?? guessLang(text);
  const spans = sentences(text);
  const counts = countMarkersBySpan(text, spans, l === 'ja' || l === 'ko' || l === 'zh');
  const details = spans.map((sp, i) => scoreSentence(text.slice(sp.start, sp.end), l, sp, counts[i]));
  // A single line is a sentence, not a mail: no frame (the rated corpora are single sentences).
  const frames = spans.length > 1 ? frameLines(text, spans) : new Map();
  for (const [i, fr] of frames) {
    const d = details[i];
    d.frame = fr.kind;
    // A formula's register is the formula's (T–V evidence in it still counts: "Liebe Anna" vs
    // "Sehr geehrte Frau Weber" differ in the words, not in the sentence shape).
    d.scores = { ...d.scores, formality: r3(fr.formality) };
  }
  return { lang: l, scores: aggregate(details), sentences: details };
}

/**
 * The draft's scores: a length-weighted mean of its sentences (sqrt of the word count, so one long
 * sentence does not outweigh a greeting and ten short ones), with the weakest politeness
 * sentence pulling the whole down, since one rude line spoils a polite mail.
 */
export function aggregate(details: SentenceDetail[]): Scores {
  if (!details.length) return { formality: 0, politeness: 0, directness: 0, warmth: 0 };
  let wsum = 0;
  const acc = { formality: 0, politeness: 0, directness: 0, warmth: 0 };
  let minPol = 1;
  for (const d of details) {
    if (d.frame === 'signature') continue;
    const w = Math.sqrt(Math.max(1, d.words));
    wsum += w;
    acc.formality += w * d.scores.formality;
    acc.politeness += w * d.scores.politeness;
    acc.directness += w * d.scores.directness;
    acc.warmth += w * d.scores.warmth;
    minPol = Math.min(minPol, d.scores.politeness);
  }
  if (wsum === 0) return { formality: 0, politeness: 0, directness: 0, warmth: 0 };
  const mean = (x: number) => x / wsum;
  const pol = mean(acc.politeness);
  return {
    formality: r3(mean(acc.formality)),
    politeness: r3(minPol < -0.3 ? Math.min(pol, (pol + minPol) / 2) : pol),
    directness: r3(mean(acc.directness)),
    warmth: r3(mean(acc.warmth)),
  };
}

/** Public shape of `scoreText` (see index.ts). */
export function scoreText(text: string, lang?: string): TextScore {
  const d = scoreDetailed(text, lang);
  return {
    lang: d.lang,
    scores: d.scores,
    sentences: d.sentences.map((s) => ({ start: s.start, end: s.end, scores: s.scores })),
  };
}
