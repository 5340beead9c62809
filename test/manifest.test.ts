/**
 * Minimum permissions, checked on the source of truth: the manifest that wxt.config.ts writes for
 * each browser, with the content scripts' real `matches`, against the allow-list in
 * test/security/manifest-check.mjs. The built manifests are checked by the same function in
 * test/e2e/security.e2e.mjs (after `npm run build` and `npm run build:firefox`).
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import config from '../wxt.config';
import { SUPPORTED_MATCHES } from '../lib/sites/matches';
import { checkManifest, parseCsp, permissionsUsedIn } from './security/manifest-check.mjs';

const root = resolve(__dirname, '..');

function filesUnder(dir: string, exts = /\.(ts|tsx|mjs|js)$/): string[] {
  let out: string[] = [];
  let entries: string[] = [];
  try {
    entries = readdirSync(dir);
  } catch {
    return out;
  }
  for (const e of entries) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) out = out.concat(filesUnder(p, exts));
    else if (exts.test(e)) out.push(p);
  }
  return out;
}

/** WXT's content-script entrypoints: content.ts, content/index.ts, <name>.content.ts, <name>.content/index.ts. */
function contentEntrypoints(): string[] {
  return filesUnder(join(root, 'entrypoints')).filter((f) => {
    const rel = relative(join(root, 'entrypoints'), f).replace(/\\/g, '/');
    return /^([^/]+\.)?content(\.tsx?|\/index\.tsx?)$/.test(rel);
  });
}

type ManifestFn = (env: { browser: string; manifestVersion: 2 | 3; mode: string; command: string }) => Record<string, unknown>;

async function authoredManifest(browser: 'chrome' | 'firefox', manifestVersion: 2 | 3) {
  const fn = config.manifest as unknown as ManifestFn;
  const base = typeof fn === 'function' ? fn({ browser, manifestVersion, mode: 'production', command: 'build' }) : (fn as Record<string, unknown>);
  const contentScripts = [];
  for (const file of contentEntrypoints()) {
    const def = (await import(pathToFileURL(file).href)).default as { matches?: string[]; world?: string };
    contentScripts.push({ matches: def.matches ?? [], js: [`content-scripts/${relative(join(root, 'entrypoints'), file)}.js`], world: def.world });
  }
  const manifest: Record<string, unknown> = { manifest_version: manifestVersion, ...base, content_scripts: contentScripts };
  // WXT turns the MV3 CSP object into MV2's string for Firefox MV2; do the same so one checker fits both.
  if (manifestVersion === 2) {
    const csp = base.content_security_policy as { extension_pages?: string } | undefined;
    manifest.content_security_policy = csp?.extension_pages;
    manifest.permissions = [...((base.permissions as string[]) ?? []), ...((base.host_permissions as string[]) ?? [])];
    delete manifest.host_permissions;
    manifest.optional_permissions = [...((base.optional_permissions as string[]) ?? []), ...((base.optional_host_permissions as string[]) ?? [])];
    delete manifest.optional_host_permissions;
  }
  return manifest;
}

const shippedSource = () =>
  [...filesUnder(join(root, 'entrypoints')), ...filesUnder(join(root, 'components'))].map((f) => readFileSync(f, 'utf8')).join('\n');

describe('the authored manifest asks for the minimum', () => {
  it('has at least one content script, and it runs only on supported sites', async () => {
    const files = contentEntrypoints();
    expect(files.length, 'a content-script entrypoint exists under entrypoints/').toBeGreaterThan(0);
    const m = await authoredManifest('chrome', 3);
    for (const cs of m.content_scripts as { matches: string[] }[]) {
      expect(cs.matches.length).toBeGreaterThan(0);
      for (const p of cs.matches) expect(SUPPORTED_MATCHES as readonly string[]).toContain(p);
    }
  });

  for (const [browser, mv] of [
    ['chrome', 3],
    ['firefox', 2],
    ['firefox', 3],
  ] as const) {
    it(`${browser} MV${mv}: no violation of the allow-list, and every permission is used`, async () => {
      const m = await authoredManifest(browser, mv);
      const violations = checkManifest(m, { supportedMatches: SUPPORTED_MATCHES, usedApis: permissionsUsedIn(shippedSource()) });
      expect(violations).toEqual([]);
    });
  }

  it('declares a CSP that forbids remote scripts and every network connection', async () => {
    const m = await authoredManifest('chrome', 3);
    const csp = parseCsp((m.content_security_policy as { extension_pages: string }).extension_pages);
    expect(csp['script-src']).toEqual(["'self'"]);
    expect(csp['connect-src']).toEqual(["'none'"]);
    // Everything not named (images, styles, fonts, frames, media) comes only from the package.
    expect(csp['default-src']).toEqual(["'self'"]);
  });
});

