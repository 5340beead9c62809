/**
 * HubSpot (app.hubspot.com). Low confidence: only single-author scripts were found (shared/SITES.md).
 * HubSpot's own test hooks (`data-selenium-test`) name each contact property by its internal name,
 * which does not change with the UI language.
 */
import type { RecordFields } from '../../protocol';
import {
  cleanText,
  climbTo,
  dedupeRecipients,
  emailsIn,
  failure,
  mailtoAddresses,
  queryOne,
  valueOf,
  type SelectorGroup,
} from '../dom';
import { hasFields, setField, type RecordKey } from '../record';
import { editorText, type TextOptions } from '../text';
import { composesAround, defineSite, editorIn } from '../define';
import type { ComposeData } from '../types';

export const selectors = {
  sidebar: {
    name: 'hubspot.record.sidebar',
    variants: [
      // Record sidebar with highlighted properties.
      '[data-selenium-test="highlightedPropertySidebar"]',
      // Older profile highlight card.
      '[data-selenium-test="profile-highlight"]',
      // Newer record sidebar test id.
      '[data-test-id="record-sidebar"]',
    ],
  },
  /** `%s` is a property's internal name. */
  property: {
    name: 'hubspot.record.property',
    variants: [
      // Editable property inputs.
      '[data-selenium-test="property-input-%s"]',
      // Read-only property values.
      '[data-selenium-test="property-value-%s"]',
    ],
  },
  editor: {
    name: 'hubspot.composer.editor',
    variants: [
      // The communicator's rich-text editor.
      '[data-selenium-test="rich-text-editor"] [contenteditable="true"]',
      // Draft.js editors (HubSpot's editor framework) without the test hook.
      '.DraftEditor-root [contenteditable="true"]',
      // Any editor inside an email-related test hook.
      '[data-selenium-test*="email"] [contenteditable="true"]',
    ],
  },
  subject: {
    name: 'hubspot.composer.subject',
    variants: [
      // Communicator subject input.
      'input[data-selenium-test*="subject" i]',
      // Plain subject input.
      'input[name="subject"]',
    ],
  },
  recipients: {
    name: 'hubspot.composer.to',
    variants: [
      // Communicator To field.
      '[data-selenium-test*="to-field" i]',
      // Any recipient test hook.
      '[data-selenium-test*="recipient" i]',
    ],
  },
} satisfies Record<string, SelectorGroup>;

const PROPS: Array<[string, RecordKey]> = [
  ['email', 'email'],
  ['phone', 'phone'],
  ['mobilephone', 'phone'],
  ['country', 'country'],
  ['city', 'city'],
  ['address', 'address'],
  ['company', 'company'],
  ['jobtitle', 'role'],
  ['hs_lead_status', 'dealStage'],
];

const BODY_SKIP: TextOptions = { skip: 'blockquote, .hs-signature, [data-signature]' };
const per = (g: SelectorGroup, f: string): SelectorGroup => ({ name: g.name, variants: g.variants.map((v) => v.replaceAll('%s', f)) });

export const hubspot = defineSite({
  id: 'hubspot',
  name: 'HubSpot',
  confidence: 'low',
  extracts: 'contact record properties by internal name (email, phone, country, city, address, company, job title, name); email composer recipients (addresses in the To area), subject and body',
  hosts: ['app.hubspot.com'],
  findComposes(root) {
    return composesAround(root, selectors.editor, (ed) => climbTo(ed, selectors.subject.variants.join(',')));
  },
  findEditor(compose) {
    return editorIn(compose, selectors.editor, BODY_SKIP);
  },
  readCompose(compose): ComposeData {
    const failures: string[] = [];
    const to = queryOne(compose, selectors.recipients);
    if (!to) failures.push(failure(selectors.recipients));
    const addresses = to ? [...mailtoAddresses(to), ...emailsIn(`${to.textContent ?? ''} ${Array.from(to.querySelectorAll('[title]')).map((e) => e.getAttribute('title')).join(' ')}`).map((email) => ({ email }))] : [];
    const editor = this.findEditor(compose);
    if (!editor) failures.push(failure(selectors.editor));
    return {
      recipients: dedupeRecipients(addresses.map((a) => ({ ...a, field: 'to' as const }))),
      subject: valueOf(queryOne(compose, selectors.subject)),
      body: editor ? editorText(editor.el, editor.text) : '',
      thread: [],
      failures,
    };
  },
  readRecord(page, loc) {
    const m = /\/record\/0-1\/(\d+)/.exec(loc.pathname) ?? /\/contact\/(\d+)/.exec(loc.pathname);
    if (!m) return null;
    const fields: RecordFields = {};
    for (const [prop, key] of PROPS) setField(fields, key, valueOf(queryOne(page, per(selectors.property, prop))));
    const first = valueOf(queryOne(page, per(selectors.property, 'firstname')));
    const last = valueOf(queryOne(page, per(selectors.property, 'lastname')));
    setField(fields, 'name', `${first} ${last}`);
    const sidebar = queryOne(page, selectors.sidebar);
    if (sidebar && !fields.name) setField(fields, 'name', cleanText(sidebar.querySelector('h1, h2, [data-selenium-test*="name"]')));
    const failures = hasFields(fields) ? [] : [failure(selectors.property)];
    return { fields, failures, anchor: sidebar, id: `hubspot:${m[1]}` };
  },
});
