/**
 * Register, German formality, politeness and whole-mail figures for #14, each beside a length
 * baseline, on the dev / held-apart split of bench/multilingual-data.ts (fitting scripts read only
 * the dev half). Used by bench/formality.ts and bench/politeness.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { scoreText } from '../lib/analysis/index';
import { DE_FEATURE_COUNT, germanFeatures } from '../lib/analysis/style-de';
import deModel from '../lib/analysis/models/formality-de.json';
import { fitRidge, predict } from '../scripts/fit-lib';
import { COCOA_LANGS, HELD_SHARE, loadCocoa, loadEder, loadStanford, quartiles, SPLIT_SALT, type Split } from './multilingual-data';
import { spearman } from './stats';
import type { Figure } from './types';
import { cocoaSourcePairs, rawPolitenessZ } from './politeness-transfer';

const r3 = (x: number) => Math.round(x * 1000) / 1000;
const nWords = (t: string) => t.split(/\s+/).filter(Boolean).length;
const splitNote = () => `split: heldApart() in bench/multilingual-data.ts, salt "${SPLIT_SALT}", ${Math.round(HELD_SHARE * 100)}% held apart`;

/** CoCoA-MT: share of pairs whose formal translation scores strictly higher (ties fail). */
export function cocoaFigure(dir: string): Figure {
  const value: Record<string, unknown> = {};
  const parts: string[] = [];
  for (const lang of COCOA_LANGS) {
    const pairs = loadCocoa(dir, lang);
    const acc = (split: Split, f: (t: string) => number) => {
      const ps = pairs.filter((p) => p.split === split);
      return r3(ps.filter((p) => f(p.formal) > f(p.informal)).length / Math.max(1, ps.length));
    };
    const score = (t: string) => scoreText(t, lang).scores.formality;
    value[lang] = {
      dev: acc('dev', score),
      held_apart: acc('held-apart', score),
      length_held_apart: acc('held-apart', nWords),
      n_held_apart: pairs.filter((p) => p.split === 'held-apart').length,
    };
    parts.push(`${lang} ${(value[lang] as { held_apart: number }).held_apart}`);
  }
  return {
    key: 'register_pairs_cocoa',
    value,
    display: `formal > informal, held-apart: ${parts.join(', ')}`,
    input: `cocoa-mt-train/ (pairs with identical references left out); ${splitNote()}`,
    baseline: 'the formal translation has more words (length); chance 0.5',
  };
}

/** Eder et al. German formality: the full scorer on dev and held-apart, and leave-one-genre-out. */
export function ederFigure(dir: string): Figure {
  const items = loadEder(dir);
  const rho = (xs: typeof items, f: (t: string) => number) => r3(spearman(xs.map((x) => f(x.text)), xs.map((x) => x.rating)));
  const score = (t: string) => scoreText(t, 'de').scores.formality;
  const dev = items.filter((x) => x.split === 'dev');
  const held = items.filter((x) => x.split === 'held-apart');
  // Leave one genre out: refit the style model on the other genres' dev items (same lambda as the
  // shipped model), score the left-out genre, and compare within that genre.
  const feats = items.map((x) => germanFeatures(x.text));
  const genres = [...new Set(items.map((x) => x.genre))].sort();
  const perGenre: Record<string, { model: number; length: number }> = {};
  let sm = 0;
  let sl = 0;
  for (const g of genres) {
    const train = items.map((x, i) => ({ x: feats[i], s: new Int32Array(0), sScale: 1, y: x.rating, w: 1, it: x })).filter((r) => r.it.split === 'dev' && r.it.genre !== g);
    const m = fitRidge(train, DE_FEATURE_COUNT, 0, deModel.lambda, 1);
    const idx = items.map((x, i) => (x.genre === g ? i : -1)).filter((i) => i >= 0);
    const model = r3(spearman(idx.map((i) => predict(m, feats[i], [], 1)), idx.map((i) => items[i].rating)));
    const length = r3(spearman(idx.map((i) => nWords(items[i].text)), idx.map((i) => items[i].rating)));
    perGenre[g] = { model, length };
    sm += model;
    sl += length;
  }
  const value = {
    dev: rho(dev, score),
    held_apart: rho(held, score),
    length_dev: rho(dev, nWords),
    length_held_apart: rho(held, nWords),
    leave_one_genre_out_mean: r3(sm / genres.length),
    leave_one_genre_out_length_mean: r3(sl / genres.length),
    per_genre: perGenre,
    n_dev: dev.length,
    n_held_apart: held.length,
  };
  return {
    key: 'formality_rho_de_eder',
    value,
    display: `German: rho dev ${value.dev}, held-apart ${value.held_apart} (length ${value.length_dev} / ${value.length_held_apart}); leave-one-genre-out within-genre ${value.leave_one_genre_out_mean} vs length ${value.leave_one_genre_out_length_mean}`,
    input: `eder2023-de-dev.tsv, nine genres; ${splitNote()}; leave-one-genre-out refits the style model on the other eight genres' dev items`,
    baseline: 'sentence length in words on the same items',
  };
}

