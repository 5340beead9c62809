/**
 * Loaders and the dev / held-apart split for the multilingual development sets in
 * ../shared/data/eval (see SOURCES.md there): CoCoA-MT formal/informal translation pairs, Eder et
 * al.'s German formality sentences and the Stanford politeness requests.
 *
 * The split is a salted hash of each item's id (`heldApart`): deterministic, independent of file
 * order and of the text, reproducible from the salt alone. Fitting scripts read only items with
 * `split === 'dev'`; the bench reports both halves. German also reports leave-one-genre-out,
 * where a genre's sentences are scored by a model fitted on the other eight genres' dev items.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../lib/csv';

/** The salt of the split. Changing it changes every split below (and invalidates the fitted weights). */
export const SPLIT_SALT = 'glocal-14';

/** Share of items held apart from fitting. */
export const HELD_SHARE = 0.4;

export type Split = 'dev' | 'held-apart';

/** Deterministic split of an id: murmur-style mixing of an FNV-1a hash of salt + id. */
export function heldApart(id: string, salt = SPLIT_SALT, share = HELD_SHARE): Split {
  const s = `${salt}:${id}`;
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  h ^= h >>> 16;
  return (h >>> 0) / 0x100000000 < share ? 'held-apart' : 'dev';
}

export interface RegisterPair {
  id: string;
  lang: string;
  domain: string;
  formal: string;
  informal: string;
  split: Split;
}

export const COCOA_LANGS = ['de', 'es', 'fr', 'it', 'nl', 'pt'] as const;

/**
 * CoCoA-MT train pairs for one language. Pairs whose formal and informal references are identical
 * (the corpus has some) carry no register contrast and are left out.
 */
export function loadCocoa(dir: string, lang: string): RegisterPair[] {
  const sub = join(dir, 'cocoa-mt-train', `en-${lang}`);
  if (!existsSync(sub)) return [];
  const tag = lang === 'pt' ? 'ptpt' : lang;
  const out: RegisterPair[] = [];
  for (const domain of ['telephony', 'topical_chat']) {
    const base = join(sub, `formality-control.train.${domain}.en-${tag}`);
    const f = readFileSync(`${base}.formal.${lang}`, 'utf8').split('\n');
    const inf = readFileSync(`${base}.informal.${lang}`, 'utf8').split('\n');
    for (let i = 0; i < f.length; i++) {
      const a = f[i]?.trim();
      const b = inf[i]?.trim();
      if (!a || !b || a === b) continue;
      const id = `cocoa:${lang}:${domain}:${i}`;
      out.push({ id, lang, domain, formal: a, informal: b, split: heldApart(id) });
    }
  }
  return out;
}

export interface RatedGerman {
  id: string;
  genre: string;
  text: string;
  rating: number;
  split: Split;
}

/** Eder et al. 2023, nine genres, formality −1 … +1. */
export function loadEder(dir: string): RatedGerman[] {
  const file = join(dir, 'eder2023-de-dev.tsv');
  if (!existsSync(file)) return [];
  const out: RatedGerman[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n').slice(1)) {
    const [id, score, ...rest] = line.split('\t');
    const text = rest.join('\t').trim();
    const rating = Number(score);
    if (!id || !text || !Number.isFinite(rating)) continue;
    out.push({ id, genre: id.replace(/_\d+$/, ''), text, rating, split: heldApart(`eder:${id}`) });
  }
  return out;
}

export interface RatedRequest {
  id: string;
  text: string;
  /** Normalized politeness z-score from the five annotators. */
  rating: number;
  split: Split;
}

/** Stanford politeness, Stack Exchange requests. */
export function loadStanford(dir: string): RatedRequest[] {
  const file = join(dir, 'stanford-politeness-stackexchange.csv');
  if (!existsSync(file)) return [];
  const rows = parseCsv(readFileSync(file, 'utf8'));
  const head = rows[0];
  const iId = head.indexOf('Id');
  const iR = head.indexOf('Request');
  const iS = head.indexOf('Normalized Score');
  const out: RatedRequest[] = [];
  for (const r of rows.slice(1)) {
    if (r.length <= iS) continue;
    const rating = Number(r[iS]);
    if (!Number.isFinite(rating) || !r[iR]) continue;
    const id = `stanford:${r[iId]}`;
    out.push({ id, text: r[iR], rating, split: heldApart(id) });
  }
  return out;
}

/** Top and bottom quartile of a rated set, labelled 1 (polite) and 0 (impolite), as the paper evaluates. */
export function quartiles<T extends { rating: number }>(items: T[]): { item: T; label: 0 | 1 }[] {
  const sorted = [...items].sort((a, b) => a.rating - b.rating);
  const q = Math.floor(sorted.length / 4);
  return [...sorted.slice(0, q).map((item) => ({ item, label: 0 as const })), ...sorted.slice(sorted.length - q).map((item) => ({ item, label: 1 as const }))];
}
