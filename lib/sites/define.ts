/**
 * One definition per site. `defineSite` takes the hosts a site lives on and derives from them both
 * the URL detector (`matches(loc)`) and the content script's match patterns (`matchPatterns`),
 * which feed the manifest through lib/sites/matches.ts: the registry is the only list of hosts.
 *
 * The helpers below are the two patterns most sites share: compose windows found by climbing from
 * their editor, and an editor found by a selector group.
 */
import { outermost, queryFirstVariant, queryOne, type SelectorGroup } from './dom';
import type { TextOptions } from './text';
import type { EditorRef, SiteModule, UrlLike } from './types';

/** A site module as written: everything but the URL detector, which comes from `hosts`. */
export type SiteDefinition = Omit<SiteModule, 'matches' | 'matchPatterns'>;

const HOST = /^(\*\.)?([a-z0-9-]+\.)+[a-z]{2,}$/;

/**
 * Does `hostname` fall under `host`? `mail.google.com` is that host only; `*.dynamics.com` is the
 * domain and every subdomain, as in a WebExtension match pattern.
 */
export function hostMatches(host: string, hostname: string): boolean {
  const h = hostname.toLowerCase();
  if (!host.startsWith('*.')) return h === host;
  const base = host.slice(2);
  return h === base || h.endsWith(`.${base}`);
}

export function defineSite(def: SiteDefinition): SiteModule {
  for (const h of def.hosts) if (!HOST.test(h)) throw new Error(`${def.id}: '${h}' is not a host or *.domain`);
  return {
    ...def,
    matches: (loc: UrlLike) => def.hosts.some((h) => hostMatches(h, loc.hostname)),
    matchPatterns: def.hosts.map((h) => `https://${h}/*`),
  };
}

/**
 * Compose windows found from their editors: each element of `group` climbs to its container
 * (`climb`, else the parent), and nested containers are merged into the outermost.
 */
export function composesAround(root: ParentNode, group: SelectorGroup, climb: (el: Element) => Element | null): Element[] {
  return outermost(queryFirstVariant(root, group).els.map((el) => climb(el) ?? el.parentElement ?? el));
}

/** The contenteditable editor of a compose window, by its selector group. */
export function editorIn(compose: Element, group: SelectorGroup, text?: TextOptions): EditorRef | null {
  const el = queryOne(compose, group);
  return el ? { el, kind: 'contenteditable', ...(text ? { text } : {}), outer: el } : null;
}

/** An editor inside a same-origin iframe of the compose window (`inner` finds it in the frame). */
export function frameEditorIn(compose: Element, frames: SelectorGroup, inner: (frame: Element) => Element | null, text?: TextOptions): EditorRef | null {
  const frame = queryOne(compose, frames);
  const el = frame ? inner(frame) : null;
  return el && frame ? { el, kind: 'contenteditable', ...(text ? { text } : {}), outer: frame } : null;
}
