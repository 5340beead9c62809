/**
 * Learned register evidence from word forms, for the T–V languages with professional
 * formal/informal translation pairs (CoCoA-MT: de, es, fr, it, nl, pt). Pro-drop languages mark
 * the register on the verb, the clitic and the possessive ("tienes/tiene", "te/le", "puoi/può",
 * "podes/pode"), so the model reads each word, its last two to four letters, and capitalised
 * courtesy forms inside a sentence ("La", "Lei", "Suo"). The weights (`models/register-lex.json`)
 * come from `scripts/fit-register.ts`: ridge regression on the difference between the formal and
 * the informal translation of the same line, development split only.
 */
import lexModel from './models/register-lex.json';
import type { Token } from './text';

interface LexFile {
  langs: Record<string, Record<string, number>>;
}
const LEX = lexModel as unknown as LexFile;
const TABLES = new Map<string, Map<string, number>>(
  Object.entries(LEX.langs ?? {}).map(([l, t]) => [l, new Map(Object.entries(t))]),
);

/** Languages that have a learned register table. */
export const LEX_LANGS = [...TABLES.keys()];

/**
 * The feature strings of one sentence's tokens: `w:` word, `$` suffixes of 2–4 letters (only when
 * the word is longer than the suffix), `C:` a capitalised word that is not sentence-initial.
 */
export function registerGrams(toks: Token[], text: string, visit: (g: string) => void): void {
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const w = t.lower;
    if (/\d/.test(w)) continue;
    visit(`w:${w}`);
    const n = w.length;
    if (n > 3) visit(`$${w.slice(-2)}`);
    if (n > 4) visit(`$${w.slice(-3)}`);
    if (n > 5) visit(`$${w.slice(-4)}`);
    if (i > 0 && t.text[0] !== w[0] && n <= 6) {
      // Not after a sentence end inside the span ("… fine. La …").
      const before = text.slice(Math.max(0, t.start - 3), t.start);
      if (!/[.!?¿¡:]\s*$/.test(before)) visit(`C:${w}`);
    }
  }
}

/** Net learned register evidence of a sentence (positive = formal), or 0 for other languages. */
export function registerLex(toks: Token[], text: string, lang: string): number {
  const table = TABLES.get(lang);
  if (!table) return 0;
  let s = 0;
  registerGrams(toks, text, (g) => {
    const v = table.get(g);
    if (v !== undefined) s += v;
  });
  return s;
}
