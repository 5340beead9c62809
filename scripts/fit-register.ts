/**
 * Fits the non-English register models, on the development split only (bench/multilingual-data.ts:
 * a salted hash of each item's id; the held-apart items are never read here):
 *
 * 1. `lib/analysis/models/formality-de.json`: German sentence formality as style — ridge regression
 *    from the features of `lib/analysis/style-de.ts` to Eder et al.'s ratings (−1 … +1). The ridge
 *    strength is picked by leave-one-genre-out cross-validation inside the development split, so
 *    the choice favours what transfers to a genre the model has not seen.
 * 2. `lib/analysis/models/register-lex.json`: learned T–V evidence from word forms
 *    (`lib/analysis/register-lex.ts`) for de, es, fr, it, nl, pt — ridge regression on the
 *    difference between the formal and the informal translation of the same CoCoA-MT line (target
 *    +1, no intercept), with the hand-written rule score of `languages.ts` as one more feature, so
 *    the table learns what the rules miss. The ridge strength is picked by 2-fold cross-validation
 *    inside the development split; the weights are rescaled so the rule score keeps the weight it
 *    has in `score.ts`.
 *
 *   npx tsx scripts/fit-register.ts            # fit and write both files
 *   npx tsx scripts/fit-register.ts --dry-run  # fit and print
 */
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { evalDir } from '../bench/formality';
import { COCOA_LANGS, heldApart, loadCocoa, loadEder, SPLIT_SALT } from '../bench/multilingual-data';
import { spearman } from '../bench/stats';
import { registerHits, registerScore } from '../lib/analysis/languages';
import { registerGrams } from '../lib/analysis/register-lex';
import { REG_WEIGHT } from '../lib/analysis/score-constants';
import { DE_FEATURE_COUNT, DE_FEATURES, germanFeatures } from '../lib/analysis/style-de';
import { words } from '../lib/analysis/text';
import { fitRidge, predict, pruneSparse, r6, type Row } from './fit-lib';

const root = resolve(import.meta.dirname, '..');
const dry = process.argv.includes('--dry-run');
const dir = evalDir(root);
if (!existsSync(dir)) {
  console.error(`evaluation data not found in ${dir} (expected ../shared/data/eval beside the repo); nothing fitted`);
  process.exit(1);
}

// ---- 1. German style model -------------------------------------------------------------------
const eder = loadEder(dir).filter((s) => s.split === 'dev');
const deRows = eder.map((s) => ({ x: germanFeatures(s.text), s: new Int32Array(0), sScale: 1, y: s.rating, w: 1, genre: s.genre }));
const genres = [...new Set(deRows.map((r) => r.genre))].sort();
let bestDe = { lambda: 0, rho: -Infinity };
for (const lambda of [0.003, 0.01, 0.03, 0.1, 0.3, 1]) {
  let sum = 0;
  for (const g of genres) {
    const m = fitRidge(deRows.filter((r) => r.genre !== g), DE_FEATURE_COUNT, 0, lambda, 1);
    const test = deRows.filter((r) => r.genre === g);
    sum += spearman(test.map((r) => predict(m, r.x, r.s, 1)), test.map((r) => r.y));
  }
  const rho = sum / genres.length;
  console.log(`de lambda ${lambda}: leave-one-genre-out mean within-genre rho ${rho.toFixed(4)}`);
  if (rho > bestDe.rho) bestDe = { lambda, rho };
}
const deModel = fitRidge(deRows, DE_FEATURE_COUNT, 0, bestDe.lambda, 1);
const dePred = deRows.map((r) => predict(deModel, r.x, r.s, 1));
const deSd = Math.sqrt(dePred.reduce((a, p) => a + (p - deModel.bias) ** 2, 0) / dePred.length);
console.log(`de: dev rho ${spearman(dePred, deRows.map((r) => r.y)).toFixed(4)}, prediction sd ${deSd.toFixed(3)}`);
console.log(DE_FEATURES.map((n, j) => [n, deModel.dense[j]] as const).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1])).slice(0, 20).map(([n, w]) => `  ${n} ${w.toFixed(3)}`).join('\n'));
const deOut = {
  generatedBy: 'scripts/fit-register.ts',
  trainedOn: `eder2023-de-dev.tsv, development split (heldApart, salt "${SPLIT_SALT}"), ${deRows.length} sentences of ${genres.length} genres; rating −1 (informal) … +1 (formal)`,
  model: 'ridge regression on standardized German style features (lib/analysis/style-de.ts)',
  lambda: bestDe.lambda,
  leaveOneGenreOutRho: r6(bestDe.rho),
  features: [...DE_FEATURES],
  mean: deModel.mean.map(r6),
  sd: deModel.sd.map(r6),
  weights: deModel.dense.map(r6),
  bias: r6(deModel.bias),
  predictionSd: r6(deSd),
};

