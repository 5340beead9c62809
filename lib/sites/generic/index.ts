/**
 * The fallback for any other page the user has enabled: the editor the user is typing in
 * (a contenteditable or a textarea), plus `mailto:` links and email addresses near it. "Near"
 * is the closest ancestor, up to a few levels, that contains any address; text is read only from
 * ancestors small enough that we do not scan a whole page.
 */
import type { Recipient } from '../../protocol';
import { dedupeRecipients, emailsIn, mailtoAddresses, parseAddressList, spacedText, valueOf } from '../dom';
import { editorText } from '../text';
import { defineSite } from '../define';
import type { ComposeData, EditorRef } from '../types';

const EDITABLE = '[contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"], textarea';
const MAX_LEVELS = 6;
const MAX_TEXT = 20_000;

/** The editable element `el` belongs to (its outermost contenteditable host), or null. */
export function editableRoot(el: Element | null): Element | null {
  if (!el) return null;
  if (el.tagName === 'TEXTAREA') return el;
  let host: Element | null = null;
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    const ce = cur.getAttribute('contenteditable');
    if (ce === '' || ce === 'true' || ce === 'plaintext-only') host = cur;
    else if (ce === 'false') break;
  }
  return host;
}

/**
 * Every editor on the page, outermost first. For saved pages (the CLI, tests), where nothing has
 * focus; the content script only ever follows the focused one.
 */
export function allEditors(root: ParentNode): Element[] {
  const out = new Set<Element>();
  for (const el of Array.from(root.querySelectorAll(EDITABLE))) {
    const host = editableRoot(el) ?? el;
    out.add(host);
  }
  return [...out];
}

function nearbyRecipients(editor: Element): Recipient[] {
  const own = editor.tagName === 'TEXTAREA' ? '' : spacedText(editor);
  // Addresses the user typed into the draft itself are not recipients.
  const ownEmails = new Set(emailsIn(own));
  let cur: Element | null = editor.parentElement;
  for (let i = 0; cur && i < MAX_LEVELS; i++, cur = cur.parentElement) {
    const found: Recipient[] = [];
    // Most specific first: an address field, then links, then plain text.
    for (const input of Array.from(cur.querySelectorAll('input[type="email"], input[name="to" i], input[name*="recipient" i]'))) {
      for (const a of parseAddressList(valueOf(input))) found.push({ ...a, field: 'to' });
    }
    found.push(...mailtoAddresses(cur).map((a) => ({ ...a, field: 'other' as const })));
    const text = spacedText(cur, MAX_TEXT + 1);
    if (text.length <= MAX_TEXT) {
      for (const email of emailsIn(text)) if (!ownEmails.has(email)) found.push({ email, field: 'other' });
    }
    if (found.length) return dedupeRecipients(found);
    if (text.length > MAX_TEXT) break;
  }
  return [];
}

export const generic = defineSite({
  id: 'generic',
  name: 'Other sites (generic)',
  confidence: 'low',
  extracts: 'the focused contenteditable or textarea, mailto: links and email addresses near it, a nearby subject input',
  // Never picked by URL: the registry falls back to it for pages the user enabled.
  hosts: [],
  findComposes(root) {
    const active = (root as Document).activeElement ?? null;
    const editor = editableRoot(active);
    return editor ? [editor] : [];
  },
  findEditor(compose): EditorRef {
    return { el: compose, kind: compose.tagName === 'TEXTAREA' ? 'textarea' : 'contenteditable', outer: compose };
  },
  readCompose(compose): ComposeData {
    const container = compose.closest('form') ?? compose.parentElement;
    const subject = container?.querySelector('input[name*="subject" i], input[id*="subject" i]') ?? null;
    return {
      recipients: nearbyRecipients(compose),
      subject: valueOf(subject),
      body: editorText(compose),
      thread: [],
      failures: [],
    };
  },
});
