/**
 * Yahoo Mail (mail.yahoo.com). Structure from Mailvelope and evicypher; see shared/SITES.md.
 * Yahoo's `data-test-id` attributes have lasted since 2019 while its hashed classes have not, so
 * every selector here is a `data-test-id`.
 */
import type { Recipient, ThreadMessage } from '../../protocol';
import {
  climbTo,
  cleanText,
  dedupeRecipients,
  failure,
  isEmail,
  messageText,
  parseAddress,
  parseAddressList,
  queryFirstVariant,
  queryOne,
  valueOf,
  type SelectorGroup,
} from '../dom';
import { editorText, type TextOptions } from '../text';
import { composesAround, defineSite, editorIn } from '../define';
import type { ComposeData } from '../types';

export const selectors = {
  editor: {
    name: 'yahoo.editor',
    variants: [
      // Mailvelope: the rich-text editor inside #editor-container.
      '#editor-container > [data-test-id="rte"]',
      // The editor when the container id is gone (pop-out compose).
      '[data-test-id="rte"][contenteditable]',
    ],
  },
  /** `%s` is to, cc or bcc. */
  pill: {
    name: 'yahoo.recipients.pill',
    variants: [
      // Chips with the address in `title`.
      '[data-test-id="container-%s"] [data-test-id="pill"]',
      // Older chips wrap the address in a pill-text span.
      '[data-test-id="container-%s"] [data-test-id="pill-text"]',
    ],
  },
  container: {
    name: 'yahoo.recipients.container',
    variants: [
      // To container (2019+).
      '[data-test-id="container-to"]',
      // The typed To field alone.
      '#message-to-field',
    ],
  },
  typed: {
    name: 'yahoo.recipients.typed',
    variants: [
      // Typed address field (Mailvelope).
      '#message-%s-field',
      // Any input in the field container.
      '[data-test-id="container-%s"] input',
    ],
  },
  subject: {
    name: 'yahoo.subject',
    variants: [
      // Subject test id.
      '[data-test-id="compose-subject"]',
      // Subject input id.
      'input#compose-subject-input',
    ],
  },
  message: {
    name: 'yahoo.thread.message',
    variants: [
      // One message view.
      '[data-test-id="message-view"]',
      // Grouped message view.
      '[data-test-id="message-group-view"]',
    ],
  },
  messageBody: {
    name: 'yahoo.thread.body',
    variants: [
      // Message body content.
      '[data-test-id="message-view-body-content"]',
      // Message body wrapper.
      '[data-test-id="message-view-body"]',
    ],
  },
  sender: {
    name: 'yahoo.thread.sender',
    variants: [
      // Sender pill inside the From area.
      '[data-test-id="message-from"] [data-test-id="email-pill"]',
      // The From area itself.
      '[data-test-id="message-from"]',
    ],
  },
} satisfies Record<string, SelectorGroup>;

const BODY_SKIP: TextOptions = { skip: '.yahoo_quoted, blockquote, [data-test-id="signature"], .signature' };
const FIELDS = ['to', 'cc', 'bcc'] as const;
const per = (g: SelectorGroup, f: string): SelectorGroup => ({ name: g.name, variants: g.variants.map((v) => v.replaceAll('%s', f)) });

function readThread(page: ParentNode): ThreadMessage[] {
  const out: ThreadMessage[] = [];
  for (const msg of queryFirstVariant(page, selectors.message).els) {
    const body = queryOne(msg, selectors.messageBody);
    if (!body) continue;
    const sender = queryOne(msg, selectors.sender);
    const addr = sender ? parseAddress(sender.getAttribute('title') ?? '') ?? parseAddress(cleanText(sender)) : null;
    const name = sender ? cleanText(sender) : '';
    const text = messageText(body);
    if (text) out.push({ from: addr ? (name && name !== addr.email ? `${name} <${addr.email}>` : addr.email) : name || undefined, text });
  }
  return out;
}

export const yahoo = defineSite({
  id: 'yahoo',
  name: 'Yahoo Mail',
  confidence: 'medium',
  extracts: 'To/Cc/Bcc pills (address in title), typed addresses, subject, body without quote and signature, thread messages and senders',
  hosts: ['mail.yahoo.com'],
  findComposes(root) {
    return composesAround(root, selectors.editor, (ed) => climbTo(ed, '[data-test-id="container-to"], #message-to-field'));
  },
  findEditor(compose) {
    return editorIn(compose, selectors.editor, BODY_SKIP);
  },
  readCompose(compose, page): ComposeData {
    const failures: string[] = [];
    if (!queryOne(compose, selectors.container)) failures.push(failure(selectors.container));
    const list: Recipient[] = [];
    for (const field of FIELDS) {
      for (const pill of queryFirstVariant(compose, per(selectors.pill, field)).els) {
        const title = pill.getAttribute('title') ?? '';
        const parsed = parseAddress(title) ?? parseAddress(cleanText(pill));
        const name = cleanText(pill);
        if (parsed) list.push({ email: parsed.email, name: parsed.name ?? (name && !isEmail(name) ? name : undefined), field });
      }
      for (const input of queryFirstVariant(compose, per(selectors.typed, field)).els) {
        for (const a of parseAddressList(valueOf(input))) list.push({ ...a, field });
      }
    }
    const editor = this.findEditor(compose);
    if (!editor) failures.push(failure(selectors.editor));
    return {
      recipients: dedupeRecipients(list),
      subject: valueOf(queryOne(compose, selectors.subject)),
      body: editor ? editorText(editor.el, editor.text) : '',
      thread: readThread(page),
      failures,
    };
  },
});
