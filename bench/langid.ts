/**
 * Language identification, side by side: franc-min, franc, franc restricted to the product's
 * languages, eld (extra-small), cld3-asm, and what Glocal ships (`detectLanguage`: email cleaning,
 * script rules, eld), alone and with a CLD3 hint as `browser.i18n.detectLanguage` would give it.
 *
 * Test text: test/fixtures/langid/tatoeba-sample.tsv (real Tatoeba sentences, CC BY 2.0 FR; not
 * the UDHR, on which franc is trained), plus word-boundary prefixes (≤ 20 characters) and joins of
 * consecutive sentences of one language (longer buckets). Figures: accuracy by length bucket,
 * µs per call, cold initialisation time (in a fresh Node process), and minified/gzipped size.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { franc as francFull } from 'franc';
import { franc as francMin } from 'franc-min';
import { eld } from 'eld/extrasmall';
import { loadModule } from 'cld3-asm';
import { detectLanguage, normalizeLang } from '../lib/locale/index';
import { timeIt } from './stats';
import type { BenchModule, Figure } from './types';

const require = createRequire(import.meta.url);

/** The languages Glocal's UI and analysis target (shared/LANGID.md), used for franc's `only`. */
const PRODUCT_LANGS_3 = ['eng', 'deu', 'fra', 'spa', 'ita', 'por', 'nld', 'swe', 'dan', 'nob', 'fin', 'pol', 'ces', 'rus', 'ukr', 'tur', 'arb', 'heb', 'pes', 'hin', 'jpn', 'cmn', 'kor', 'tha', 'vie', 'ind', 'zlm'];

export const BUCKETS = ['≤20', '21–50', '51–100', '101–200', '>200'] as const;
export type Bucket = (typeof BUCKETS)[number];

export function bucketOf(len: number): Bucket {
  if (len <= 20) return '≤20';
  if (len <= 50) return '21–50';
  if (len <= 100) return '51–100';
  if (len <= 200) return '101–200';
  return '>200';
}

export interface LangItem {
  lang: string;
  text: string;
}

/** Load the sample and derive the test items (sentences, short prefixes, joined runs). */
export function langidItems(root: string): LangItem[] {
  const rows = readFileSync(join(root, 'test/fixtures/langid/tatoeba-sample.tsv'), 'utf8')
    .split('\n')
    .filter((l) => l.includes('\t'))
    .map((l) => {
      const [lang, text] = l.split('\t');
      return { lang, text: text.trim() };
    });
  const byLang = new Map<string, string[]>();
  for (const r of rows) byLang.set(r.lang, [...(byLang.get(r.lang) ?? []), r.text]);
  const items: LangItem[] = [];
  for (const [lang, sentences] of byLang) {
    for (const s of sentences) {
      items.push({ lang, text: s });
      const p = prefix(s, 20);
      if (p && p !== s) items.push({ lang, text: p });
    }
    // Joined runs of 3, 6 and 10 consecutive sentences fill the longer buckets.
    for (const k of [3, 6, 10]) {
      for (let i = 0; i + k <= sentences.length; i += Math.max(2, Math.floor(k / 2))) {
        items.push({ lang, text: sentences.slice(i, i + k).join(lang === 'ja' || lang === 'zh' ? '' : ' ') });
      }
    }
  }
  return items;
}

/** The longest prefix of at most `max` characters cut at a word boundary (any point for CJK). */
function prefix(s: string, max: number): string | null {
  const chars = [...s];
  if (chars.length <= max) return null;
  if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(s)) return chars.slice(0, Math.ceil(max / 2)).join('');
  const cut = chars.slice(0, max + 1).join('');
  const i = cut.lastIndexOf(' ');
  return i >= 4 ? cut.slice(0, i) : null;
}

const aliases = require('cldr-core/supplemental/aliases.json').supplemental.metadata.alias.languageAlias as Record<
  string,
  { _replacement: string }
>;
/** franc's ISO 639-3 → our ISO 639-1 (`und` for anything without a two-letter code). */
export function iso3to1(code: string): string {
  if (code === 'und') return 'und';
  const r = aliases[code]?._replacement;
  return normalizeLang(r ?? code);
}

type Detector = { name: string; detect: (text: string) => string };

async function detectors(): Promise<Detector[]> {
  const cldFactory = await loadModule();
  const cld = cldFactory.create(0, 1000);
  const cldLang = (t: string) => {
    const r = cld.findLanguage(t);
    return r.language === 'und' ? 'und' : normalizeLang(r.language);
  };
  return [
    { name: 'franc-min', detect: (t) => iso3to1(francMin(t)) },
    { name: 'franc', detect: (t) => iso3to1(francFull(t)) },
    { name: 'franc (only product langs, minLength 3)', detect: (t) => iso3to1(francFull(t, { only: PRODUCT_LANGS_3, minLength: 3 })) },
    { name: 'eld extrasmall', detect: (t) => normalizeLang(eld.detect(t).language || 'und') },
    { name: 'cld3-asm', detect: cldLang },
    { name: 'glocal detectLanguage', detect: (t) => detectLanguage(t).lang },
    {
      name: 'glocal + CLD3 hint',
      detect: (t) => {
        const r = cld.findLanguage(t);
        return detectLanguage(t, { hint: { lang: r.language, reliable: r.is_reliable } }).lang;
      },
    },
  ];
}

