/**
 * Language detection for short business email text.
 *
 * Choice (measured in `npm run bench`, module `langid`, and before in shared/LANGID.md): eld's
 * extra-small database is the most accurate detector on 20–200 characters and the fastest per
 * call; it costs ~0.3 s to initialise and ~1 MB of bundle, which is acceptable in the background
 * (nothing in lib/locale reaches the content script). Scripts that belong to one language (Hangul,
 * Kana, Thai, Hebrew, Greek …) are decided by a character count before any n-gram model runs,
 * which is both faster and right on two-character greetings such as "감사".
 *
 * `browser.i18n.detectLanguage` (CLD3 inside Chrome and Firefox) is async and not available in
 * Node, so the background may pass its answer as an optional `hint`; the function is complete
 * without it.
 */
import { eld } from 'eld/extrasmall';
import type { LanguageGuess } from '../protocol';
import { cleanEmailText } from './clean';

/** Scripts used by a single language (or whose other languages are negligible in business mail). */
const SCRIPT_LANG: Array<[RegExp, string]> = [
  [/\p{Script=Hangul}/u, 'ko'],
  [/\p{Script=Thai}/u, 'th'],
  [/\p{Script=Hebrew}/u, 'he'],
  [/\p{Script=Greek}/u, 'el'],
  [/\p{Script=Georgian}/u, 'ka'],
  [/\p{Script=Armenian}/u, 'hy'],
  [/\p{Script=Khmer}/u, 'km'],
  [/\p{Script=Lao}/u, 'lo'],
  [/\p{Script=Myanmar}/u, 'my'],
  [/\p{Script=Sinhala}/u, 'si'],
  [/\p{Script=Tamil}/u, 'ta'],
  [/\p{Script=Telugu}/u, 'te'],
  [/\p{Script=Kannada}/u, 'kn'],
  [/\p{Script=Malayalam}/u, 'ml'],
  [/\p{Script=Gujarati}/u, 'gu'],
  [/\p{Script=Gurmukhi}/u, 'pa'],
  [/\p{Script=Ethiopic}/u, 'am'],
];
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HAN = /\p{Script=Han}/u;
const LETTER = /\p{L}/u;
const NON_LATIN_LETTER = /[^\P{L}\p{Script=Latin}]/u;

/** Map other detectors' codes (CLD3, BCP 47 tags) onto the ISO 639-1 codes this module emits. */
export function normalizeLang(code: string): string {
  const base = code.toLowerCase().split(/[-_]/)[0];
  if (base === 'iw') return 'he';
  if (base === 'in') return 'id';
  if (base === 'nb' || base === 'nn') return 'no';
  if (base === 'fil') return 'tl';
  return /^[a-z]{2}$/.test(base) ? base : 'und';
}

function scriptDecision(text: string): { lang: string; share: number } | null {
  let letters = 0;
  const counts = new Map<string, number>();
  let kana = 0;
  let han = 0;
  for (const ch of text) {
    if (!LETTER.test(ch)) continue;
    letters++;
    if (KANA.test(ch)) kana++;
    else if (HAN.test(ch)) han++;
    else
      for (const [re, lang] of SCRIPT_LANG)
        if (re.test(ch)) {
          counts.set(lang, (counts.get(lang) ?? 0) + 1);
          break;
        }
  }
  if (letters === 0) return null;
  // Any kana among CJK text means Japanese; Han alone means Chinese.
  if (kana + han > letters * 0.3) return { lang: kana > 0 ? 'ja' : 'zh', share: (kana + han) / letters };
  let best: [string, number] | null = null;
  for (const e of counts) if (!best || e[1] > best[1]) best = e;
  if (best && best[1] > letters * 0.3) return { lang: best[0], share: best[1] / letters };
  return null;
}

function letterCount(text: string): number {
  let n = 0;
  for (const ch of text) if (LETTER.test(ch)) n++;
  return n;
}

/** What the n-gram model alone says, with a confidence from its score margin and the text length. */
function eldGuess(text: string): LanguageGuess {
  const r = eld.detect(text);
  if (!r.language) return { lang: 'und', confidence: 0 };
  const scores = Object.values(r.getScores()).sort((a, b) => b - a);
  const top = scores[0] ?? 0;
  const second = scores[1] ?? 0;
  const margin = top > 0 ? (top - second) / top : 0;
  // eld's scores sit close together even when it is right (es vs ca differ by 0.06 on a
  // 40-character Spanish line), so a reliable answer starts at 0.55 and the margin adds to it;
  // very short texts are capped because the model has little to go on there.
  const lengthCap = Math.min(1, 0.3 + letterCount(text) / 30);
  let confidence = Math.min(1, 0.55 + margin * 2) * lengthCap;
  if (!r.isReliable()) confidence *= 0.6;
  return { lang: normalizeLang(r.language), confidence: Math.round(confidence * 1000) / 1000 };
}

/**
 * Detect the language of an email or thread excerpt. The text is cleaned first
 * ({@link cleanEmailText}). Returns ISO 639-1 (`no` for Norwegian; eld reports Indonesian as `ms`)
 * or `und` when there are no letters. `confidence` is 0…1; treat < 0.3 as unknown.
 *
 * `opts.hint` is the answer of `browser.i18n.detectLanguage` when the background has it: a
 * reliable hint settles an empty or very weak n-gram guess, and agreement raises the confidence.
 */
export function detectLanguage(text: string, opts: { hint?: { lang: string; reliable: boolean } } = {}): LanguageGuess {
  const clean = cleanEmailText(text);
  const hint = opts.hint ? { lang: normalizeLang(opts.hint.lang), reliable: opts.hint.reliable } : null;
  let guess: LanguageGuess;
  // Pure Latin-script text (most mail) skips the per-character script count.
  const script = NON_LATIN_LETTER.test(clean) ? scriptDecision(clean) : null;
  if (script) guess = { lang: script.lang, confidence: Math.round(Math.min(1, 0.5 + script.share / 2) * 1000) / 1000 };
  else if (letterCount(clean) === 0) guess = { lang: 'und', confidence: 0 };
  else guess = eldGuess(clean);
  if (hint && hint.lang !== 'und') {
    // Measured (bench langid): CLD3's "reliable" flag is often wrong on short text, so a
    // disagreeing hint only fills in where eld has (almost) nothing; agreement adds confidence.
    if (hint.lang === guess.lang) guess = { lang: guess.lang, confidence: Math.min(1, guess.confidence + (hint.reliable ? 0.3 : 0.1)) };
    else if (hint.reliable && guess.confidence < 0.2) guess = { lang: hint.lang, confidence: 0.5 };
  }
  return guess;
}
