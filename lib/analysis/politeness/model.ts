/**
 * The politeness model: a linear model over the shared strategy features, with the weights of
 * `../models/politeness.json` (fitted by `scripts/fit-politeness.ts` on the development split of
 * the Stanford politeness corpus; never edit the JSON by hand). English adds the request
 * vocabulary of `./english.ts` with its own weights (`../models/politeness-en.json`, same script);
 * every other language uses the shared model, fitted without those columns.
 */
import model from '../models/politeness.json';
import modelEn from '../models/politeness-en.json';
import { requestGrams } from './english';
import { STRATEGIES, STRATEGY_COUNT } from './strategies';

interface PolFile {
  features: string[];
  mean: number[];
  sd: number[];
  weights: number[];
  bias: number;
  predictionSd: number;
  grams?: Record<string, number>;
}

interface Linear {
  coef: Float64Array;
  mean: Float64Array;
  bias: number;
  sd: number;
  grams: Map<string, number>;
}
function load(M: PolFile): Linear {
  const coef = new Float64Array(STRATEGY_COUNT);
  const mean = new Float64Array(STRATEGY_COUNT);
  for (let j = 0; j < STRATEGY_COUNT; j++) {
    const k = M.features.indexOf(STRATEGIES[j]);
    if (k < 0) continue;
    coef[j] = M.weights[k] / (M.sd[k] || 1);
    mean[j] = M.mean[k];
  }
  return { coef, mean, bias: M.bias, sd: M.predictionSd > 0 ? M.predictionSd : 1, grams: new Map(Object.entries(M.grams ?? {})) };
}
const SHARED = load(model as PolFile);
const EN = load(modelEn as PolFile);

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
 * is English (`lang` 'en') the English model scores it, otherwise the shared one.
 */
export function politenessZ(f: Float64Array, lang = '', vocabulary = 0): number {
  const m = lang === 'en' ? EN : SHARED;
  let s = m.bias + (lang === 'en' ? vocabulary : 0);
  for (let j = 0; j < STRATEGY_COUNT; j++) s += m.coef[j] * (f[j] - m.mean[j]);
  return s / m.sd;
}
