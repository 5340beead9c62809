/**
 * Fits the English formality model: ridge regression from the register features in
 * lib/analysis/features.ts to human formality ratings, on the development half only of
 * Pavlick & Tetreault's answers file and of SQUINKY (split by a hash of the sentence id, see
 * bench/formality.ts). Writes lib/analysis/formality-weights.json.
 *
 *   npx tsx scripts/fit-formality.ts            # fit and write
 *   npx tsx scripts/fit-formality.ts --dry-run  # fit and print, write nothing
 *
 * Each file's ratings are z-scored separately (their scales differ: −3…3 and 1…7), and each file
 * weighs the same in the loss, so neither genre dominates. The ridge strength is picked by 2-fold
 * cross-validation inside the development half.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { FEATURE_COUNT, FEATURE_NAMES, sentenceFeatures } from '../lib/analysis/features';
import { evalDir, loadAnswers, loadSquinky, splitOf, type RatedSentence } from '../bench/formality';
import { spearman } from '../bench/stats';

const root = resolve(import.meta.dirname, '..');
const dry = process.argv.includes('--dry-run');

interface Row {
  x: Float64Array;
  y: number;
  w: number;
  set: string;
  fold: number;
  rating: number;
}

function rowsOf(items: RatedSentence[], set: string): Row[] {
  const dev = items.filter((s) => s.split === 'dev');
  const mean = dev.reduce((a, s) => a + s.rating, 0) / dev.length;
  const sd = Math.sqrt(dev.reduce((a, s) => a + (s.rating - mean) ** 2, 0) / dev.length);
  return dev.map((s) => ({
    x: sentenceFeatures(s.text),
    y: (s.rating - mean) / sd,
    w: 1 / dev.length,
    set,
    // A second, independent hash splits the development half for cross-validation.
    fold: splitOf(`cv:${s.id}`) === 'dev' ? 0 : 1,
    rating: s.rating,
  }));
}

/** Solve A x = b for a symmetric positive-definite A (Gaussian elimination, partial pivoting). */
function solve(A: number[][], b: number[]): number[] {
  const n = b.length;
  const M = A.map((r, i) => [...r, b[i]]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r][c]) > Math.abs(M[p][c])) p = r;
    [M[c], M[p]] = [M[p], M[c]];
    for (let r = c + 1; r < n; r++) {
      const f = M[r][c] / M[c][c];
      for (let k = c; k <= n; k++) M[r][k] -= f * M[c][k];
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = M[r][n];
    for (let k = r + 1; k < n; k++) s -= M[r][k] * x[k];
    x[r] = s / M[r][r];
  }
  return x;
}

function standardizer(rows: Row[]) {
  const mean = new Array<number>(FEATURE_COUNT).fill(0);
  const sd = new Array<number>(FEATURE_COUNT).fill(0);
  for (const r of rows) for (let j = 0; j < FEATURE_COUNT; j++) mean[j] += r.x[j] / rows.length;
  for (const r of rows) for (let j = 0; j < FEATURE_COUNT; j++) sd[j] += (r.x[j] - mean[j]) ** 2 / rows.length;
  for (let j = 0; j < FEATURE_COUNT; j++) sd[j] = Math.sqrt(sd[j]) || 1;
  return { mean, sd };
}

/** Weighted ridge on standardized features; the bias is not penalised. */
function fit(rows: Row[], lambda: number, st: { mean: number[]; sd: number[] }) {
  const d = FEATURE_COUNT + 1;
  const A = Array.from({ length: d }, () => new Array<number>(d).fill(0));
  const b = new Array<number>(d).fill(0);
  const z = new Array<number>(d);
  const wsum = rows.reduce((a, r) => a + r.w, 0);
  for (const r of rows) {
    for (let j = 0; j < FEATURE_COUNT; j++) z[j] = (r.x[j] - st.mean[j]) / st.sd[j];
    z[FEATURE_COUNT] = 1;
    const w = r.w / wsum;
    for (let i = 0; i < d; i++) {
      b[i] += w * z[i] * r.y;
      for (let k = i; k < d; k++) A[i][k] += w * z[i] * z[k];
    }
  }
  for (let i = 0; i < d; i++) for (let k = 0; k < i; k++) A[i][k] = A[k][i];
  for (let i = 0; i < FEATURE_COUNT; i++) A[i][i] += lambda / rows.length;
  const sol = solve(A, b);
  return { weights: sol.slice(0, FEATURE_COUNT), bias: sol[FEATURE_COUNT] };
}

