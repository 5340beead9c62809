/**
 * The politeness model: a linear model over the shared strategy features, with the weights of
 * `../models/politeness.json` (fitted by `scripts/fit-politeness.ts` on the development split of
 * the Stanford politeness corpus; never edit the JSON by hand).
 */
import model from '../models/politeness.json';
import { STRATEGIES, STRATEGY_COUNT } from './strategies';

interface PolFile {
  features: string[];
  mean: number[];
  sd: number[];
  weights: number[];
  bias: number;
  predictionSd: number;
}
const M = model as PolFile;
const coef = new Float64Array(STRATEGY_COUNT);
const mean = new Float64Array(STRATEGY_COUNT);
for (let j = 0; j < STRATEGY_COUNT; j++) {
  const k = M.features.indexOf(STRATEGIES[j]);
  if (k < 0) continue;
  coef[j] = M.weights[k] / (M.sd[k] || 1);
  mean[j] = M.mean[k];
}
const SD = M.predictionSd > 0 ? M.predictionSd : 1;

/** Politeness of a feature vector in units of the model's spread; 0 is the average rated request. */
export function politenessZ(f: Float64Array): number {
  let s = M.bias;
  for (let j = 0; j < STRATEGY_COUNT; j++) s += coef[j] * (f[j] - mean[j]);
  return s / SD;
}
