/**
 * A pure check of an extension manifest against Glocal's allow-list. It takes a manifest object
 * (Chrome MV3 or Firefox MV2/MV3, as WXT writes it) and returns the list of violations, each a
 * sentence a reviewer can act on; an empty list means the manifest asks for no more than Glocal
 * needs. Used by test/manifest.test.ts on the config and by test/e2e/security.e2e.mjs on the
 * built manifests, so both the source of truth and what actually ships are checked.
 */

/** API permissions Glocal may ask for, each with why it is needed. */
export const ALLOWED_PERMISSIONS = {
  storage: 'storage.session keeps tab state across service-worker restarts; storage.local for settings',
  alarms: 'the daily culture card and housekeeping, without keeping the worker alive',
  sidePanel: 'the Chrome side panel that shows the analysis',
  notifications: 'the optional daily culture card',
  scripting: 'injecting the content script into a site the user added through optional permissions',
  activeTab: 'acting on the current tab on a user gesture, instead of the broad tabs permission',
};

/** Permissions that are never acceptable, with the reason (reported instead of a generic message). */
const FORBIDDEN_PERMISSIONS = {
  '<all_urls>': 'grants every site; supported sites are listed, others are optional',
  tabs: 'reads every tab\'s URL and title; activeTab or the content script\'s own sender is enough',
  webRequest: 'observes network traffic',
  webRequestBlocking: 'intercepts network traffic',
  declarativeNetRequest: 'rewrites network traffic',
  cookies: 'reads site cookies',
  history: 'reads browsing history',
  debugger: 'full control of pages',
  nativeMessaging: 'talks to programs outside the browser',
  management: 'controls other extensions',
  webNavigation: 'observes every navigation',
  clipboardRead: 'reads the clipboard',
  identity: 'signs in to remote services',
  unlimitedStorage: 'hides runaway storage growth from the quota the user can see',
};

/** Optional host permissions may be broad: they are granted only on the user's request, one site at a time. */
const ALLOWED_OPTIONAL_HOSTS = new Set(['https://*/*', 'http://*/*']);

const isMatchPattern = (p) => typeof p === 'string' && (p === '<all_urls>' || /^[a-z*-]+:\/\//.test(p));

/** Source expressions a CSP may allow: only the extension itself. */
const SAFE_SOURCES = new Set(["'self'", "'none'"]);

/** Parse a CSP string into { directive: [sources] }. */
export function parseCsp(csp) {
  const out = {};
  for (const part of String(csp).split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (name) out[name.toLowerCase()] = sources;
  }
  return out;
}

function checkCsp(label, csp, violations) {
  if (typeof csp !== 'string' || !csp.trim()) {
    violations.push(`${label}: no content security policy is declared; declare script-src 'self'`);
    return;
  }
  const d = parseCsp(csp);
  const script = d['script-src'] ?? d['default-src'];
  if (!script) violations.push(`${label}: neither script-src nor default-src is set`);
  // Every directive not named falls back to default-src: it must be set, and only to ourselves.
  if (!d['default-src']) violations.push(`${label}: no default-src is set; declare default-src 'self'`);
  for (const [name, sources] of Object.entries(d)) {
    for (const s of sources) {
      const lower = s.toLowerCase();
      if (lower === "'unsafe-eval'") violations.push(`${label}: ${name} allows 'unsafe-eval'`);
      if (lower === "'unsafe-inline'" && (name === 'script-src' || name === 'default-src'))
        violations.push(`${label}: ${name} allows 'unsafe-inline'`);
      // 'wasm-unsafe-eval' only lets the extension's own WebAssembly compile; it loads nothing remote.
      const isKeyword = lower.startsWith("'") && lower.endsWith("'");
      if (isKeyword) continue;
      if (name === 'frame-ancestors' || name === 'img-src' || name === 'style-src' || name === 'font-src') {
        // Images, styles and fonts cannot run code; they still may not come from the network.
        if (/^(https?|wss?|ftp):/.test(lower) || lower === '*' || lower.includes('*.')) {
          violations.push(`${label}: ${name} allows the remote source ${s}`);
        }
        continue;
      }
      if (!SAFE_SOURCES.has(lower)) violations.push(`${label}: ${name} allows ${s}; only 'self' or 'none' are accepted`);
    }
  }
  const connect = d['connect-src'] ?? d['default-src'];
  if (!connect || connect.some((s) => !SAFE_SOURCES.has(s.toLowerCase()))) {
    violations.push(`${label}: connect-src must be 'none' or 'self' so no page of the extension can reach the network`);
  }
}

function checkLocalPath(label, path, violations) {
  if (typeof path !== 'string') return;
  if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('//')) violations.push(`${label} loads remote code: ${path}`);
}

/**
 * Check a manifest. `supportedMatches` are the host patterns of the supported sites
 * (lib/sites/matches.ts); `usedApis`, when given, is the set of extension API namespaces the
 * source actually calls (e.g. 'storage', 'alarms'), so a permission nobody uses is reported too.
 * @returns {string[]} violations; empty when the manifest is acceptable
 */
