/**
 * Sentence and draft scores: formality (fitted model plus T–V/honorific evidence), politeness,
 * directness and warmth (marker-based), all in [−1, 1].
 */
import type { Scores } from '../protocol';
import { sentenceFeatures } from './features';
import { guessLang, registerHits, registerScore, sentenceLang, type RegisterHit } from './languages';
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
import { germanZ } from './model-de';
import { registerLex } from './register-lex';
import { REG_WEIGHT, Z_WEIGHT } from './score-constants';
import { frameLines, type FrameKind } from './frame';
import { politenessZ, requestVocabulary } from './politeness/model';
import { addSentenceStrategies, finishStrategies, STRATEGIES, STRATEGY_COUNT } from './politeness/strategies';

const LOG_WORDS = STRATEGIES.indexOf('logWords');
import { excludedLines, type Exclusion } from './thread';
import mailCalibration from './models/mail-calibration.json';
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
  /** The language this sentence was scored in (differs from the draft's in mixed drafts). */
  lang: string;
  /** Formality before the tanh squashing; the draft score averages these. */
  formalityRaw: number;
  /** Raw politeness strategy counts (politeness/strategies.ts), summed for the draft score. */
  strategies: Float64Array;
  /** Politeness markers outside the fitted strategies (pressure, sarcasm), already weighted. */
  politenessExtra: number;
  /** Formal address (Sie, vous, keigo) as deference, already weighted. */
  politenessReg: number;
  /** English request-vocabulary evidence (politeness/english.ts); 0 in other languages. */
  politenessVocabulary: number;
  /** Quoted thread text or a signature block: shown, but left out of the draft's scores. */
  excluded?: Exclusion;
}

/** How one sentence counts in the draft's formality: see `breakdown`. */
export interface SentenceBreakdown extends Span {
  /** Language the sentence was scored in. */
  lang: string;
  /** 'body' for prose; frame lines and excluded text say what they are. */
  role: 'body' | 'greeting' | 'sign-off' | 'signature' | 'quote';
  formality: number;
  politeness: number;
  /** Share of the draft's formality weight (0 for excluded lines; counted lines sum to 1). */
  weight: number;
  /**
   * How much this sentence moves the draft's formality from the mean of the others: positive
   * lifts it, negative pulls it down. The sentences with the most negative pull are the ones to
   * rewrite for a more formal draft.
   */
  pull: number;
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
  // German has its own fitted style model; other languages use the English-fitted model with
  // the features that carry over (see model.ts).
  const z = lang === 'de' ? germanZ(text, toks) : formalityZ(sentenceFeatures(text, toks), scopeOf(lang));
  const register = registerHits(text, lang);
  const reg = registerScore(register);
  const formalityRaw = Z_WEIGHT * z + REG_WEIGHT * reg + registerLex(toks, text, lang);
  const formality = Math.tanh(formalityRaw);

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

  const strategies = new Float64Array(STRATEGY_COUNT);
  addSentenceStrategies(trimmed, lang, strategies, toks);
  // Business-mail pressure and sarcasm are not among the rated strategies; formal address (Sie,
  // vous, keigo) reads as deference in every T–V and honorific language.
  const politenessExtra = -0.5 * Math.min(pressure, 2) - 0.4 * sarcasm - 0.3 * directive;
  const politenessReg = 0.35 * Math.max(0, reg);
  const politenessVocabulary = requestVocabulary(trimmed, lang);
  const politeness = politenessOf(strategies, politenessExtra + politenessReg, lang, politenessVocabulary);
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
      politeness: r3(politeness),
      directness: r3(Math.tanh(directness)),
      warmth: r3(Math.tanh(warmth)),
    },
    register,
    imperative,
    words: Math.max(toks.length, cjk ? Math.ceil(trimmed.length / 2) : 0),
    lang,
    formalityRaw,
    strategies,
    politenessExtra,
    politenessReg,
    politenessVocabulary,
  };
}

