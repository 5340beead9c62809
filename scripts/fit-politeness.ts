/**
 * Fits the politeness model: ridge regression from the shared strategy features
 * (lib/analysis/politeness/strategies.ts) to the Stanford politeness corpus's normalized scores
 * (Stack Exchange requests), development split only (bench/multilingual-data.ts). The features
 * are the same in every language — each language has its own lexicon for each strategy — so the
 * English weights score es, fr, ru, ko … requests too. Writes lib/analysis/models/politeness.json.
 *
 *   npx tsx scripts/fit-politeness.ts            # fit and write
 *   npx tsx scripts/fit-politeness.ts --dry-run  # fit and print
 *
 * The ridge strength is picked by 2-fold cross-validation inside the development split
 * (top-vs-bottom-quartile accuracy, as Danescu-Niculescu-Mizil et al. evaluate).
 *
 * English gets a second model on top (lib/analysis/models/politeness-en.json): the shared
 * model's strategy weights unchanged, plus weights for the request vocabulary of
 * lib/analysis/politeness/english.ts (function-word unigrams and bigrams, sentence-opening pairs),
 * ridge-fitted on what the shared model leaves unexplained in the development split; their
 * strength is picked by the same 2-fold quartile accuracy. The shared model is fitted without
 * those columns, so the other languages' scores do not move.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { evalDir } from '../bench/formality';
import { heldApart, loadStanford, quartiles, SPLIT_SALT } from '../bench/multilingual-data';
import { spearman } from '../bench/stats';
import { STRATEGIES, STRATEGY_COUNT, strategyFeatures } from '../lib/analysis/politeness/strategies';
import { requestGrams } from '../lib/analysis/politeness/english';
import { sentences } from '../lib/analysis/text';
import { fitRidge, predict, r6 } from './fit-lib';

const root = resolve(import.meta.dirname, '..');
const dry = process.argv.includes('--dry-run');
const dir = evalDir(root);
if (!existsSync(dir)) {
  console.error(`evaluation data not found in ${dir}; nothing fitted`);
  process.exit(1);
}
const dev = loadStanford(dir).filter((r) => r.split === 'dev');
const rows = dev.map((r) => ({
  x: strategyFeatures(sentences(r.text).map((s) => r.text.slice(s.start, s.end)), 'en'),
  s: new Int32Array(0),
  sScale: 1,
  y: r.rating,
  w: 1,
  fold: heldApart(`cv:${r.id}`, SPLIT_SALT, 0.5) === 'dev' ? 0 : 1,
}));
let best = { lambda: 0, acc: -1 };
for (const lambda of [0.01, 0.03, 0.1, 0.3, 1, 3]) {
  let ok = 0;
  let all = 0;
  for (const fold of [0, 1]) {
    const m = fitRidge(rows.filter((r) => r.fold !== fold), STRATEGY_COUNT, 0, lambda, 1);
    const q = quartiles(rows.filter((r) => r.fold === fold).map((r) => ({ ...r, rating: r.y })));
    ok += q.filter(({ item, label }) => (predict(m, item.x, item.s, 1) > 0 ? 1 : 0) === label).length;
    all += q.length;
  }
  console.log(`lambda ${lambda}: 2-fold CV quartile accuracy ${(ok / all).toFixed(4)}`);
  if (ok / all >= best.acc - 1e-9) best = { lambda, acc: ok / all };
}
const m = fitRidge(rows, STRATEGY_COUNT, 0, best.lambda, 1);
const preds = rows.map((r) => predict(m, r.x, r.s, 1));
const sd = Math.sqrt(preds.reduce((a, p) => a + (p - m.bias) ** 2, 0) / preds.length);
console.log(`dev rho ${spearman(preds, rows.map((r) => r.y)).toFixed(4)}, prediction sd ${sd.toFixed(4)}`);
console.log(STRATEGIES.map((n, j) => [n, m.dense[j]] as const).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1])).map(([n, w]) => `  ${n} ${w.toFixed(4)}`).join('\n'));
const out = {
  generatedBy: 'scripts/fit-politeness.ts',
  trainedOn: `stanford-politeness-stackexchange.csv, development split (heldApart, salt "${SPLIT_SALT}"), ${rows.length} requests; target: Normalized Score`,
  model: 'ridge regression on standardized, log1p-scaled politeness strategy counts (lib/analysis/politeness/strategies.ts)',
  lambda: best.lambda,
  cvQuartileAccuracy: r6(best.acc),
  features: [...STRATEGIES],
  mean: m.mean.map(r6),
  sd: m.sd.map(r6),
  weights: m.dense.map(r6),
  bias: r6(m.bias),
  predictionSd: r6(sd),
};
if (!dry) {
  writeFileSync(resolve(root, 'lib/analysis/models/politeness.json'), JSON.stringify(out, null, 1) + '\n');
  console.log('wrote lib/analysis/models/politeness.json');
}

// English: the shared model plus the request vocabulary's n-gram weights.
const MIN_TEXTS = 5;
const grams = dev.map((r) => sentences(r.text).flatMap((s) => requestGrams(r.text.slice(s.start, s.end))));
const df = new Map<string, number>();
for (const g of grams) for (const k of new Set(g)) df.set(k, (df.get(k) ?? 0) + 1);
const vocab = [...df].filter(([, n]) => n >= MIN_TEXTS).map(([k]) => k).sort();
const col = new Map(vocab.map((k, i) => [k, i]));
const sparseOf = (i: number) => Int32Array.from(grams[i].filter((g) => col.has(g)).map((g) => col.get(g)!));
const q = quartiles(dev.map((r, i) => ({ rating: r.rating, i })));
// The strategy weights stay the shared model's, so an English line and its translation are scored
// on the same scale; the n-grams are fitted to what the shared model leaves unexplained.
const shared = (i: number) => predict(m, rows[i].x, [], 1);
const resid = rows.map((r, i) => ({ x: new Float64Array(0), s: sparseOf(i), sScale: 1, y: r.y - shared(i), w: 1, fold: r.fold }));
let bestEn = { lambda: 0, acc: -1 };
for (const lambda of [0.01, 0.03, 0.1, 0.3, 1]) {
  let ok = 0;
  for (const fold of [0, 1]) {
    const mm = fitRidge(resid.filter((r) => r.fold !== fold), 0, vocab.length, 0, lambda, { noBias: true });
    ok += q.filter(({ item, label }) => rows[item.i].fold === fold && (shared(item.i) + predict(mm, resid[item.i].x, resid[item.i].s, 1) > 0 ? 1 : 0) === label).length;
  }
  const acc = ok / q.length;
  console.log(`English, sparse lambda ${lambda}: 2-fold CV quartile accuracy ${acc.toFixed(4)}`);
  if (acc > bestEn.acc + 1e-9) bestEn = { lambda, acc };
}
const en0 = fitRidge(resid, 0, vocab.length, 0, bestEn.lambda, { noBias: true });
const en = { ...m, sparse: en0.sparse };
const enPreds = rows.map((r, i) => predict(en, r.x, sparseOf(i), 1));
const enSd = Math.sqrt(enPreds.reduce((a, p) => a + (p - en.bias) ** 2, 0) / enPreds.length);
console.log(`English: dev rho ${spearman(enPreds, rows.map((r) => r.y)).toFixed(4)}, prediction sd ${enSd.toFixed(4)}, ${vocab.length} n-grams`);
const gramWeights: Record<string, number> = {};
vocab.forEach((k, i) => {
  const w = Math.round(en.sparse[i] * 1e4) / 1e4;
  if (w !== 0) gramWeights[k] = w;
});
const outEn = {
  generatedBy: 'scripts/fit-politeness.ts',
  trainedOn: `stanford-politeness-stackexchange.csv, development split (heldApart, salt "${SPLIT_SALT}"), ${rows.length} requests; target: Normalized Score minus the shared model's prediction`,
  model: 'the shared model (politeness.json, same strategy weights) plus ridge weights of request-vocabulary n-gram counts (lib/analysis/politeness/english.ts, in at least 5 dev requests); English only',
  denseLambda: best.lambda,
  sparseLambda: bestEn.lambda,
  cvQuartileAccuracy: r6(bestEn.acc),
  features: [...STRATEGIES],
  mean: en.mean.map(r6),
  sd: en.sd.map(r6),
  weights: en.dense.map(r6),
  bias: r6(en.bias),
  predictionSd: r6(enSd),
  grams: gramWeights,
};
if (!dry) {
  writeFileSync(resolve(root, 'lib/analysis/models/politeness-en.json'), JSON.stringify(outEn, null, 1) + '\n');
  console.log('wrote lib/analysis/models/politeness-en.json');
}
