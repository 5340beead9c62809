/**
 * The linear models the fitting scripts write (`formality-weights.json`, `models/formality-de.json`,
 * `models/politeness*.json`): standardized weights over named features, with the training means
 * and spreads. Loading maps the file's feature order onto the code's by name, so a feature added
 * in code without refitting sits at zero weight instead of shifting every other weight.
 */
export interface LinearFile {
  features: string[];
  mean: number[];
  sd: number[];
  weights: number[];
  bias: number;
  predictionSd: number;
}

export interface Linear {
  /** Weights on the raw feature scale (the file's weight over its feature's spread). */
  coef: Float64Array;
  mean: Float64Array;
  bias: number;
  /** The spread of the model's predictions on its training data. */
  sd: number;
}

export function loadLinear(file: LinearFile, names: readonly string[]): Linear {
  const coef = new Float64Array(names.length);
  const mean = new Float64Array(names.length);
  for (let j = 0; j < names.length; j++) {
    const k = file.features.indexOf(names[j]);
    if (k < 0) continue;
    coef[j] = file.weights[k] / (file.sd[k] || 1);
    mean[j] = file.mean[k];
  }
  return { coef, mean, bias: file.bias, sd: file.predictionSd > 0 ? file.predictionSd : 1 };
}

/**
 * The prediction for feature vector `f` in units of the model's own spread. `extra` is added to
 * the bias (evidence scored outside the vector); features marked in `skip` are held at their mean.
 */
export function linearZ(m: Linear, f: ArrayLike<number>, extra = 0, skip: Uint8Array | null = null): number {
  let s = m.bias + extra;
  for (let j = 0; j < m.coef.length; j++) {
    if (skip && skip[j]) continue;
    s += m.coef[j] * (f[j] - m.mean[j]);
  }
  return s / m.sd;
}
