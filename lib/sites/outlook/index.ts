/**
 * Outlook on the web (outlook.live.com, outlook.office.com, outlook.office365.com). Structure from
 * Briskine's plugins/outlook.js (fixed 2026-03) and Mailvelope (2019); see shared/SITES.md.
 * Outlook's classes are hashed and change often, so this module anchors on contenteditable roles
 * and ARIA state, which do not depend on the UI language.
 *
 * A resolved recipient chip often shows only a name. We then look for that name next to an
 * address elsewhere on the page (the thread's senders, persona titles); failing that, the
 * recipient is sent with an empty email and the badge asks the user for the country.
 */
import type { Recipient, ThreadMessage } from '../../protocol';
import {
  cleanText,
  dedupeRecipients,
  emailsIn,
  failure,
  isEmail,
  messageText,
  parseAddress,
  queryFirstVariant,
  spacedText,
  valueOf,
  type SelectorGroup,
} from '../dom';
import { editorText, type TextOptions } from '../text';
import { composesAround, defineSite, editorIn } from '../define';
import type { ComposeData } from '../types';

export const selectors = {
  editor: {
    name: 'outlook.editor',
    variants: [
      // The body: the only multi-line contenteditable (Briskine 2026).
      '[contenteditable="true"][aria-multiline="true"]',
      // Older builds marked the body with role=textbox only.
      'div[contenteditable="true"][role=textbox]',
    ],
  },
  composeRoot: {
    name: 'outlook.compose',
    variants: [
      // Pop-out and docked compose windows.
      '[id*="docking_InitVisiblePart"]',
      // The reading-pane compose form.
      '[data-app-section="Form_Content"]',
      // Full-page compose.
      '[role=main]',
    ],
  },
  /** The recipient wells, in order To, Cc, Bcc (Briskine: 1st/2nd/3rd non-multi-line contenteditable). */
  well: { name: 'outlook.recipients.well', variants: ['[contenteditable="true"]:not([aria-multiline="true"])'] },
  chip: {
    name: 'outlook.recipients.chip',
    variants: [
      // 2024+: chip text "Name <email>" in a hashed textContainer class.
      '[class*="textContainer-"]',
      // Older: persona hover targets.
      '[data-lpc-hover-target-id]',
      // Fluent persona chips.
      '[role=button][title]',
    ],
  },
  subject: {
    name: 'outlook.subject',
    variants: [
      // Language-independent: the subject is the last such input (Briskine).
      'input[type="text"][autocomplete="off"]',
      // Older OWA subject boxes carried only the server's length limit.
      'input[maxlength="255"]',
    ],
  },
  threadBody: {
    name: 'outlook.thread.body',
    variants: [
      // Reading-pane message bodies.
      '[aria-label][role=document] div[class*="allowTextSelection"]',
      // Message documents without the selection class.
      'div[role=document]',
      // The selection class alone (older builds).
      '.allowTextSelection',
    ],
  },
  /** The Send split button's container; the Send button is its control without a menu. */
  send: {
    name: 'outlook.send',
    variants: [
      // 2024+ Fluent compose toolbars (used by several Outlook extensions).
      '[data-testid="ComposeSendButton"]',
    ],
  },
} satisfies Record<string, SelectorGroup>;

const BODY_SKIP: TextOptions = { skip: '#divRplyFwdMsg, #appendonsend ~ *, [id^="Signature"], blockquote' };
const FIELDS = ['to', 'cc', 'bcc'] as const;