/** Accuracy per length bucket and on 20–200 characters, for one detector. */
export function accuracy(items: LangItem[], detect: (t: string) => string) {
  const n: Record<string, number> = {};
  const ok: Record<string, number> = {};
  let n20_200 = 0;
  let ok20_200 = 0;
  for (const it of items) {
    const len = [...it.text].length;
    const b = bucketOf(len);
    const hit = detect(it.text) === normalizeLang(it.lang);
    n[b] = (n[b] ?? 0) + 1;
    if (hit) ok[b] = (ok[b] ?? 0) + 1;
    if (len >= 20 && len <= 200) {
      n20_200++;
      if (hit) ok20_200++;
    }
  }
  const byBucket = Object.fromEntries(BUCKETS.map((b) => [b, n[b] ? Math.round(((ok[b] ?? 0) / n[b]) * 1000) / 1000 : null]));
  return { byBucket, counts: n, acc20_200: Math.round((ok20_200 / n20_200) * 1000) / 1000 };
}

/** Cold start of a module in a fresh Node process, in ms (median of `runs`). */
function coldInit(root: string, code: string, runs: number): number | null {
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    try {
      const out = execFileSync(process.execPath, ['--input-type=module', '-e', `const t=performance.now();${code};console.log(performance.now()-t)`], {
        cwd: root,
        encoding: 'utf8',
        timeout: 60_000,
      });
      t.push(Number(out.trim().split('\n').pop()));
    } catch {
      return null;
    }
  }
  t.sort((a, b) => a - b);
  return Math.round(t[Math.floor(t.length / 2)]);
}

/** Minified and gzipped size of a bundle of `entry`, in KiB. */
async function bundleSize(root: string, contents: string): Promise<{ min: number; gzip: number } | null> {
  try {
    const esbuild = await import('esbuild');
    const r = await esbuild.build({
      stdin: { contents, resolveDir: root, loader: 'ts' },
      bundle: true,
      minify: true,
      write: false,
      format: 'esm',
      platform: 'browser',
      logLevel: 'silent',
    });
    const bytes = r.outputFiles[0].contents;
    return { min: Math.round(bytes.length / 1024), gzip: Math.round(gzipSync(bytes).length / 1024) };
  } catch {
    return null;
  }
}

export const langidBench: BenchModule = {
  name: 'langid',
  async run({ root, quick }) {
    const items = langidItems(root);
    const dets = await detectors();
    const input = `${items.length} items from test/fixtures/langid/tatoeba-sample.tsv: 525 Tatoeba sentences (CC BY 2.0 FR, via the Tatoeba Challenge test sets; not the UDHR) in 21 languages, plus ≤20-char word-boundary prefixes and joins of 3/6/10 consecutive sentences`;
    const acc: Record<string, ReturnType<typeof accuracy>> = {};
    const us: Record<string, number> = {};
    const timed = items.filter((_, i) => i % (quick ? 8 : 2) === 0);
    for (const d of dets) {
      acc[d.name] = accuracy(items, d.detect);
      const t = timeIt(() => { for (const it of timed) d.detect(it.text); }, { warmup: 2, runs: quick ? 3 : 10 });
      us[d.name] = Math.round((t.p50 * 1000) / timed.length);
    }
    const init: Record<string, number | null> = {
      'franc-min': coldInit(root, "await import('franc-min')", quick ? 1 : 3),
      franc: coldInit(root, "await import('franc')", quick ? 1 : 3),
      'eld extrasmall': coldInit(root, "await import('eld/extrasmall')", quick ? 1 : 3),
      'cld3-asm': coldInit(root, "const m=await import('cld3-asm');const f=await m.loadModule();f.create(0,1000)", quick ? 1 : 3),
    };
    const size: Record<string, { min: number; gzip: number } | null> = {
      'franc-min': await bundleSize(root, "export { franc } from 'franc-min';"),
      franc: await bundleSize(root, "export { franc } from 'franc';"),
      'eld extrasmall': await bundleSize(root, "export { eld } from 'eld/extrasmall';"),
      'cld3-asm': await bundleSize(root, "export { loadModule } from 'cld3-asm';"),
      'glocal detectLanguage': await bundleSize(root, "export { detectLanguage } from './lib/locale/detect';"),
    };
    const table = dets
      .map((d) => `${d.name}: ${BUCKETS.map((b) => `${b} ${fmt(acc[d.name].byBucket[b])}`).join(', ')}; 20–200 ${fmt(acc[d.name].acc20_200)}`)
      .join(' | ');
    const figures: Figure[] = [
      {
        key: 'langid_acc_by_len',
        value: Object.fromEntries(dets.map((d) => [d.name, { ...acc[d.name].byBucket, '20–200': acc[d.name].acc20_200 }])),
        display: table,
        input: `${input}; items per bucket ${JSON.stringify(acc[dets[0].name].counts)}`,
        baseline: 'franc-min (the issue #4 baseline)',
      },
      {
        key: 'langid_us',
        value: us,
        display: Object.entries(us).map(([k, v]) => `${k} ${v} µs`).join('; '),
        input: `${timed.length} of the items, p50 of ${quick ? 3 : 10} passes after warm-up, mean per call`,
        baseline: 'franc-min',
      },
      {
        key: 'langid_init_ms',
        value: init,
        display: Object.entries(init).map(([k, v]) => `${k} ${v ?? '–'} ms`).join('; '),
        input: 'cold import (and WASM load for cld3-asm) in a fresh Node process, median; an MV3 service worker pays this at every restart',
        baseline: 'franc-min',
      },
      {
        key: 'langid_bundle_kib',
        value: size,
        display: Object.entries(size).map(([k, v]) => `${k} ${v ? `${v.min}/${v.gzip}` : '–'} KiB min/gzip`).join('; '),
        input: 'esbuild bundle, minified, browser ESM (cld3-asm: JS only, the WASM is inlined)',
        baseline: 'franc-min',
      },
    ];
    return figures;
  },
};

function fmt(x: number | null): string {
  return x === null ? '–' : `${(x * 100).toFixed(1)}%`;
}
