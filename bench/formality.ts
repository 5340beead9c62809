/**
 * Formality scorer against human ratings: Pavlick & Tetreault's answers genre and SQUINKY
 * (see ../shared/data/SOURCES.md). Reports Spearman's rho of glocal's sentence formality beside
 * the sentence-length baseline on the same items, on the full file and on the held-out half
 * (the half `scripts/fit-formality.ts` never saw).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { scoreText } from '../lib/analysis/index';
import { parseCsv } from '../lib/csv';
import { spearman } from './stats';
import type { BenchModule, Figure } from './types';
import { cocoaFigure, ederFigure, mailFigure, modelSizeFigure } from './multilingual';

export interface RatedSentence {
  id: string;
  /** The sentence as a user would type it (PTB tokenization undone). */
  text: string;
  /** The sentence as the file stores it: the length baseline counts its tokens, as the published reference does. */
  raw: string;
  rating: number;
  /** 'dev' items may be used for fitting; 'held-out' items never are. */
  split: 'dev' | 'held-out';
}

/** FNV-1a over the sentence id: a split that does not depend on file order or on the text. */
export function splitOf(id: string): 'dev' | 'held-out' {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  // FNV's lowest bit is only the parity of the characters' low bits: mix before taking it.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  return (h >>> 7) % 2 === 0 ? 'dev' : 'held-out';
}

/**
 * Undo Penn-Treebank tokenization ("do n't" → "don't", " ." → "."), so the scorer sees text the
 * way a user types it rather than the way the corpus stored it.
 */
export function detokenizePtb(s: string): string {
  return s
    .replace(/ n't\b/g, "n't")
    .replace(/ ' (s|re|m|ll|ve|d)\b/gi, "'$1")
    .replace(/ '(s|re|m|ll|ve|d)\b/gi, "'$1")
    .replace(/`` ?/g, '"')
    .replace(/ ?''/g, '"')
    .replace(/ -LRB- ?/g, ' (')
    .replace(/ ?-RRB-/g, ')')
    .replace(/\( /g, '(')
    .replace(/ \)/g, ')')
    .replace(/ ([.,!?;:%])(?=\s|$|[.,!?;:])/g, '$1')
    .replace(/\$ (?=\d)/g, '$')
    .trim();
}

export function evalDir(root: string): string {
  return resolve(root, '..', 'shared', 'data', 'eval');
}

/** The answers file: mean rating in column 1, sentence id in column 3, PTB text in column 4. */
export function loadAnswers(dir: string): RatedSentence[] {
  const out: RatedSentence[] = [];
  for (const line of readFileSync(join(dir, 'pavlick-tetreault-2016-answers.tsv'), 'utf8').split('\n')) {
    const cols = line.split('\t');
    if (cols.length < 4) continue;
    const rating = Number(cols[0]);
    if (!Number.isFinite(rating)) continue;
    out.push({ id: cols[2], text: detokenizePtb(cols[3]), raw: cols[3], rating, split: splitOf(cols[2]) });
  }
  return out;
}

/** SQUINKY: the list numbers fused to some first words ("10In High Bay …") are removed. */
export function loadSquinky(dir: string): RatedSentence[] {
  const rows = parseCsv(readFileSync(join(dir, 'squinky-formality-7032.csv'), 'utf8'));
  const head = rows[0];
  const iId = head.indexOf('Sentence ID');
  const iF = head.indexOf('Formality');
  const iS = head.indexOf('Actual sentence');
  const out: RatedSentence[] = [];
  for (const r of rows.slice(1)) {
    if (r.length <= iS) continue;
    const rating = Number(r[iF]);
    if (!Number.isFinite(rating)) continue;
    const id = `squinky-${r[iId]}`;
    const text = r[iS].replace(/^\d+(?=\p{Lu}\p{Ll})/u, '').trim();
    out.push({ id, text, raw: text, rating, split: splitOf(id) });
  }
  return out;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

function rhoFigure(key: string, name: string, items: RatedSentence[], file: string): Figure {
  const score = (s: RatedSentence) => scoreText(s.text, 'en').scores.formality;
  const length = (s: RatedSentence) => s.raw.split(/\s+/).filter(Boolean).length;
  const rho = (subset: RatedSentence[], f: (s: RatedSentence) => number) =>
    round(spearman(subset.map(f), subset.map((s) => s.rating)));
  const held = items.filter((s) => s.split === 'held-out');
  const value = {
    glocal: rho(items, score),
    length_baseline: rho(items, length),
    glocal_held_out: rho(held, score),
    length_baseline_held_out: rho(held, length),
    n: items.length,
    n_held_out: held.length,
  };
  return {
    key,
    value,
    display: `${name}: rho ${value.glocal} (held-out ${value.glocal_held_out}) vs length ${value.length_baseline}`,
    input: `${file}, ${items.length} sentences (held-out half: ${held.length}, split by a hash of the sentence id)`,
    baseline: `sentence length in tokens (as stored in the file) on the same items: ${value.length_baseline}`,
  };
}

/** Share of contrastive T–V / honorific pairs (test/analysis/fixtures) where the formal one scores higher. */
function pairsFigure(root: string): Figure {
  const file = join(root, 'test', 'analysis', 'fixtures', 'register-pairs.json');
  const pairs = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Array<{ formal: string; informal: string }> | string>;
  const value: Record<string, string> = {};
  let ok = 0;
  let all = 0;
  for (const [lang, list] of Object.entries(pairs)) {
    if (typeof list === 'string') continue;
    const good = list.filter((p) => scoreText(p.formal, lang).scores.formality > scoreText(p.informal, lang).scores.formality).length;
    value[lang] = `${good}/${list.length}`;
    ok += good;
    all += list.length;
  }
  return {
    key: 'formality_tv_pairs',
    value,
    display: `${ok}/${all} formal > informal (${Object.entries(value).map(([l, v]) => `${l} ${v}`).join(', ')})`,
    input: 'test/analysis/fixtures/register-pairs.json: the same sentence formal and informal, incl. pro-drop pairs',
    baseline: 'chance: half the pairs',
  };
}

export const formality: BenchModule = {
  name: 'formality',
  async run({ root }) {
    const dir = evalDir(root);
    const missing = ['pavlick-tetreault-2016-answers.tsv', 'squinky-formality-7032.csv'].filter((f) => !existsSync(join(dir, f)));
    if (missing.length) {
      const msg = `evaluation data not found: ${missing.join(', ')} in ${dir} (expected ../shared/data/eval beside the repo)`;
      const skipped: Figure[] = ['formality_rho_answers', 'formality_rho_squinky'].map((key) => ({
        key,
        value: { error: msg },
        display: `skipped: ${msg}`,
        input: dir,
        baseline: 'n/a',
      }));
      return existsSync(join(root, 'test', 'analysis', 'fixtures', 'register-pairs.json')) ? [...skipped, pairsFigure(root)] : skipped;
    }
    return [
      rhoFigure('formality_rho_answers', 'answers', loadAnswers(dir), 'pavlick-tetreault-2016-answers.tsv'),
      rhoFigure('formality_rho_squinky', 'SQUINKY', loadSquinky(dir), 'squinky-formality-7032.csv'),
      pairsFigure(root),
      ...(existsSync(join(dir, 'eder2023-de-dev.tsv')) ? [ederFigure(dir)] : []),
      ...(existsSync(join(dir, 'cocoa-mt-train')) ? [cocoaFigure(dir)] : []),
      mailFigure(root),
      modelSizeFigure(root),
    ];
  },
};
