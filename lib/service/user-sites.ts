/**
 * Sites the user added on the options page: the browser granted them as optional host
 * permissions, and the content script is registered for exactly those origins. Pure: the
 * browser APIs come in as parameters.
 */
import { getDomain, parse } from 'tldts';
import { SUPPORTED_MATCHES } from '../sites/matches';

/**
 * True when an origin pattern (`https://host/*`) covers at most one registrable domain: an exact
 * host, or `*.` in front of a registrable domain (`*.example.co.uk`). `https://*`, `https://*.com`
 * and `https://*.co.uk` are refused (SECURITY.md, "Frames and sites").
 */
export function isNarrowOrigin(pattern: string): boolean {
  const m = /^https?:\/\/([^/]+)\/\*$/.exec(pattern);
  if (!m) return false;
  const host = m[1].toLowerCase();
  const rest = host.startsWith('*.') ? host.slice(2) : host;
  if (!rest || rest.includes('*')) return false;
  if (rest === host) return true; // one exact host
  if (parse(rest).isIp) return false;
  const reg = getDomain(rest, { allowPrivateDomains: true });
  return reg !== null && (rest === reg || rest.endsWith(`.${reg}`));
}

export const USER_SITES_SCRIPT_ID = 'glocal-user-sites';

/** The granted origins that are not already covered by the manifest's own matches. */
export function userOrigins(granted: readonly string[] | undefined): string[] {
  const builtIn = new Set<string>(SUPPORTED_MATCHES);
  return [...new Set((granted ?? []).filter((o) => !builtIn.has(o) && /^https?:\/\/[^/]+\/\*$/.test(o) && !o.includes('/*/')))]
    .filter((o) => isNarrowOrigin(o)) // never every site, or every site under a public suffix, at once
    .sort();
}

export interface ScriptingLike {
  getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<{ id: string; matches?: string[] }[]>;
  registerContentScripts(scripts: object[]): Promise<void>;
  unregisterContentScripts(filter?: { ids?: string[] }): Promise<void>;
}

export interface PermissionsLike {
  getAll(): Promise<{ origins?: string[] }>;
}

/** Register the content script for every origin the user granted now; returns them. */
export async function syncGrantedSites(permissions: PermissionsLike, scripting: ScriptingLike, js: string): Promise<string[]> {
  return syncUserSites((await permissions.getAll()).origins, scripting, js);
}

/** Make the registered content script match the granted origins; returns them. */
export async function syncUserSites(granted: readonly string[] | undefined, scripting: ScriptingLike, js: string): Promise<string[]> {
  const origins = userOrigins(granted);
  const existing = await scripting.getRegisteredContentScripts({ ids: [USER_SITES_SCRIPT_ID] });
  const current = existing[0]?.matches?.slice().sort() ?? [];
  if (existing.length && current.join(' ') === origins.join(' ')) return origins;
  if (existing.length) await scripting.unregisterContentScripts({ ids: [USER_SITES_SCRIPT_ID] });
  if (origins.length) {
    await scripting.registerContentScripts([
      { id: USER_SITES_SCRIPT_ID, matches: origins, js: [js], runAt: 'document_idle', allFrames: true, persistAcrossSessions: true },
    ]);
  }
  return origins;
}
