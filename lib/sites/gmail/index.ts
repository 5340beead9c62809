/**
 * Gmail (mail.google.com). Structure from gmail.js, InboxSDK (page-parser.ts,
 * gmail-message-view.ts) and Mailvelope (providerSpecific.js); see shared/SITES.md. Gmail's class
 * names are obfuscated and change; the `name=` inputs, `data-hovercard-id`, `g_editable` and
 * `span[email]` are what the app itself depends on, so they come first wherever possible.
 */
import type { Recipient, ThreadMessage } from '../../protocol';
import {
  cleanText,
  dedupeRecipients,
  failure,
  messageText,
  outermost,
  parseAddressList,
  queryFirstVariant,
  queryOne,
  valueOf,
  type SelectorGroup,
} from '../dom';
import { editorText, type TextOptions } from '../text';
import { defineSite, editorIn } from '../define';
import type { ComposeData } from '../types';

const FIELDS = ['to', 'cc', 'bcc'] as const;

export const selectors = {
  compose: {
    name: 'gmail.compose',
    variants: [
      // Every composer (pop-up in div.AD, full-screen, inline reply under .AO/.ip): InboxSDK's root.
      'div.M9',
      // The same root as an ARIA region (2020+ builds), in case .M9 is renamed.
      'div.aoI[role=region]',
    ],
  },
  editor: {
    name: 'gmail.editor',
    variants: [
      // The attribute Gmail's own editor code sets.
      '[g_editable="true"]',
      // Class-based, from InboxSDK and Mailvelope.
      'div.Am.Al.editable[contenteditable]',
      // Last resort: the only multi-line textbox in a compose window.
      '[contenteditable="true"][role=textbox]',
    ],
  },
  /** New UI (since 2021): chips inside `.anm[name=to|cc|bcc]`; `%s` is the field. */
  chip: {
    name: 'gmail.recipients.chip',
    variants: [
      // The name= container of each field holds [role=option] chips.
      '[name="%s"] [role=option][data-hovercard-id]',
      // Mailvelope's variant of the same chips.
      '[name="%s"] .afV[data-hovercard-id]',
    ],
  },
  /** Classic UI: each chip has a hidden input `name=to` holding `Name <email>`. */
  classicHidden: {
    name: 'gmail.recipients.classic',
    variants: [
      // Classic chips: hidden input inside each .vR chip.
      '.vR > input[type=hidden][name="%s"]',
      // Hidden inputs outside a .vR wrapper (InboxSDK notes both).
      'input[type=hidden][name="%s"]',
    ],
  },
  /** Classic UI chips also carry the address in `span[email]`. */
  classicSpan: { name: 'gmail.recipients.classicSpan', variants: ['.vR span[email]'] },
  /** Typed text that is not yet a chip. */
  typed: {
    name: 'gmail.recipients.typed',
    variants: [
      // New UI: the field's input.
      '[name="%s"] input',
      // Classic UI: a textarea named after the field.
      'textarea[name="%s"]',
    ],
  },
  /** Any recipient area at all: when none is found the structure has changed. */
  recipientArea: {
    name: 'gmail.recipientArea',
    variants: [
      // New UI field container.
      '[name="to"]',
      // Recipient row wrapper in both UIs.
      '.GS',
      // Classic UI hidden inputs.
      'input[type=hidden][name="to"]',
      // Collapsed "to …" line of an inline reply.
      'span[email]',
    ],
  },
  subject: {
    name: 'gmail.subject',
    variants: [
      // The subject box of every composer.
      'input[name="subjectbox"]',
      // Older builds named it subject.
      'input[name="subject"]',
    ],
  },
  threadSubject: {
    name: 'gmail.threadSubject',
    variants: [
      // Thread heading (gmail.js).
      'h2.hP',
      // Heading inside the thread container.
      '[data-thread-perm-id] h2',
      // Any heading in the main region.
      '[role=main] h2',
    ],
  },
  message: {
    name: 'gmail.thread.message',
    variants: [
      // Message containers in a thread (InboxSDK).
      'div.adn[data-message-id]',
      // Messages that keep only the id attributes.
      '[data-message-id][data-legacy-message-id]',
      // Any element with a message id.
      '[data-message-id]',
    ],
  },
  messageBody: {
    name: 'gmail.thread.body',
    variants: [
      // Body of an expanded message (gmail.js).
      '.ii.gt div.a3s',
      // Body without the .ii.gt wrapper.
      'div.a3s',
    ],
  },
  sender: {
    name: 'gmail.thread.sender',
    variants: [
      // Sender name with its address (gmail.js).
      'span.gD[email]',
      // Sender inside the header block (InboxSDK).
      '.gE [email]',
      // Any address in the message heading.
      'h3 [email]',
    ],
  },
  /** The compose's From (a hidden input, also with several send-as addresses): InboxSDK's getFromContact. */
  from: {
    name: 'gmail.from',
    variants: [
      // Hidden input holding the From address.
      'input[name="from"]',
      // A From select on builds that show one.
      'select[name="from"]',
    ],
  },
  composeIdInput: {
    name: 'gmail.composeId',
    variants: [
      // Compose id (gmail.js).
      'input[name="composeid"]',
      // Draft id once the draft is saved.
      'input[name="draft"]',
      // Reply-to message id of an inline reply.
      'input[name="rt"]',
    ],
  },
  /**
   * The Send button. Gmail gives it no attribute of its own (its label and tooltip are in the UI
   * language), so these are structural; Ctrl/⌘+Enter in the compose needs none of them.
   */
  send: {
    name: 'gmail.send',
    variants: [
      // InboxSDK's getSendButton: the first control of the send group in the bottom bar.
      '.IZ .Up > div > [role=button]',
      // The send button's own class (gmail.js; test fixtures).
      '[role=button].aoO',
    ],
  },
} satisfies Record<string, SelectorGroup>;

