/**
 * Proton Mail (mail.proton.me). Structure from Proton's own open-source client
 * (ProtonMail/WebClients, composer/addresses/AddressesRecipientItem.tsx); see shared/SITES.md.
 * The body is edited inside a same-origin iframe (`rooster-iframe`): the top frame reads it
 * through `contentDocument`, which is why the content script also declares all_frames and
 * match_about_blank (the instance inside the frame sees its parent and stands down).
 */
import type { Recipient } from '../../protocol';
import {
  climbTo,
  cleanText,
  dedupeRecipients,
  failure,
  frameRoot,
  parseAddress,
  queryFirstVariant,
  queryOne,
  valueOf,
  type SelectorGroup,
} from '../dom';
import { editorText, type TextOptions } from '../text';
import { composesAround, defineSite, frameEditorIn } from '../define';
import type { ComposeData } from '../types';

export const selectors = {
  frame: {
    name: 'proton.bodyFrame',
    variants: [
      // Roosterjs editor frame (2021+).
      'iframe[data-testid="rooster-iframe"]',
      // Older Squire-based composer frame.
      'iframe[data-testid="squire-iframe"]',
    ],
  },
  frameEditor: {
    name: 'proton.editor',
    variants: [
      // Roosterjs editing root.
      '#rooster-editor',
      // Any editing host inside the frame.
      '[contenteditable="true"]',
      // Squire made the frame's body itself editable.
      'body[contenteditable]',
    ],
  },
  chip: {
    name: 'proton.recipients.chip',
    variants: [
      // "Name <email>" label of each address chip.
      '[data-testid="composer-addresses-item-label"]',
      // The remove button carries the address in its test id.
      '[data-testid^="remove-address-button-"]',
    ],
  },
  to: {
    name: 'proton.recipients.to',
    variants: [
      // To field container (2021+).
      '[data-testid="composer:to"]',
      // Older address-to container.
      '[data-testid="composer:address-to"]',
    ],
  },
  subject: {
    name: 'proton.subject',
    variants: [
      // Subject input test id.
      '[data-testid="composer:subject"]',
      // Older subject input id.
      'input[id^="subject-composer"]',
    ],
  },
} satisfies Record<string, SelectorGroup>;

const BODY_SKIP: TextOptions = { skip: 'blockquote, .protonmail_quote, .protonmail_signature_block' };

function fieldOf(el: Element): Recipient['field'] {
  // The field containers are `composer:to`, `composer:cc`, `composer:bcc` (older: `composer:address-cc`).
  for (let cur = el.parentElement; cur; cur = cur.parentElement) {
    const m = /^composer:(?:address-)?(to|cc|bcc)$/.exec(cur.getAttribute('data-testid') ?? '');
    if (m) return m[1] as Recipient['field'];
  }
  return 'to';
}

/** The editor element inside the body frame. */
function editorRoot(frame: Element): Element | null {
  const doc = frameRoot(frame);
  return doc ? queryOne(doc, selectors.frameEditor) : null;
}

export const proton = defineSite({
  id: 'proton',
  name: 'Proton Mail',
  confidence: 'medium',
  extracts: 'To/Cc/Bcc chips ("Name <email>", or the remove button\'s address), subject, body from the same-origin editor iframe; no thread',
  hosts: ['mail.proton.me'],
  findComposes(root) {
    return composesAround(root, selectors.frame, (f) => climbTo(f, '[data-testid="composer:subject"], [data-testid="composer:to"]'));
  },
  findEditor(compose) {
    return frameEditorIn(compose, selectors.frame, editorRoot, BODY_SKIP);
  },
  readCompose(compose): ComposeData {
    const failures: string[] = [];
    const list: Recipient[] = [];
    const { els, variant } = queryFirstVariant(compose, selectors.chip);
    for (const chip of els) {
      const field = fieldOf(chip);
      if (variant === 0) {
        const parsed = parseAddress(cleanText(chip));
        if (parsed) list.push({ ...parsed, field });
        else {
          // A label showing only a name: its remove button still carries the address.
          const btn = chip.parentElement?.querySelector('[data-testid^="remove-address-button-"]');
          const email = btn?.getAttribute('data-testid')?.slice('remove-address-button-'.length) ?? '';
          list.push({ email, name: cleanText(chip) || undefined, field });
        }
      } else {
        list.push({ email: chip.getAttribute('data-testid')!.slice('remove-address-button-'.length), field });
      }
    }
    if (!els.length && !queryOne(compose, selectors.to)) failures.push(failure(selectors.to));
    const editor = this.findEditor(compose);
    if (!editor) failures.push(failure(queryOne(compose, selectors.frame) ? selectors.frameEditor : selectors.frame));
    return {
      recipients: dedupeRecipients(list.filter((r) => r.email || r.name)),
      subject: valueOf(queryOne(compose, selectors.subject)),
      body: editor ? editorText(editor.el, editor.text) : '',
      thread: [],
      failures,
    };
  },
});