/** Politeness in [−1, 1] from summed raw strategy counts and the extra markers. */
function politenessOf(rawCounts: Float64Array, extra: number, lang: string, vocabulary: number): number {
  const f = finishStrategies(Float64Array.from(rawCounts));
  return Math.tanh(0.35 * politenessZ(f, lang, vocabulary) + extra);
}

/** Score every sentence of `text` and the text as a whole; `lang` defaults to a cheap guess. */
export function scoreDetailed(text: string, lang?: string): { lang: string; scores: Scores; sentences: SentenceDetail[] } {
  const l = normLang(lang) ?? guessLang(text);
  const spans = sentences(text);
  const counts = countMarkersBySpan(text, spans, l === 'ja' || l === 'ko' || l === 'zh');
  const excluded = spans.length > 1 ? excludedLines(text, spans) : new Map<number, Exclusion>();
  const details = spans.map((sp, i) => {
    const sentence = text.slice(sp.start, sp.end);
    // Mixed-language drafts: each sentence in its own language (an English mail with a German
    // greeting). A single sentence is scored in the language given.
    const sl = spans.length > 1 ? sentenceLang(sentence, l) : l;
    const d = scoreSentence(sentence, sl, sp, sl === l ? counts[i] : undefined);
    const ex = excluded.get(i);
    if (ex) d.excluded = ex;
    return d;
  });
  // A single line is a sentence, not a mail: no frame (the rated corpora are single sentences).
  const counted = spans.filter((_, i) => !excluded.has(i));
  const countedIdx = spans.map((_, i) => i).filter((i) => !excluded.has(i));
  const frames = counted.length > 1 ? frameLines(text, counted) : new Map();
  for (const [k, fr] of frames) {
    const d = details[countedIdx[k]];
    d.frame = fr.kind;
    // A formula's register is the formula's (T–V evidence in it still counts: "Liebe Anna" vs
    // "Sehr geehrte Frau Weber" differ in the words, not in the sentence shape).
    d.scores = { ...d.scores, formality: r3(fr.formality) };
    d.formalityRaw = Math.atanh(Math.max(-0.999, Math.min(0.999, fr.formality)));
  }
  return { lang: l, scores: aggregate(details), sentences: details };
}

/**
 * Weight of a greeting or sign-off line in the draft's formality, in units of a one-word
 * sentence's weight (a body sentence weighs sqrt(words)): the frame is what a reader notices
 * first, so it counts like a sentence of about six words.
 */
export const FRAME_WEIGHT = 2.5;
/**
 * Shift of a draft's formality before squashing (every draft is a mail, even one line). The English sentence
 * model's zero is the average sentence of the rated web corpora (answers, news, blogs); a mail
 * reader's zero lies lower, since short polite sentences ("Thanks for your email.") are ordinary
 * in mail. Calibrated on the hand-written development mails in test/analysis/fixtures/emails.json
 * (scripts/fit-email-offset.ts), so that ordinary professional mail scores above 0 and a chatty
 * note below.
 */
export const MAIL_OFFSET: number = (mailCalibration as { offset: number }).offset;

function weightOf(d: SentenceDetail): number {
  if (d.excluded || d.frame === 'signature') return 0;
  if (d.frame === 'greeting' || d.frame === 'sign-off') return FRAME_WEIGHT;
  return Math.sqrt(Math.max(1, d.words));
}

/** The draft's formality before squashing: weighted mean of the counted sentences, plus the mail shift. Null when nothing counts. */
function draftFormalityRaw(details: SentenceDetail[], skip = -1, offset = MAIL_OFFSET): number | null {
  let wsum = 0;
  let acc = 0;
  for (let i = 0; i < details.length; i++) {
    if (i === skip) continue;
    const w = weightOf(details[i]);
    if (w === 0) continue;
    wsum += w;
    acc += w * details[i].formalityRaw;
  }
  if (wsum === 0) return null;
  return acc / wsum + offset;
}

/** A mail's formality before squashing and without the mail offset (for calibrating it). */
export function mailFormalityRaw(text: string, lang?: string): number {
  return draftFormalityRaw(scoreDetailed(text, lang).sentences, -1, 0) ?? 0;
}