/** Stanford politeness: top-vs-bottom quartile accuracy (sign of the score) and Spearman. */
export function stanfordFigure(dir: string): Figure {
  const items = loadStanford(dir);
  const part = (split: Split) => {
    const xs = items.filter((x) => x.split === split);
    const pol = xs.map((x) => scoreText(x.text, 'en').scores.politeness);
    const len = xs.map((x) => nWords(x.text));
    const q = quartiles(xs.map((x, i) => ({ rating: x.rating, pol: pol[i], len: len[i] })));
    const medLen = [...len].sort((a, b) => a - b)[len.length >> 1];
    return {
      quartile_accuracy: r3(q.filter(({ item, label }) => (item.pol > 0 ? 1 : 0) === label).length / q.length),
      length_quartile_accuracy: r3(q.filter(({ item, label }) => (item.len > medLen ? 1 : 0) === label).length / q.length),
      rho: r3(spearman(pol, xs.map((x) => x.rating))),
      length_rho: r3(spearman(len, xs.map((x) => x.rating))),
      n: xs.length,
    };
  };
  const value = { dev: part('dev'), held_apart: part('held-apart') };
  return {
    key: 'politeness_stanford',
    value,
    display: `politeness, Stack Exchange held-apart: quartile accuracy ${value.held_apart.quartile_accuracy} (length ${value.held_apart.length_quartile_accuracy}), rho ${value.held_apart.rho} (length ${value.held_apart.length_rho}); dev ${value.dev.quartile_accuracy} / ${value.dev.rho}`,
    input: `stanford-politeness-stackexchange.csv, ${items.length} requests; ${splitNote()}; quartiles of the Normalized Score, score > 0 read as polite`,
    baseline: 'request length in words (longer = polite, cut at the median)',
  };
}

/** Hand-written whole mails: sign agreement of the draft formality with the label. */
export function mailFigure(root: string): Figure {
  const file = join(root, 'test', 'analysis', 'fixtures', 'emails.json');
  const mails = (JSON.parse(readFileSync(file, 'utf8')) as { mails: { split: string; lang: string; label: string; text: string }[] }).mails;
  const agree = (split: string) => {
    const ms = mails.filter((m) => m.split === split);
    return `${ms.filter((m) => (scoreText(m.text, m.lang).scores.formality > 0) === (m.label === 'formal')).length}/${ms.length}`;
  };
  const value = { dev: agree('dev'), held_apart: agree('held-apart') };
  return {
    key: 'formality_mail_sign',
    value,
    display: `whole mails: formality sign agrees with the label, dev ${value.dev}, held-apart ${value.held_apart}`,
    input: 'test/analysis/fixtures/emails.json (hand-written formal and chatty mails in en, de, fr, es; the dev half calibrates MAIL_OFFSET)',
    baseline: 'chance 1/2',
  };
}

/** gzip size of every fitted model and lexicon the analyser ships. */
export function modelSizeFigure(root: string): Figure {
  const base = join(root, 'lib', 'analysis');
  const files = [join(base, 'formality-weights.json'), ...readdirSync(join(base, 'models')).map((f) => join(base, 'models', f)), join(base, 'politeness', 'strategies.ts'), join(base, 'politeness', 'english.ts'), join(base, 'style-de.ts')].filter(existsSync);
  const sizes: Record<string, number> = {};
  let total = 0;
  for (const f of files) {
    const n = gzipSync(readFileSync(f), { level: 9 }).length;
    sizes[f.slice(base.length + 1)] = n;
    total += n;
  }
  return {
    key: 'analysis_models_gzip_bytes',
    value: { total, files: sizes },
    display: `language models and lexicons: ${(total / 1024).toFixed(1)} KB gzip (budget 300 KB)`,
    input: 'lib/analysis/formality-weights.json, lib/analysis/models/*, politeness/strategies.ts and english.ts, style-de.ts (gzip -9 each)',
    baseline: 'budget: 300 KB gzip',
  };
}