describe('the manifest checker catches each kind of overreach', () => {
  const good = {
    manifest_version: 3,
    permissions: ['storage'],
    content_scripts: [{ matches: ['https://mail.google.com/*'], js: ['content-scripts/content.js'] }],
    content_security_policy: { extension_pages: "default-src 'self'; script-src 'self'; object-src 'self'; connect-src 'none'" },
    background: { service_worker: 'background.js' },
  };
  const opts = { supportedMatches: SUPPORTED_MATCHES };
  const bad = (patch: Record<string, unknown>) => checkManifest({ ...good, ...patch }, opts);

  it('accepts a minimal manifest', () => {
    expect(checkManifest(good, opts)).toEqual([]);
  });

  it.each([
    ['<all_urls> host permission', { host_permissions: ['<all_urls>'] }, /<all_urls>/],
    ['an unsupported host', { host_permissions: ['https://evil.example/*'] }, /not a supported site/],
    ['the tabs permission', { permissions: ['storage', 'tabs'] }, /"tabs" is forbidden/],
    ['an unknown permission', { permissions: ['storage', 'bookmarks'] }, /not on the allow-list/],
    ['a content script on every site', { content_scripts: [{ matches: ['<all_urls>'], js: ['c.js'] }] }, /<all_urls>/],
    ['a content script in the MAIN world', { content_scripts: [{ matches: ['https://mail.google.com/*'], js: ['c.js'], world: 'MAIN' }] }, /MAIN world/],
    ['a remote content script', { content_scripts: [{ matches: ['https://mail.google.com/*'], js: ['https://cdn.example/c.js'] }] }, /remote code/],
    ['externally_connectable', { externally_connectable: { matches: ['https://mail.google.com/*'] } }, /externally_connectable/],
    ['unsafe-eval', { content_security_policy: { extension_pages: "script-src 'self' 'unsafe-eval'; connect-src 'none'" } }, /unsafe-eval/],
    ['a remote script source', { content_security_policy: { extension_pages: "script-src 'self' https://cdn.example; connect-src 'none'" } }, /cdn\.example/],
    ['network connections', { content_security_policy: { extension_pages: "script-src 'self'; connect-src https:" } }, /connect-src/],
    ['no CSP at all', { content_security_policy: undefined }, /no content security policy/],
    ['no default-src', { content_security_policy: { extension_pages: "script-src 'self'; object-src 'self'; connect-src 'none'" } }, /no default-src/],
    ['an HTML page exposed to web pages', { web_accessible_resources: [{ resources: ['sidepanel.html'], matches: ['https://mail.google.com/*'] }] }, /exposes/],
    ['resources exposed to every site', { web_accessible_resources: [{ resources: ['a.css'], matches: ['<all_urls>'] }] }, /not only to supported sites/],
    ['a remote service worker', { background: { service_worker: 'https://cdn.example/bg.js' } }, /remote code/],
    ['a persistent MV2 background', { manifest_version: 2, content_security_policy: "script-src 'self'; connect-src 'none'", background: { scripts: ['bg.js'], persistent: true } }, /persistent/],
  ])('rejects %s', (_label, patch, expected) => {
    const violations = bad(patch);
    expect(violations.join('\n')).toMatch(expected);
  });

  it('reports a permission that no code uses', () => {
    const v = checkManifest({ ...good, permissions: ['storage', 'alarms'] }, { ...opts, usedApis: permissionsUsedIn('browser.storage.local.get()') });
    expect(v).toEqual(['permission "alarms" is requested but no code calls its API']);
  });

  it('treats MV2 host patterns among the permissions as host permissions', () => {
    const v = checkManifest(
      { ...good, manifest_version: 2, content_security_policy: "script-src 'self'; connect-src 'none'", permissions: ['storage', 'https://*/*'] },
      opts,
    );
    expect(v.join('\n')).toMatch(/"https:\/\/\*\/\*" is not a supported site/);
  });
});
