/**
 * The German sentence formality model: a linear model over `style-de.ts` features with the
 * weights of `models/formality-de.json` (fitted by `scripts/fit-register.ts` on the development
 * split of Eder et al. 2023; never edit the JSON by hand).
 */
import model from './models/formality-de.json';
import { loadLinear, linearZ, type LinearFile } from './linear';
import { DE_FEATURES, germanFeatures } from './style-de';
import type { Token } from './text';

const M = loadLinear(model as LinearFile, DE_FEATURES);

/**
 * German formality of one sentence in units of the model's own spread on the training data;
 * 0 is the midpoint of the rating scale (neither formal nor informal).
 */
export function germanZ(text: string, toks: Token[]): number {
  return linearZ(M, germanFeatures(text, toks));
}
