/**
 * Text plumbing shared by the scorers and the suggestion rules: sentence spans with offsets into
 * the original draft, and word tokens. Everything works on offsets so a suggestion can point at the
 * exact characters the user typed.
 */

/** A half-open character range [start, end) into the analysed text. */
export interface Span {
  start: number;
  end: number;
}

/** A word token with its offsets. `lower` is the lower-cased form, with curly apostrophes unified. */
export interface Token extends Span {
  text: string;
  lower: string;
}

// Letters, digits and word-internal apostrophes/hyphens ("don't", "e-mail", "l'adresse" splits
// at the apostrophe on purpose below only for French/Italian elision).
const WORD_RE = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*/gu;

/** Word tokens of `text`, with offsets relative to `offset`. */
export function words(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(text); m; m = WORD_RE.exec(text)) {
    out.push({
      text: m[0],
      lower: m[0].toLowerCase().replace(/’/g, "'"),
      start: offset + m.index,
      end: offset + m.index + m[0].length,
    });
  }
  return out;
}

// Abbreviations whose period does not end a sentence (English, German, French, Spanish …).
const ABBREV = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'vs', 'etc', 'e.g', 'i.e', 'approx', 'no', 'inc', 'ltd',
  'co', 'corp', 'dept', 'fig', 'hr', 'fr', 'mme', 'mlle', 'sra', 'sr', 'srta', 'ud', 'uds', 'sig', 'dott',
  'z.b', 'bzw', 'ca', 'usw', 'ggf', 'sog', 'vgl', 'nr', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug',
  'sep', 'sept', 'oct', 'nov', 'dec', 'dhr', 'mevr', 'sgt', 'u.s', 'u.s.s', 'u.k', 'u.n', 'a.m', 'p.m', 'gov', 'capt',
  'sen', 'rep', 'gen', 'col', 'lt', 'mt', 'ft', 'ave', 'blvd', 'rev', 'atty', 'supt', 'cmdr', 'adm', 'maj', 'messrs',
]);

/**
 * Split `text` into sentence spans. Breaks after . ! ? … and CJK full stops when followed by
 * whitespace (or directly for CJK), and at line breaks, because email lines such as greetings and
 * sign-offs ("Hi Kenji,") are units of their own. Leading/trailing whitespace is trimmed from spans.
 */
export function sentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (s: number, e: number) => {
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e <= s) return;
    // Stray punctuation (". . .", "!)") belongs to the sentence before it.
    const prev = spans[spans.length - 1];
    if (prev && !/[\p{L}\p{N}]/u.test(text.slice(s, e)) && !text.slice(prev.end, s).includes('\n')) prev.end = e;
    else spans.push({ start: s, end: e });
  };
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 /* \n */) {
      push(start, i);
      start = i + 1;
      continue;
    }
    // CJK sentence enders: 。！？ break immediately (no spaces in those scripts).
    if (c === 0x3002 || c === 0xff01 || c === 0xff1f) {
      let j = i + 1;
      while (j < n && /[」』）)"'!?！？。]/.test(text[j])) j++;
      push(start, j);
      start = j;
      i = j - 1;
      continue;
    }
    if (c === 46 /* . */ || c === 33 /* ! */ || c === 63 /* ? */ || c === 0x2026 /* … */) {
      let j = i + 1;
      while (j < n && /[.!?…"'”’)\]]/.test(text[j])) j++;
      if (j < n && !/\s/.test(text[j])) {
        i = j - 1;
        continue;
      }
      // A lower-case word after the mark continues the sentence ("Yahoo! account", "well... ok").
      let k2 = j;
      while (k2 < n && (text[k2] === ' ' || text[k2] === '\t')) k2++;
      if (k2 < n && /\p{Ll}/u.test(text[k2])) {
        i = j - 1;
        continue;
      }
      // A list number at the start of a span ("1. Go to …", "2.) Add …") is not a sentence.
      if (/^\s*\(?\d{1,2}[.)]+$/.test(text.slice(start, j))) {
        i = j - 1;
        continue;
      }
      if (c === 46 && j === i + 1) {
        // A period after a known abbreviation, an initial or a digit is not a boundary.
        let k = i - 1;
        while (k >= start && /[\p{L}.]/u.test(text[k])) k--;
        const prev = text.slice(k + 1, i).toLowerCase();
        if (ABBREV.has(prev) || /^\p{L}$/u.test(prev) || /\d$/.test(text.slice(start, i))) {
          // "14. März" and "3.5" style: only continue when the next word is not capitalised
          // after a digit, or always after an abbreviation.
          if (ABBREV.has(prev) || /^\p{L}$/u.test(prev)) {
            i = j - 1;
            continue;
          }
        }
      }
      push(start, j);
      start = j;
      i = j - 1;
    }
  }
  push(start, n);
  return spans;
}

/** True when a character is in a CJK, kana or Hangul block (no spaces between words there). */
export function isCjkChar(code: number): boolean {
  return (
    (code >= 0x3040 && code <= 0x30ff) || // kana
    (code >= 0x3400 && code <= 0x9fff) || // CJK ideographs
    (code >= 0xac00 && code <= 0xd7af) || // Hangul syllables
    (code >= 0x1100 && code <= 0x11ff) ||
    (code >= 0xff66 && code <= 0xff9f)
  );
}
