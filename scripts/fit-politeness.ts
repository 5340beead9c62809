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
 */
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { evalDir } from '../bench/formality';
import { heldApart, loadStanford, quartiles, SPLIT_SALT } from '../bench/multilingual-data';
import { spearman } from '../bench/stats';
import { STRATEGIES, STRATEGY_COUNT, strategyFeatures } from '../lib/analysis/politeness/strategies';
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
