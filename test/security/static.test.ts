/**
 * Trustworthy by construction, checked on the source that ships (entrypoints/, components/, lib/):
 * no API that can reach the network, no way to turn page text into HTML or code, and no remote
 * script in the extension's HTML. The e2e tests prove the runtime side; this catches a regression
 * at review time, with the file and line.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const root = resolve(__dirname, '..', '..');
const SHIPPED = ['entrypoints', 'components', 'lib'];

function files(dir: string, re: RegExp): string[] {
  let out: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return out;
  }
  for (const n of names) {
    const p = join(dir, n);
    if (n === 'node_modules' || n === 'generated') continue;
    if (statSync(p).isDirectory()) out = out.concat(files(p, re));
    else if (re.test(n)) out.push(p);
  }
  return out;
}

/** Remove comments, so a comment that explains why there is no fetch() does not count. */
function code(src: string): string {
  return src.replace(/\/\*[\s\S]*?\*\//g, (m) => m.replace(/[^\n]/g, ' ')).replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

/**
 * Reviewed exceptions: a file, the exact code, and why it is safe. Each must still be present
 * (a stale entry fails), so the list cannot silently grow into a blanket pass.
 */
const REVIEWED: { file: string; code: RegExp; why: string }[] = [
  {
    file: 'lib/sites/dom.ts',
    code: /^inert\.documentElement\.innerHTML = srcdoc\.replace\(\/\^<!doctype\[\^>\]\*>\/i, ''\);$/,
    why: 'parses an editor frame\'s srcdoc into a document from createHTMLDocument, which has no browsing context (the DOMPurify technique): no script runs and nothing loads; it is only queried',
  },
];
const reviewedUsed = new Set<number>();

function findAll(patterns: [RegExp, string][], exts = /\.(ts|tsx|js|mjs)$/): string[] {
  const hits: string[] = [];
  for (const dir of SHIPPED) {
    for (const f of files(join(root, dir), exts)) {
      // The CLI runs in Node on the user's own files; it is never part of the extension.
      if (relative(root, f).startsWith(join('lib', 'cli'))) continue;
      const lines = code(readFileSync(f, 'utf8')).split('\n');
      lines.forEach((line, i) => {
        const rel = relative(root, f).replace(/\\/g, '/');
        const ok = REVIEWED.findIndex((r) => r.file === rel && r.code.test(line.trim()));
        if (ok >= 0) {
          reviewedUsed.add(ok);
          return;
        }
        for (const [re, why] of patterns) if (re.test(line)) hits.push(`${relative(root, f)}:${i + 1}: ${why}: ${line.trim().slice(0, 120)}`);
      });
    }
  }
  return hits;
}

describe('the shipped source', () => {
  it('has source files to check', () => {
    expect(files(join(root, 'entrypoints'), /\.(ts|tsx)$/).length).toBeGreaterThan(0);
    expect(files(join(root, 'lib'), /\.ts$/).length).toBeGreaterThan(10);
  });

  it('calls no network API', () => {
    expect(
      findAll([
        [/\bfetch\s*\(/, 'fetch'],
        [/\bXMLHttpRequest\b/, 'XMLHttpRequest'],
        [/\bWebSocket\b/, 'WebSocket'],
        [/\bEventSource\b/, 'EventSource'],
        [/\bsendBeacon\b/, 'sendBeacon'],
        [/\bRTCPeerConnection\b/, 'WebRTC'],
        [/\bimportScripts\s*\(/, 'importScripts'],
        [/\bimport\s*\(\s*['"`]https?:/, 'remote import'],
        [/\bfrom\s+['"]https?:/, 'remote import'],
        [/\.src\s*=\s*['"`]https?:/, 'remote resource'],
        [/\bwindow\.open\s*\(/, 'opens a window'],
      ]),
    ).toEqual([]);
  });

  it('never turns text into HTML or code', () => {
    expect(
      findAll([
        [/dangerouslySetInnerHTML/, 'dangerouslySetInnerHTML'],
        [/\.innerHTML\s*\+?=/, 'innerHTML assignment'],
        [/\.outerHTML\s*\+?=/, 'outerHTML assignment'],
        [/\binsertAdjacentHTML\b/, 'insertAdjacentHTML'],
        [/\bdocument\.write(ln)?\s*\(/, 'document.write'],
        [/\bcreateContextualFragment\b/, 'createContextualFragment'],
        [/\.srcdoc\s*=/, 'srcdoc'],
        [/(^|[^.\w])eval\s*\(/, 'eval'],
        [/\bnew\s+Function\s*\(/, 'new Function'],
        [/\bset(Timeout|Interval)\s*\(\s*['"`]/, 'string timer'],
        [/\bexecuteScript\b[\s\S]*\bcode\s*:/, 'executeScript with code'],
        [/['"]javascript:/i, 'javascript: URL'],
      ]),
    ).toEqual([]);
  });

  it('opens no channel a page could talk through', () => {
    // A page can post messages and dispatch events to the content script's window; nothing may listen.
    expect(
      findAll([
        [/addEventListener\(\s*['"`]message['"`]/, 'window message listener'],
        [/\.onmessage\s*=/, 'onmessage handler'],
        [/\bpostMessage\s*\(/, 'postMessage'],
        [/\bonMessageExternal\b|\bonConnectExternal\b/, 'external messaging'],
        [/\bexternally_connectable\b/, 'externally_connectable'],
      ]),
    ).toEqual([]);
  });

  it('has no stale reviewed exception', () => {
    findAll([]);
    expect(REVIEWED.filter((_r, i) => !reviewedUsed.has(i)).map((r) => r.file)).toEqual([]);
  });

  it('loads no remote script or style in the extension pages', () => {
    const hits: string[] = [];
    for (const f of files(join(root, 'entrypoints'), /\.html$/)) {
      const html = readFileSync(f, 'utf8');
      for (const m of html.matchAll(/<(script|link|img|iframe)\b[^>]*\b(src|href)\s*=\s*["']?\s*(https?:|\/\/)/gi)) hits.push(`${relative(root, f)}: ${m[0]}`);
      if (/<script\b(?![^>]*\bsrc=)[^>]*>\s*\S/i.test(html)) hits.push(`${relative(root, f)}: inline script (blocked by the CSP, and a sign of copied code)`);
    }
    expect(hits).toEqual([]);
  });
});

describe('the scanner itself', () => {
  it('ignores comments but not code', () => {
    expect(code('// we never fetch(url)\nconst a = 1;')).not.toMatch(/fetch/);
    expect(code('/* innerHTML = x */ el.textContent = x;')).not.toMatch(/innerHTML/);
    expect(code('el.innerHTML = x; // set')).toMatch(/innerHTML/);
    expect(code("const u = 'https://x.example/a';")).toMatch(/https:\/\/x\.example/);
  });
});