export function checkManifest(manifest, { supportedMatches, usedApis } = {}) {
  const v = [];
  if (!manifest || typeof manifest !== 'object') return ['the manifest is not an object'];
  const supported = new Set(supportedMatches ?? []);
  const mv = manifest.manifest_version;
  if (mv !== 2 && mv !== 3) v.push(`unknown manifest_version ${mv}`);

  const permissions = Array.isArray(manifest.permissions) ? manifest.permissions : [];
  const hostPermissions = [
    ...(Array.isArray(manifest.host_permissions) ? manifest.host_permissions : []),
    // MV2 puts host patterns among the permissions.
    ...permissions.filter(isMatchPattern),
  ];
  for (const p of permissions.filter((x) => !isMatchPattern(x))) {
    if (Object.hasOwn(FORBIDDEN_PERMISSIONS, p)) v.push(`permission "${p}" is forbidden: ${FORBIDDEN_PERMISSIONS[p]}`);
    else if (!Object.hasOwn(ALLOWED_PERMISSIONS, p)) v.push(`permission "${p}" is not on the allow-list`);
    else if (usedApis && !usedApis.has(p)) v.push(`permission "${p}" is requested but no code calls its API`);
  }
  for (const p of Array.isArray(manifest.optional_permissions) ? manifest.optional_permissions : []) {
    if (isMatchPattern(p)) {
      if (!ALLOWED_OPTIONAL_HOSTS.has(p)) v.push(`optional host permission "${p}" is not on the allow-list`);
    } else if (Object.hasOwn(FORBIDDEN_PERMISSIONS, p)) v.push(`optional permission "${p}" is forbidden: ${FORBIDDEN_PERMISSIONS[p]}`);
    else if (!Object.hasOwn(ALLOWED_PERMISSIONS, p)) v.push(`optional permission "${p}" is not on the allow-list`);
  }
  for (const h of hostPermissions) {
    if (h === '<all_urls>') v.push('host permission "<all_urls>" is forbidden');
    else if (!supported.has(h)) v.push(`host permission "${h}" is not a supported site; request it as an optional permission`);
  }
  for (const h of Array.isArray(manifest.optional_host_permissions) ? manifest.optional_host_permissions : []) {
    if (!ALLOWED_OPTIONAL_HOSTS.has(h)) v.push(`optional host permission "${h}" is not on the allow-list`);
  }

  const contentScripts = Array.isArray(manifest.content_scripts) ? manifest.content_scripts : [];
  contentScripts.forEach((cs, i) => {
    for (const m of cs.matches ?? []) {
      if (m === '<all_urls>') v.push(`content_scripts[${i}] runs on <all_urls>`);
      else if (!supported.has(m)) v.push(`content_scripts[${i}] runs on "${m}", which is not a supported site`);
    }
    for (const js of cs.js ?? []) checkLocalPath(`content_scripts[${i}]`, js, v);
    if (cs.world === 'MAIN') v.push(`content_scripts[${i}] runs in the page's MAIN world, where the page can reach it`);
  });

  if ('externally_connectable' in manifest) v.push('externally_connectable is declared: web pages and other extensions could message the background');

  const war = Array.isArray(manifest.web_accessible_resources) ? manifest.web_accessible_resources : [];
  war.forEach((entry, i) => {
    // MV2: a list of paths, exposed to every page; MV3: { resources, matches }.
    const resources = typeof entry === 'string' ? [entry] : entry?.resources ?? [];
    const matches = typeof entry === 'string' ? ['<all_urls>'] : entry?.matches ?? [];
    for (const r of resources) {
      if (r === '*' || r === '/*' || r === '**/*' || r === '*.html' || r.endsWith('.html')) {
        v.push(`web_accessible_resources[${i}] exposes "${r}" to web pages`);
      }
    }
    for (const m of matches) {
      if (m === '<all_urls>' || !supported.has(m)) v.push(`web_accessible_resources[${i}] is exposed to "${m}", not only to supported sites`);
    }
    if (typeof entry === 'object' && entry?.extension_ids?.length) v.push(`web_accessible_resources[${i}] is exposed to other extensions`);
  });

  const csp = manifest.content_security_policy;
  if (mv === 3) {
    if (typeof csp === 'string') v.push('content_security_policy must be an object in MV3');
    checkCsp('content_security_policy.extension_pages', csp?.extension_pages, v);
    if (csp?.sandbox) checkCsp('content_security_policy.sandbox', csp.sandbox, v);
  } else {
    checkCsp('content_security_policy', csp, v);
  }

  const bg = manifest.background ?? {};
  checkLocalPath('background.service_worker', bg.service_worker, v);
  for (const s of bg.scripts ?? []) checkLocalPath('background.scripts', s, v);
  if (bg.page) checkLocalPath('background.page', bg.page, v);
  if (bg.persistent === true) v.push('background.persistent is true: the background must be an event page');
  if (manifest.update_url) v.push(`update_url is set (${manifest.update_url}): updates come only from the store`);
  if (manifest.oauth2) v.push('oauth2 is declared: Glocal signs in nowhere');
  if (manifest.key) v.push('a private "key" is in the manifest');
  return v;
}

/** How each permission's API shows up in source. `activeTab` has no API of its own, so it is not listed. */
const API_USE = {
  storage: /\.storage\s*\./,
  alarms: /\.alarms\s*\./,
  // The background reaches the side panel through a cast (Firefox has sidebarAction instead).
  sidePanel: /\bsidePanel\b/,
  notifications: /\.notifications\s*\./,
  scripting: /\.scripting\s*\./,
};

/**
 * The permissions whose API a piece of source (the concatenated entrypoints) calls, for
 * `checkManifest`'s `usedApis`. `activeTab` counts as used whenever it is requested, since it has no API.
 */
export function permissionsUsedIn(source) {
  const used = new Set(['activeTab']);
  for (const [perm, re] of Object.entries(API_USE)) if (re.test(String(source))) used.add(perm);
  return used;
}
