/**
 * The German sentence formality model: a linear model over `style-de.ts` features with the
 * weights of `models/formality-de.json` (fitted by `scripts/fit-register.ts` on the development
 * split of Eder et al. 2023; never edit the JSON by hand).
 */
import model from './models/formality-de.json';
import { DE_FEATURE_COUNT, DE_FEATURES, germanFeatures } from './style-de';
import type { Token } from './text';

interface DeFile {
  features: string[];
  mean: number[];
  sd: number[];
  weights: number[];
  bias: number;
  predictionSd: number;
}
const M = model as DeFile;
const coef = new Float64Array(DE_FEATURE_COUNT);
const mean = new Float64Array(DE_FEATURE_COUNT);
for (let j = 0; j < DE_FEATURE_COUNT; j++) {
  const k = M.features.indexOf(DE_FEATURES[j]);
  if (k < 0) continue;
  coef[j] = M.weights[k] / (M.sd[k] || 1);
  mean[j] = M.mean[k];
}
const SD = M.predictionSd > 0 ? M.predictionSd : 1;

/**
 * German formality of one sentence in units of the model's own spread on the training data;
 * 0 is the midpoint of the rating scale (neither formal nor informal).
 */
export function germanZ(text: string, toks: Token[]): number {
  const f = germanFeatures(text, toks);
  let s = M.bias;
  for (let j = 0; j < DE_FEATURE_COUNT; j++) s += coef[j] * (f[j] - mean[j]);
  return s / SD;
}