function predict(m: { weights: number[]; bias: number }, st: { mean: number[]; sd: number[] }, x: Float64Array): number {
  let s = m.bias;
  for (let j = 0; j < FEATURE_COUNT; j++) s += m.weights[j] * ((x[j] - st.mean[j]) / st.sd[j]);
  return s;
}

const dir = evalDir(root);
if (!existsSync(dir)) {
  console.error(`evaluation data not found in ${dir} (expected ../shared/data/eval beside the repo); nothing fitted`);
  process.exit(1);
}
const rows = [...rowsOf(loadAnswers(dir), 'answers'), ...rowsOf(loadSquinky(dir), 'squinky')];

// Pick the ridge strength by 2-fold cross-validation inside the development half.
const lambdas = [1, 10, 100, 300, 1000, 3000, 10000];
let best = { lambda: lambdas[0], rho: -Infinity };
for (const lambda of lambdas) {
  const rhos: number[] = [];
  for (const fold of [0, 1]) {
    const train = rows.filter((r) => r.fold !== fold);
    const test = rows.filter((r) => r.fold === fold);
    const st = standardizer(train);
    const m = fit(train, lambda, st);
    for (const set of ['answers', 'squinky']) {
      const t = test.filter((r) => r.set === set);
      rhos.push(spearman(t.map((r) => predict(m, st, r.x)), t.map((r) => r.rating)));
    }
  }
  const rho = rhos.reduce((a, b) => a + b, 0) / rhos.length;
  console.log(`lambda ${lambda}: mean CV rho ${rho.toFixed(4)} (${rhos.map((r) => r.toFixed(3)).join(' ')})`);
  if (rho > best.rho) best = { lambda, rho };
}

const st = standardizer(rows);
const model = fit(rows, best.lambda, st);
const preds = rows.map((r) => predict(model, st, r.x));
const sd = Math.sqrt(preds.reduce((a, p) => a + (p - model.bias) ** 2, 0) / preds.length);
for (const set of ['answers', 'squinky']) {
  const idx = rows.map((r, i) => (r.set === set ? i : -1)).filter((i) => i >= 0);
  console.log(`${set}: dev rho ${spearman(idx.map((i) => preds[i]), idx.map((i) => rows[i].rating)).toFixed(4)}`);
}
const ranked = FEATURE_NAMES.map((n, j) => [n, model.weights[j]] as const).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]));
console.log(ranked.map(([n, w]) => `${n} ${w.toFixed(3)}`).join('\n'));

const r6 = (x: number) => Math.round(x * 1e6) / 1e6;
const out = {
  generatedBy: 'scripts/fit-formality.ts',
  trainedOn:
    'development half (splitOf in bench/formality.ts: a hash of the sentence id) of pavlick-tetreault-2016-answers.tsv and squinky-formality-7032.csv; ratings z-scored per file',
  model: 'ridge regression on standardized register features',
  lambda: best.lambda,
  cvRho: r6(best.rho),
  features: [...FEATURE_NAMES],
  mean: st.mean.map(r6),
  sd: st.sd.map(r6),
  weights: model.weights.map(r6),
  bias: r6(model.bias),
  /** Standard deviation of the prediction on the training rows: the unit of the tanh squashing. */
  predictionSd: r6(sd),
};
if (!dry) {
  writeFileSync(resolve(root, 'lib/analysis/formality-weights.json'), JSON.stringify(out, null, 1) + '\n');
  console.log('wrote lib/analysis/formality-weights.json');
}