/**
 * The draft's scores. Formality: a weighted mean of the sentences' raw scores (sqrt of the word
 * count, so one long sentence does not outweigh a greeting and ten short ones; greeting and
 * sign-off count as `FRAME_WEIGHT`; signature and quoted thread text not at all), shifted by
 * `MAIL_OFFSET` for mails and squashed. Politeness: the fitted strategy model on the counts of all
 * counted sentences, with the weakest sentence pulling the whole down, since one rude line spoils
 * a polite mail. Directness and warmth: length-weighted means.
 */
export function aggregate(details: SentenceDetail[]): Scores {
  const counted = details.filter((d) => weightOf(d) > 0);
  if (!counted.length) return { formality: 0, politeness: 0, directness: 0, warmth: 0 };
  let wsum = 0;
  const acc = { directness: 0, warmth: 0 };
  let minPol = 1;
  const strat = new Float64Array(STRATEGY_COUNT);
  let extra = 0;
  let regPol = 0;
  let vocabulary = 0;
  let enWords = 0;
  let allWords = 0;
  const wordsByLang = new Map<string, number>();
  for (const d of counted) {
    const w = Math.sqrt(Math.max(1, d.words));
    wsum += w;
    acc.directness += w * d.scores.directness;
    acc.warmth += w * d.scores.warmth;
    // A greeting or sign-off is a formula, too short for the request model to judge alone.
    if (!d.frame) minPol = Math.min(minPol, d.scores.politeness);
    for (let j = 0; j < STRATEGY_COUNT; j++) strat[j] += d.strategies[j];
    extra += d.politenessExtra;
    regPol += d.politenessReg;
    vocabulary += d.politenessVocabulary;
    allWords += d.words;
    if (d.lang === 'en') enWords += d.words;
    wordsByLang.set(d.lang, (wordsByLang.get(d.lang) ?? 0) + d.words);
  }
  // The rated requests are one to three sentences: a long mail's word count is held within their
  // range so length alone cannot make it polite.
  strat[LOG_WORDS] = Math.min(strat[LOG_WORDS], 60);
  // The English model (with its request vocabulary) judges a draft that is mostly English.
  // Otherwise the shared model, with the zero point of the language most of the draft is in.
  const polLang = enWords * 2 > allWords ? 'en' : ([...wordsByLang].sort((a, b) => b[1] - a[1]).find(([l]) => l !== 'en')?.[0] ?? '');
  const pol = politenessOf(strat, Math.max(-1.5, extra) + regPol / counted.length, polLang, vocabulary);
  const raw = draftFormalityRaw(details) ?? 0;
  return {
    formality: r3(Math.tanh(raw)),
    politeness: r3(minPol < -0.5 ? Math.min(pol, (pol + minPol) / 2) : pol),
    directness: r3(acc.directness / wsum),
    warmth: r3(acc.warmth / wsum),
  };
}

/**
 * Which sentences set the draft's formality: each sentence's role, language, scores, share of
 * the weight, and pull (the draft's formality with the sentence minus without it).
 */
export function breakdown(details: SentenceDetail[]): SentenceBreakdown[] {
  const all = draftFormalityRaw(details);
  const W = details.reduce((a, d) => a + weightOf(d), 0);
  const full = all === null ? 0 : Math.tanh(all);
  return details.map((d, i) => {
    const w = weightOf(d);
    let pull = 0;
    if (w > 0) {
      const without = draftFormalityRaw(details, i);
      pull = without === null ? full : full - Math.tanh(without);
    }
    const role: SentenceBreakdown['role'] = d.excluded === 'quote' ? 'quote' : d.excluded === 'signature' ? 'signature' : d.frame ?? 'body';
    return {
      start: d.start,
      end: d.end,
      lang: d.lang,
      role,
      formality: d.scores.formality,
      politeness: d.scores.politeness,
      weight: W > 0 ? Math.round((w / W) * 1000) / 1000 : 0,
      pull: Math.round(pull * 1000) / 1000,
    };
  });
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