// ---- 2. Learned T–V evidence from CoCoA-MT pairs ----------------------------------------------
const lexOut: Record<string, Record<string, number>> = {};
const lexInfo: Record<string, { pairs: number; lambda: number; cvAccuracy: number; kept: number }> = {};
for (const lang of COCOA_LANGS) {
  const dev = loadCocoa(dir, lang).filter((p) => p.split === 'dev');
  const dict = new Map<string, number>();
  const names: string[] = [];
  const bag = (t: string) => {
    const m = new Map<number, number>();
    registerGrams(words(t), t, (g) => {
      let k = dict.get(g);
      if (k === undefined) {
        k = dict.size;
        dict.set(g, k);
        names.push(g);
      }
      m.set(k, (m.get(k) ?? 0) + 1);
    });
    return m;
  };
  const reg = (t: string) => registerScore(registerHits(t, lang));
  const rows: (Row & { fold: number })[] = dev.map((p) => {
    const d = bag(p.formal);
    for (const [k, v] of bag(p.informal)) d.set(k, (d.get(k) ?? 0) - v);
    const e = [...d].filter(([, v]) => v !== 0);
    return {
      x: Float64Array.of(reg(p.formal) - reg(p.informal)),
      s: Int32Array.from(e.map(([k]) => k)),
      sv: Float64Array.from(e.map(([, v]) => v)),
      sScale: 1,
      y: 1,
      w: 1,
      fold: heldApart(`cv:${p.id}`, SPLIT_SALT, 0.5) === 'dev' ? 0 : 1,
    };
  });
  const margin = (m: ReturnType<typeof fitRidge>, r: Row) => {
    let s = m.dense[0] * r.x[0];
    for (let k = 0; k < r.s.length; k++) s += m.sparse[r.s[k]] * (r.sv ? r.sv[k] : 1);
    return s;
  };
  let best = { lambda: 0, acc: -1 };
  for (const lambda of [0.03, 0.1, 0.3, 1]) {
    let ok = 0;
    for (const fold of [0, 1]) {
      const m = fitRidge(rows.filter((r) => r.fold !== fold), 1, dict.size, 1e-6, lambda, { noBias: true, standardizeDense: false });
      ok += rows.filter((r) => r.fold === fold && margin(m, r) > 0).length;
    }
    const acc = ok / rows.length;
    // Ties go to the stronger regularisation (lambdas ascend).
    if (acc >= best.acc - 1e-9) best = { lambda, acc };
  }
  const m = fitRidge(rows, 1, dict.size, 1e-6, best.lambda, { noBias: true, standardizeDense: false });
  // Rescale: the rule score enters score.ts with REG_WEIGHT; the learned words keep their ratio to it.
  const scale = REG_WEIGHT / Math.max(0.2, m.dense[0]);
  const scaled = Float64Array.from(m.sparse, (v) => v * scale);
  const kept = pruneSparse(scaled, 1500, 3);
  lexOut[lang] = Object.fromEntries(Object.entries(kept).map(([k, v]) => [names[Number(k)], v]));
  lexInfo[lang] = { pairs: rows.length, lambda: best.lambda, cvAccuracy: r6(best.acc), kept: Object.keys(kept).length };
  const top = Object.entries(lexOut[lang]).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1])).slice(0, 12);
  console.log(`${lang}: ${rows.length} dev pairs, lambda ${best.lambda}, 2-fold CV accuracy ${best.acc.toFixed(3)}, rule weight ${m.dense[0].toFixed(3)}; ${top.map(([g, v]) => `${g} ${v}`).join(', ')}`);
}
const lexFile = {
  generatedBy: 'scripts/fit-register.ts',
  trainedOn: `CoCoA-MT train (cocoa-mt-train/), formal vs informal translation of the same line, development split (heldApart, salt "${SPLIT_SALT}")`,
  model: 'ridge regression on pair differences (no intercept) of word, suffix and capitalised-word counts, with the rule score as a feature; weights rescaled to the rule weight of score.ts and pruned to the 1,500 largest per language',
  info: lexInfo,
  langs: lexOut,
};
if (!dry) {
  writeFileSync(resolve(root, 'lib/analysis/models/formality-de.json'), JSON.stringify(deOut) + '\n');
  writeFileSync(resolve(root, 'lib/analysis/models/register-lex.json'), JSON.stringify(lexFile) + '\n');
  console.log('wrote lib/analysis/models/formality-de.json and lib/analysis/models/register-lex.json');
}
