/**
 * The static checks of test/security/static.test.ts, run over the *built* bundle (.output/…):
 * what ships is minified and includes every dependency, so a sink that a library brings in, or
 * that a build step adds, shows up here and not in the sources. Used by
 * test/e2e/security.e2e.mjs › built bundle; the scanner itself is tested in bundle-scan.test.ts.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Sinks and channels nothing shipped may contain. */
export const FORBIDDEN = [
  [/\.innerHTML\s*\+?=/, 'innerHTML assignment'],
  [/\.outerHTML\s*\+?=/, 'outerHTML assignment'],
  [/\binsertAdjacentHTML\b/, 'insertAdjacentHTML'],
  [/\bdocument\.write(ln)?\s*\(/, 'document.write'],
  [/\bcreateContextualFragment\b/, 'createContextualFragment'],
  [/(^|[^.\w$])eval\s*\(/, 'eval'],
  [/\bnew\s+Function\s*\(/, 'new Function'],
  [/\bset(Timeout|Interval)\s*\(\s*["'`]/, 'string timer'],
  [/addEventListener\(\s*["'`]message["'`]/, 'message listener'],
  [/\b(window|self|globalThis|top|parent|opener)\.onmessage\s*=/, 'window onmessage handler'],
  [/\b(window|self|globalThis|top|parent|opener|contentWindow)\.postMessage\s*\(/, 'postMessage to a window'],
  [/\bonMessageExternal\b|\bonConnectExternal\b/, 'external messaging'],
  [/\b(fetch|importScripts)\s*\(\s*["'`]https?:/, 'remote load'],
];

/**
 * Reviewed exceptions, each matched against the code around the hit. Every one must still be
 * found (a stale entry is reported), so the list cannot grow into a blanket pass.
 */
export const REVIEWED = [
  {
    id: 'inert-srcdoc',
    code: /documentElement\.innerHTML=\w+\.replace\(\/\^<!doctype\[\^>\]\*>\/i,/,
    why: 'lib/sites/dom.ts parses an editor frame’s srcdoc into a document from createHTMLDocument (no browsing context: nothing runs or loads)',
  },
  {
    id: 'react-script-shim',
    code: /\.innerHTML=`<script><\\\/script>`/,
    why: 'React DOM creates <script> elements through a constant string; no page text reaches it',
  },
  {
    id: 'react-dangerously-set',
    code: /__html!==\w+&&\(\w+\.innerHTML=\w+\)/,
    why: 'React DOM’s dangerouslySetInnerHTML sink: the sources never pass that prop (static.test.ts)',
  },
  {
    id: 'wxt-announcement-off',
    code: /\.noScriptStartedPostMessage\|\|window\.postMessage\(/,
    why: 'WXT’s content-script-started announcement, switched off by noScriptStartedPostMessage in entrypoints/content/index.ts (the hostile-page e2e proves the page gets no message)',
  },
];

function files(dir) {
  let out = [];
  for (const n of readdirSync(dir)) {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) out = out.concat(files(p));
    else if (/\.(js|mjs|html)$/.test(n)) out.push(p);
  }
  return out;
}

/** Scan one file's text; `used` collects the reviewed exceptions that matched. */
export function scanText(name, text, used = new Set()) {
  const hits = [];
  for (const [re, what] of FORBIDDEN) {
    const g = new RegExp(re.source, 'g');
    for (const m of text.matchAll(g)) {
      const around = text.slice(Math.max(0, m.index - 80), m.index + m[0].length + 80);
      const ok = REVIEWED.find((r) => r.code.test(around));
      if (ok) {
        used.add(ok.id);
        continue;
      }
      hits.push(`${name}: ${what}: …${around.replace(/\s+/g, ' ').slice(0, 200)}…`);
    }
  }
  return hits;
}

/** Scan a built extension directory: `{ files, hits, stale }`. */
export function scanBundle(dir) {
  const used = new Set();
  const list = files(dir);
  const hits = list.flatMap((f) => scanText(relative(dir, f), readFileSync(f, 'utf8'), used));
  return { files: list.length, hits, stale: REVIEWED.filter((r) => !used.has(r.id)).map((r) => r.id) };
}