/**
 * CPU time of analyzeDraft on a 2,000-character mail (process.cpuUsage per call), p50 and p95:
 * unlike wall-clock time it does not count the time the process waits for a core, so it stays
 * meaningful on a loaded machine. analyze_p95_ms (bench/analyze.ts) is the wall-clock figure.
 */
export function cpuTimeFigure(analyze: (draft: string) => unknown): Figure {
  const base =
    'Dear Mr. Smith,\n\nThank you for your email. I have attached the revised contract for your review. Could you please let me know if you have any questions? We need the signed copy ASAP, otherwise the delivery slips.\n';
  let d = base;
  while (d.length < 2000) d += 'The numbers for the third quarter look good, but please check the invoice again before Friday. ';
  d = d.slice(0, 2000) + '\n\nBest regards,\nAnna';
  for (let i = 0; i < 50; i++) analyze(d);
  const t: number[] = [];
  for (let i = 0; i < 400; i++) {
    const c = process.cpuUsage();
    analyze(d);
    const u = process.cpuUsage(c);
    t.push((u.user + u.system) / 1000);
  }
  t.sort((a, b) => a - b);
  const value = { p50: r3(t[Math.floor(t.length * 0.5)]), p95: r3(t[Math.floor(t.length * 0.95)]), runs: t.length, chars: d.length };
  return {
    key: 'analyze_cpu_ms_2k',
    value,
    display: `2k-char mail: ${value.p50} ms CPU p50, ${value.p95} ms p95 (target p95 ≤ 5)`,
    input: 'analyzeDraft on a synthetic 2,000-character English mail, 400 runs after 50 warm-up runs, process.cpuUsage per call',
    baseline: 'target: p95 ≤ 5 ms',
  };
}

/**
 * Transfer of the politeness model to languages without rated data: the same CoCoA-MT lines in
 * English and in each language's informal translation (the register closest to English "you")
 * should get similar politeness. Reports Spearman between the two and the share of lines whose
 * sign agrees, on all lines (nothing here was fitted on these lines' politeness).
 */
export function politenessTransferFigure(dir: string): Figure {
  const value: Record<string, { rho: number; sign_agreement: number; sign_agreement_model: number; sign_agreement_no_offset: number; median_gap: number; median_gap_no_offset: number; n: number }> = {};
  const med = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return s.length ? s[Math.floor(s.length / 2)] : 0;
  };
  for (const lang of COCOA_LANGS) {
    // Held apart: the per-language zero points (scripts/fit-politeness-offsets.ts) saw only the dev half.
    const pairs = cocoaSourcePairs(dir, lang).filter((p) => p.split === 'held-apart');
    if (!pairs.length) continue;
    const pe = pairs.map((p) => scoreText(p.en, 'en').scores.politeness);
    const pt = pairs.map((p) => scoreText(p.informal, lang).scores.politeness);
    const ze = pairs.map((p) => rawPolitenessZ(p.en, 'en'));
    const zr = pairs.map((p) => rawPolitenessZ(p.informal, lang));
    const zo = pairs.map((p) => rawPolitenessZ(p.informal, lang, true));
    const agree = (a: number[], b: number[]) => r3(a.filter((v, i) => v > 0 === b[i] > 0).length / Math.max(1, a.length));
    value[lang] = {
      rho: r3(spearman(pe, pt)),
      sign_agreement: agree(pe, pt),
      sign_agreement_model: agree(ze, zo),
      sign_agreement_no_offset: agree(ze, zr),
      median_gap: r3(med(zo.map((v, i) => v - ze[i]))),
      median_gap_no_offset: r3(med(zr.map((v, i) => v - ze[i]))),
      n: pairs.length,
    };
  }
  return {
    key: 'politeness_transfer_cocoa',
    value,
    display: `politeness, English line vs its translation (held-apart): ${Object.entries(value).map(([l, v]) => `${l} rho ${v.rho} / sign ${v.sign_agreement} (model ${v.sign_agreement_model}, without the zero point ${v.sign_agreement_no_offset}; median gap ${v.median_gap} vs ${v.median_gap_no_offset})`).join(', ')}`,
    input: 'cocoa-mt-train/: English source lines and their informal translations (same content, other language); held-apart half (heldApart ids as loadCocoa); per-language zero points fitted on the dev half',
    baseline: 'chance: rho 0, sign agreement about 0.5; the model without the per-language zero point',
  };
}
