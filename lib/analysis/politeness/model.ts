/**
 * The politeness model: a linear model over the shared strategy features, with the weights of
 * `../models/politeness.json` (fitted by `scripts/fit-politeness.ts` on the development split of
 * the Stanford politeness corpus; never edit the JSON by hand). English adds the request
 * vocabulary of `./english.ts` with its own weights (`../models/politeness-en.json`, same script);
 * every other language uses the shared model, fitted without those columns.
 */
import model from '../models/politeness.json';
import modelEn from '../models/politeness-en.json';
import offsets from '../models/politeness-offsets.json';
import { requestGrams } from './english';
import { loadLinear, linearZ, type Linear, type LinearFile } from '../linear';
import { STRATEGIES } from './strategies';

interface PolFile extends LinearFile {
  grams?: Record<string, number>;
}

interface Model extends Linear {
  grams: Map<string, number>;
}
const load = (M: PolFile): Model => ({ ...loadLinear(M, STRATEGIES), grams: new Map(Object.entries(M.grams ?? {})) });
const SHARED = load(model as PolFile);
const EN = load(modelEn as PolFile);
/**
 * Per-language zero points (scripts/fit-politeness-offsets.ts): the shared model, fitted on
 * English, reads each language's ordinary text as a little more or less polite than the same
 * content in English; the offset, fitted on professional translations (CoCoA-MT dev split), puts
 * a translation's score where its English source's is. Languages without parallel data: 0.
 */
const OFFSET: Readonly<Record<string, number>> = (offsets as { offsets: Record<string, number> }).offsets;

/**
 * The English request-vocabulary evidence of one sentence (0 in every other language): the sum
 * of its n-gram weights, added up over a text's sentences like the strategy counts.
 */
export function requestVocabulary(sentence: string, lang: string): number {
  if (lang !== 'en') return 0;
  let s = 0;
  for (const g of requestGrams(sentence)) s += EN.grams.get(g) ?? 0;
  return s;
}

/**
 * Politeness of a feature vector in units of the model's spread; 0 is the midpoint of the rated
 * requests. `vocabulary` is the summed `requestVocabulary` of the text's sentences; when the text
 * is English (`lang` 'en') the English model scores it, otherwise the shared one, shifted by the
 * language's zero point (`raw` leaves the shift out: the offset fit reads it so).
 */
export function politenessZ(f: Float64Array, lang = '', vocabulary = 0, opts: { raw?: boolean } = {}): number {
  const z = lang === 'en' ? linearZ(EN, f, vocabulary) : linearZ(SHARED, f);
  return z + (opts.raw ? 0 : (OFFSET[lang] ?? 0));
}