/** What is not the user's own new text: quoted replies (trimmed or not) and the signature. */
const BODY_SKIP: TextOptions = { skip: '.gmail_quote, .gmail_extra, blockquote, .gmail_signature, [data-smartmail="gmail_signature"]' };

const perField = (group: SelectorGroup, field: string): SelectorGroup => ({
  name: group.name,
  variants: group.variants.map((v) => v.replaceAll('%s', field)),
});

/** Page text the draft or a quoted message holds is not a recipient field (SECURITY.md, finding 7). */
const QUOTED = '.gmail_quote, .gmail_extra, blockquote';

function readRecipients(compose: Element): { list: Recipient[]; found: boolean } {
  const list: Recipient[] = [];
  let found = false;
  // Addresses typed or pasted into the body, or in the quoted text, are not recipients: a sender
  // could otherwise plant "recipients" (with any name) in a message the user replies to.
  const editor = queryOne(compose, selectors.editor);
  const outside = (el: Element) => !(editor && editor.contains(el)) && !el.closest(QUOTED);
  const pick = (els: Element[]) => els.filter(outside);
  for (const field of FIELDS) {
    for (const chip of pick(queryFirstVariant(compose, perField(selectors.chip, field)).els)) {
      found = true;
      const email = chip.getAttribute('data-hovercard-id') ?? '';
      const name = chip.getAttribute('data-name') ?? undefined;
      if (email.includes('@')) list.push({ email, name: name || undefined, field });
    }
    for (const input of pick(queryFirstVariant(compose, perField(selectors.classicHidden, field)).els)) {
      found = true;
      for (const a of parseAddressList((input as HTMLInputElement).value ?? input.getAttribute('value') ?? '')) list.push({ ...a, field });
    }
    for (const input of pick(queryFirstVariant(compose, perField(selectors.typed, field)).els)) {
      for (const a of parseAddressList(valueOf(input))) list.push({ ...a, field });
    }
  }
  // Classic chips without hidden inputs, and the collapsed "To: …" line of an inline reply.
  for (const span of pick(queryFirstVariant(compose, selectors.classicSpan).els.concat(Array.from(compose.querySelectorAll('span[email]'))))) {
    found = true;
    const email = span.getAttribute('email') ?? '';
    const holder = span.closest('[name]')?.getAttribute('name');
    const field = holder === 'cc' || holder === 'bcc' ? holder : 'to';
    if (email.includes('@')) list.push({ email, name: span.getAttribute('name') || cleanText(span) || undefined, field });
  }
  return { list: dedupeRecipients(list), found: found || queryOne(compose, selectors.recipientArea) !== null };
}

