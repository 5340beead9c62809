/**
 * LinkedIn messaging (www.linkedin.com). Structure from Briskine's plugins/linkedin.js and
 * evicypher; see shared/SITES.md. LinkedIn shows no email address: we send the other person's
 * name only (with `field: 'other'`), and the badge lets the user set the country by hand.
 * LinkedIn rolls out new markup gradually and has begun to use shadow roots, so the overlay's
 * conversations are also looked for inside open shadow roots.
 */
import type { ThreadMessage } from '../../protocol';
import { cleanText, deepQueryAll, failure, messageText, outermost, queryFirstVariant, queryOne, type SelectorGroup } from '../dom';
import { editorText } from '../text';
import { defineSite, editorIn } from '../define';
import type { ComposeData } from '../types';

export const selectors = {
  conversation: {
    name: 'linkedin.conversation',
    variants: [
      // Full-page messaging thread.
      '.msg-thread',
      // Chat bubbles docked at the bottom of any page.
      '.msg-overlay-conversation-bubble',
    ],
  },
  editor: {
    name: 'linkedin.editor',
    variants: [
      // The message box (Briskine).
      '.msg-form__contenteditable[role=textbox]',
      // Without the textbox role (older builds).
      '.msg-form__contenteditable',
      // Any single-line editor in the conversation.
      '[contenteditable="true"][role=textbox]',
    ],
  },
  person: {
    name: 'linkedin.person',
    variants: [
      // Full-page thread title.
      '.msg-entity-lockup__entity-title',
      // Chat bubble header.
      '.msg-overlay-bubble-header__title',
      // Profile link in the thread header.
      '.msg-thread__link-to-profile',
      // Any heading of the conversation.
      'h2',
    ],
  },
  message: { name: 'linkedin.thread.message', variants: ['.msg-s-event-listitem'] },
  body: { name: 'linkedin.thread.body', variants: ['.msg-s-event-listitem__body'] },
  sender: {
    name: 'linkedin.thread.sender',
    variants: [
      // Sender name on the first message of a group.
      '.msg-s-message-group__name',
      // Sender profile link.
      '.msg-s-message-group__profile-link',
    ],
  },
} satisfies Record<string, SelectorGroup>;

function readThread(conv: Element): ThreadMessage[] {
  const out: ThreadMessage[] = [];
  let lastSender: string | undefined;
  for (const msg of queryFirstVariant(conv, selectors.message).els) {
    // LinkedIn prints the sender's name only on the first message of a group.
    const sender = cleanText(queryOne(msg, selectors.sender));
    if (sender) lastSender = sender;
    const body = queryOne(msg, selectors.body);
    const text = body ? messageText(body) : '';
    if (text) out.push({ from: lastSender, text });
  }
  return out;
}

export const linkedin = defineSite({
  id: 'linkedin',
  name: 'LinkedIn messaging',
  confidence: 'low',
  extracts: 'the other person\'s name (no email), the message being written, the conversation\'s messages and senders; full-page threads and chat bubbles, including inside open shadow roots',
  hosts: ['www.linkedin.com'],
  findComposes(root) {
    let convs = queryFirstVariant(root, selectors.conversation).els;
    // The newer overlay renders inside the shadow root of an "interop" outlet; walk only those
    // hosts, never the whole (very large) feed page.
    if (!convs.length) {
      for (const host of Array.from(root.querySelectorAll('#interop-outlet, [data-testid="interop-shadowdom"]'))) {
        convs = convs.concat(deepQueryAll(host, selectors.conversation.variants.join(','), 20));
      }
    }
    return outermost(convs.filter((c) => queryOne(c, selectors.editor)));
  },
  findEditor(compose) {
    return editorIn(compose, selectors.editor);
  },
  readCompose(compose): ComposeData {
    const person = cleanText(queryOne(compose, selectors.person));
    const editor = this.findEditor(compose);
    const failures = [...(person ? [] : [failure(selectors.person)]), ...(editor ? [] : [failure(selectors.editor)])];
    return {
      recipients: person ? [{ email: '', name: person, field: 'other' }] : [],
      subject: '',
      body: editor ? editorText(editor.el) : '',
      thread: readThread(compose),
      failures,
    };
  },
});
