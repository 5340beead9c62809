/**
 * Small DOM helpers shared by the site modules. They take nodes as parameters and use no globals.
 */
import type { Recipient } from '../protocol';

/** One selector group: variants tried in order, with a redacted name for failure records. */
export interface SelectorGroup {
  /** Used in failure records, e.g. `gmail.recipients`. Never contains page text. */
  name: string;
  variants: readonly string[];
}

/** Every element matching any variant, in document order of the first variant that matched. */
export function queryFirstVariant(root: ParentNode, group: SelectorGroup): { els: Element[]; variant: number } {
  for (let i = 0; i < group.variants.length; i++) {
    const els = Array.from(root.querySelectorAll(group.variants[i]));
    if (els.length) return { els, variant: i };
  }
  return { els: [], variant: -1 };
}

/** The first element matching any variant, or null. */
export function queryOne(root: ParentNode, group: SelectorGroup): Element | null {
  for (const v of group.variants) {
    const el = root.querySelector(v);
    if (el) return el;
  }
  return null;
}

/** A failure record: the group's name and how many variants were tried. Contains no page text. */
export function failure(group: SelectorGroup): string {
  return `${group.name}: none of ${group.variants.length} selector variant(s) matched`;
}

/**
 * querySelectorAll that also looks inside open shadow roots (Salesforce LWC, LinkedIn). It walks
 * every element, so callers use it only as a fallback when the plain query found nothing.
 */