/** Map lower-cased display names to addresses from anything on the page that pairs the two. */
function nameIndex(page: ParentNode): Map<string, string> {
  const index = new Map<string, string>();
  const add = (name: string, email: string) => {
    const key = name.toLowerCase().replace(/\s+/g, ' ').trim();
    if (key && !index.has(key)) index.set(key, email.toLowerCase());
  };
  for (const el of Array.from(page.querySelectorAll('[title*="@"], [aria-label*="@"]')).slice(0, 2000)) {
    for (const attr of ['title', 'aria-label']) {
      const v = el.getAttribute(attr) ?? '';
      const parsed = parseAddress(v);
      if (parsed?.name) add(parsed.name, parsed.email);
      else if (parsed && !parsed.name) {
        const text = cleanText(el);
        if (text && !text.includes('@') && text.length < 120) add(text, parsed.email);
      }
    }
  }
  // Thread headers and signatures often read "Name <email>".
  const text = spacedText((page as Document).body ?? (page as Element), 500_000);
  for (const m of text.matchAll(/([^\n<>,;:]{2,80})<([^<>\s@]+@[^<>\s]+)>/g)) {
    if (isEmail(m[2])) add(m[1].replace(/^["'\s]+|["'\s]+$/g, ''), m[2]);
  }
  return index;
}

function readThread(page: ParentNode, compose: Element): ThreadMessage[] {
  const out: ThreadMessage[] = [];
  for (const body of queryFirstVariant(page, selectors.threadBody).els) {
    if (compose.contains(body) || body.querySelector('[contenteditable="true"]')) continue;
    const text = messageText(body);
    if (text) out.push({ text });
  }
  return out;
}

export const outlook = defineSite({
  id: 'outlook',
  name: 'Outlook on the web',
  confidence: 'medium',
  extracts: 'To/Cc/Bcc chips ("Name <email>"; name-only chips matched against addresses on the page or sent name-only), subject, body without quoted reply and signature, reading-pane message bodies',
  hosts: ['outlook.live.com', 'outlook.office.com', 'outlook.office365.com'],
  findComposes(root) {
    // The first variant that has an ancestor wins, even when a later one is nearer.
    return composesAround(root, selectors.editor, (ed) => selectors.composeRoot.variants.reduce<Element | null>((r, v) => r ?? ed.closest(v), null));
  },
  findEditor(compose) {
    return editorIn(compose, selectors.editor, BODY_SKIP);
  },
  sendControl(el) {
    const c = el.closest('button, [role=button]');
    if (!c || !selectors.send.variants.some((v) => c.closest(v))) return null;
    // The split button's other half opens "More send options": not a send.
    return c.hasAttribute('aria-haspopup') || c.hasAttribute('aria-expanded') ? null : c;
  },
  readCompose(compose, page): ComposeData {
    const failures: string[] = [];
    const wells = queryFirstVariant(compose, selectors.well).els.filter((w) => !w.matches(selectors.editor.variants[0]));
    if (!wells.length) failures.push(failure(selectors.well));
    const index = wells.length ? nameIndex(page) : new Map<string, string>();
    const list: Recipient[] = [];
    wells.slice(0, 3).forEach((well, i) => {
      const field = FIELDS[i];
      let chips = queryFirstVariant(well, selectors.chip).els;
      // Chips may sit beside the editable well rather than in it.
      if (!chips.length && well.parentElement) chips = queryFirstVariant(well.parentElement, selectors.chip).els;
      for (const chip of chips) {
        const text = cleanText(chip) || chip.getAttribute('title') || '';
        const parsed = parseAddress(text) ?? parseAddress(chip.getAttribute('title') ?? '');
        if (parsed) list.push({ ...parsed, field });
        else if (text) list.push({ email: index.get(text.toLowerCase()) ?? '', name: text, field });
      }
      // Typed but not yet resolved addresses.
      for (const email of emailsIn(Array.from(well.childNodes).filter((n) => n.nodeType === 3).map((n) => n.textContent).join(' '))) {
        list.push({ email, field });
      }
    });
    const editor = this.findEditor(compose);
    if (!editor) failures.push(failure(selectors.editor));
    const subjects = queryFirstVariant(compose, selectors.subject).els;
    const sig = editor?.el.querySelector('[id^="Signature"]');
    return {
      recipients: dedupeRecipients(list),
      subject: subjects.length ? valueOf(subjects[subjects.length - 1]) : '',
      body: editor ? editorText(editor.el, editor.text) : '',
      thread: readThread(page, compose),
      signature: sig ? messageText(sig) : undefined,
      failures,
    };
  },
});