function readThread(page: ParentNode): ThreadMessage[] {
  const out: ThreadMessage[] = [];
  for (const msg of queryFirstVariant(page, selectors.message).els) {
    // A compose window inside the thread (inline reply) is the draft, not a message.
    if (msg.closest(selectors.compose.variants.join(','))) continue;
    const body = queryOne(msg, selectors.messageBody);
    if (!body) continue;
    const sender = queryOne(msg, selectors.sender);
    const email = sender?.getAttribute('email') ?? '';
    const name = sender?.getAttribute('name') || cleanText(sender);
    const text = messageText(body);
    if (!text) continue;
    out.push({ from: email ? (name ? `${name} <${email}>` : email) : name || undefined, text });
  }
  return out;
}

const ADDRESS = /[^\s<>"',;()]+@[^\s<>"',;()]+\.[a-z]{2,}/gi;
const TITLE_ACCOUNT = /([^\s<>"',;()]+@[^\s<>"',;()]+\.[a-z]{2,})\s+[-–—]\s+[^@]*$/i;

/**
 * The user's own addresses: the compose's From, else the signed-in account, which Gmail puts in
 * the document title ("Inbox (3) - alex@example.com - Gmail"; gmail.js reads it from there). Used
 * only to tell the user's own messages in the thread from received ones, never as a recipient.
 */
function ownAddresses(compose: Element, page: ParentNode): string[] {
  const from = queryOne(compose, selectors.from);
  const fromValue = from ? valueOf(from) || from.getAttribute('value') || '' : '';
  const doc = (page as Document).nodeType === 9 ? (page as Document) : (page as Node).ownerDocument;
  // The account is the title's last address, before the product name: an address in the subject
  // ("Re: access for bob@partner.example") is someone else's.
  const account = (doc?.title ?? '').match(TITLE_ACCOUNT)?.[1] ?? '';
  const found = [...(fromValue.match(ADDRESS) ?? []), ...(account ? [account] : [])].map((a) => a.toLowerCase());
  return [...new Set(found)].slice(0, 5);
}

export const gmail = defineSite({
  id: 'gmail',
  name: 'Gmail',
  confidence: 'high',
  extracts: 'To/Cc/Bcc chips (new UI) and hidden name=to inputs / span[email] (classic UI), typed addresses, subject, body without quote and signature, signature, thread messages and senders; pop-up, full-screen and inline-reply composers',
  hosts: ['mail.google.com'],
  findComposes(root) {
    const found = queryFirstVariant(root, selectors.compose).els;
    // Attribute-only fallback: a subject box next to a g_editable body, whatever the classes.
    if (!found.length) {
      for (const ed of Array.from(root.querySelectorAll('[g_editable="true"]'))) {
        const form = ed.closest('form') ?? ed.parentElement?.parentElement;
        if (form) found.push(form);
      }
    }
    return outermost(found);
  },
  composeId(compose) {
    const el = queryOne(compose, selectors.composeIdInput);
    const v = el ? (el as HTMLInputElement).value ?? el.getAttribute('value') : null;
    return v ? `gmail:${v}` : null;
  },
  findEditor(compose) {
    return editorIn(compose, selectors.editor, BODY_SKIP);
  },
  sendControl(el, compose) {
    const c = el.closest('[role=button], button');
    return c && compose.contains(c) && selectors.send.variants.some((v) => c.matches(v)) ? c : null;
  },
  readCompose(compose, page): ComposeData {
    const failures: string[] = [];
    const { list, found } = readRecipients(compose);
    if (!found) failures.push(failure(selectors.recipientArea));
    const editor = this.findEditor(compose);
    if (!editor) failures.push(failure(selectors.editor));
    const subjectEl = queryOne(compose, selectors.subject);
    // Inline replies hide the subject box; the thread's heading holds the subject.
    const subject = subjectEl ? valueOf(subjectEl) : cleanText(queryOne(page, selectors.threadSubject));
    const sig = editor?.el.querySelector('.gmail_signature, [data-smartmail="gmail_signature"]');
    const self = ownAddresses(compose, page);
    return {
      recipients: list,
      subject,
      body: editor ? editorText(editor.el, editor.text) : '',
      thread: readThread(page),
      signature: sig ? messageText(sig) : undefined,
      ...(self.length ? { self } : {}),
      failures,
    };
  },
});