export function deepQueryAll(root: ParentNode, selector: string, limit = 200): Element[] {
  const out: Element[] = [];
  const stack: ParentNode[] = [root];
  const own = (root as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
  if (own) stack.push(own);
  while (stack.length && out.length < limit) {
    const node = stack.pop()!;
    for (const el of Array.from(node.querySelectorAll(selector))) {
      out.push(el);
      if (out.length >= limit) break;
    }
    for (const el of Array.from(node.querySelectorAll('*'))) {
      const sr = (el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
      if (sr) stack.push(sr);
    }
  }
  return out;
}

/** Text of a node with whitespace collapsed and trimmed. */
export function cleanText(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

const EMAIL_RE = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

/** Addresses found in free text, lower-cased, in order, without duplicates. */
export function emailsIn(text: string): string[] {
  const seen = new Set<string>();
  for (const m of text.matchAll(EMAIL_RE)) seen.add(m[0].toLowerCase());
  return [...seen];
}

/** True for a plausible single address. */
export function isEmail(s: string): boolean {
  return /^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/.test(s.trim());
}

/**
 * Parse `"Name" <email>`, `Name <email>`, `<email>` or a bare address. Returns null when there is
 * no address; a name alone is returned by `parseNameOnly` instead.
 */
export function parseAddress(s: string): { email: string; name?: string } | null {
  const t = s.replace(/\s+/g, ' ').trim();
  const angle = /^(.*?)<\s*([^<>\s]+@[^<>\s]+)\s*>$/.exec(t);
  if (angle && isEmail(angle[2])) {
    const name = angle[1].trim().replace(/^"(.*)"$/, '$1').trim();
    return name ? { email: angle[2].toLowerCase(), name } : { email: angle[2].toLowerCase() };
  }
  if (isEmail(t)) return { email: t.toLowerCase() };
  return null;
}

/** Split a header-style list (`a@x.com, "B, C" <b@y.com>`) on commas and semicolons outside quotes and angle brackets. */
export function parseAddressList(s: string): Array<{ email: string; name?: string }> {
  const parts: string[] = [];
  let cur = '';
  let quoted = false;
  let angle = false;
  for (const ch of s) {
    if (ch === '"') quoted = !quoted;
    else if (ch === '<') angle = true;
    else if (ch === '>') angle = false;
    if ((ch === ',' || ch === ';') && !quoted && !angle) {
      parts.push(cur);
      cur = '';
    } else cur += ch;
  }
  parts.push(cur);
  return parts.map(parseAddress).filter((x): x is { email: string; name?: string } => x !== null);
}

/** Drop repeated addresses (keeping the first, which carries the most specific field) and cap the list. */
export function dedupeRecipients(list: Recipient[], max = 100): Recipient[] {
  const seen = new Set<string>();
  const out: Recipient[] = [];
  for (const r of list) {
    const key = r.email ? r.email.toLowerCase() : `name:${(r.name ?? '').toLowerCase()}`;
    if (key === 'name:' || seen.has(key)) continue;
    seen.add(key);
    out.push(r.email ? { ...r, email: r.email.toLowerCase() } : r);
    if (out.length >= max) break;
  }
  return out;
}

/** The value of an input or textarea, or the text of anything else. */
export function valueOf(el: Element | null): string {
  if (!el) return '';
  const v = (el as HTMLInputElement).value;
  if (typeof v === 'string' && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA')) return v.trim();
  // A field wrapper (HubSpot, Dynamics): the value is in the control inside it.
  const control = el.querySelector('input:not([type=hidden]), textarea');
  if (control) return valueOf(control);
  return cleanText(el);
}

/**
 * The text of a subtree with a space between text nodes. `textContent` glues neighbouring
 * elements together ("Email" + "a@b.c" → "Emaila@b.c"), which breaks address matching.
 */
export function spacedText(root: Node, max = 200_000): string {
  const parts: string[] = [];
  let size = 0;
  const walk = (n: Node) => {
    for (let c = n.firstChild; c && size < max; c = c.nextSibling) {
      if (c.nodeType === 3) {
        parts.push((c as Text).data);
        size += (c as Text).data.length + 1;
      } else if (c.nodeType === 1 && (c as Element).tagName !== 'SCRIPT' && (c as Element).tagName !== 'STYLE') walk(c);
    }
  };
  walk(root);
  return parts.join(' ');
}

/** The document of a same-origin iframe, or null (cross-origin or not loaded). */
export function frameDocument(frame: Element | null): Document | null {
  if (!frame) return null;
  try {
    return (frame as HTMLIFrameElement).contentDocument ?? null;
  } catch {
    return null;
  }
}

/** Addresses from `mailto:` links under `root` (query parameters dropped). */
export function mailtoAddresses(root: ParentNode): Array<{ email: string; name?: string }> {
  const out: Array<{ email: string; name?: string }> = [];
  for (const a of Array.from(root.querySelectorAll('a[href^="mailto:" i]'))) {
    const raw = decodeURIComponentSafe((a.getAttribute('href') ?? '').slice(7).split('?')[0]);
    for (const email of raw.split(',').map((s) => s.trim()).filter(isEmail)) {
      const text = cleanText(a);
      out.push(text && !isEmail(text) ? { email: email.toLowerCase(), name: text } : { email: email.toLowerCase() });
    }
  }
  return out;
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * The nearest ancestor of `el` (or `el` itself) that contains a match for `selector`, climbing at
 * most `maxDepth` levels. Used where a site gives its compose container no stable attribute of its
 * own: we start from a stable part (the editor) and climb until the recipients are inside.
 */
export function climbTo(el: Element, selector: string, maxDepth = 12): Element | null {
  let cur: Element | null = el;
  for (let i = 0; cur && i <= maxDepth; i++, cur = cur.parentElement) {
    if (cur.querySelector(selector)) return cur;
  }
  return null;
}

/** Drop elements contained in another element of the list; keeps document order. */
export function outermost(els: Element[]): Element[] {
  const uniq = [...new Set(els)];
  return uniq.filter((el) => !uniq.some((o) => o !== el && o.contains(el)));
}

/**
 * Readable text of a rendered message body: line structure kept, runs of spaces collapsed. Plain
 * text with its own newlines (a `white-space: pre-wrap` body) keeps them; HTML bodies get a line
 * per block and `<br>`.
 */
export function messageText(el: Element): string {
  const hasElements = el.children.length > 0;
  const raw = hasElements ? blockText(el) : (el.textContent ?? '');
  return raw
    .split('\n')
    .map((l) => l.replace(/[ \t\f\r]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function blockText(el: Element): string {
  let out = '';
  const walk = (n: Node) => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) out += (c as Text).data.replace(/\s+/g, ' ');
      else if (c.nodeType === 1) {
        const tag = (c as Element).tagName;
        if (tag === 'SCRIPT' || tag === 'STYLE') continue;
        if (tag === 'BR') {
          out += '\n';
          continue;
        }
        const block = /^(DIV|P|LI|TR|H[1-6]|BLOCKQUOTE|PRE|TABLE|UL|OL|SECTION)$/.test(tag);
        if (block && !out.endsWith('\n')) out += '\n';
        walk(c);
        if (block && !out.endsWith('\n')) out += '\n';
      }
    }
  };
  walk(el);
  return out;
}

/**
 * The document inside an iframe: the live one in the browser; under happy-dom (CLI, tests), which
 * does not load frames, a `srcdoc` parsed into an inert document (no scripts run, nothing loads).
 */
export function frameRoot(frame: Element | null): Document | null {
  const live = frameDocument(frame);
  if (live && live.body && live.body.childNodes.length) return live;
  const srcdoc = frame?.getAttribute('srcdoc');
  if (!srcdoc || !frame?.ownerDocument) return live;
  const inert = frame.ownerDocument.implementation.createHTMLDocument('');
  inert.documentElement.innerHTML = srcdoc.replace(/^<!doctype[^>]*>/i, '');
  return inert;
}
