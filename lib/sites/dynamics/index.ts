/**
 * Dynamics 365 (*.dynamics.com). Structure from EasyRepro (DTO/AppElementReference.cs) and
 * Level Up for Dynamics; see shared/SITES.md. Unified Interface marks each field control with
 * `data-id="<logical name>.fieldControl-…"`, independent of the UI language. (Reading the form
 * through `Xrm` would be sturdier but needs a page-world script; we keep to the DOM.)
 */
import type { RecordFields, Recipient } from '../../protocol';
import {
  cleanText,
  dedupeRecipients,
  failure,
  parseAddress,
  queryFirstVariant,
  queryOne,
  valueOf,
  type SelectorGroup,
} from '../dom';
import { hasFields, setField, type RecordKey } from '../record';
import { editorText } from '../text';
import { composesAround, defineSite, editorIn } from '../define';
import type { ComposeData } from '../types';

export const selectors = {
  /** `%s` is a field's logical name. */
  field: {
    name: 'dynamics.record.field',
    variants: [
      // Text and lookup inputs inside the field control (Unified Interface).
      '[data-id^="%s.fieldControl"] input',
      // Multi-line fields (address composite).
      '[data-id^="%s.fieldControl"] textarea',
      // Read-only controls render the value as text.
      '[data-id^="%s.fieldControl"]',
    ],
  },
  lookup: {
    name: 'dynamics.record.lookup',
    variants: [
      // The selected record tag of a lookup (EasyRepro).
      '[data-id^="%s.fieldControl"] [data-id*="selected_tag_text"]',
      // Older forms render the selected record as a link.
      '[data-id^="%s.fieldControl"] [role=link]',
    ],
  },
  title: {
    name: 'dynamics.record.title',
    variants: [
      // Form header title (EasyRepro).
      '[data-id="header_title"]',
      // The same id on the heading element in newer builds.
      'h1[data-id*="header_title"]',
    ],
  },
  partyList: {
    name: 'dynamics.email.to',
    variants: [
      // Selected records of the To party list (EasyRepro).
      '[data-id*="to.fieldControl-LookupResultsDropdown_to_SelectedRecordList"] li',
      // Newer builds: selected tags inside the To control.
      '[data-id^="to.fieldControl"] [data-id*="selected_tag"]',
    ],
  },
  cc: { name: 'dynamics.email.cc', variants: ['[data-id*="cc.fieldControl-LookupResultsDropdown_cc_SelectedRecordList"] li'] },
  subject: {
    name: 'dynamics.email.subject',
    variants: [
      // The subject text box (EasyRepro naming).
      '[data-id="subject.fieldControl-text-box-text"]',
      // Any input inside the subject control.
      '[data-id^="subject.fieldControl"] input',
    ],
  },
  editor: {
    name: 'dynamics.email.body',
    variants: [
      // The rich-text description control of an email activity.
      '[data-id^="description.fieldControl"] [contenteditable="true"]',
      // Custom forms that rename the control but keep the field name.
      '[data-id*="description"] [contenteditable="true"]',
    ],
  },
} satisfies Record<string, SelectorGroup>;

const FIELDS: Array<[string, RecordKey]> = [
  ['emailaddress1', 'email'],
  ['telephone1', 'phone'],
  ['mobilephone', 'phone'],
  ['address1_country', 'country'],
  ['address1_city', 'city'],
  ['address1_composite', 'address'],
  ['address1_line1', 'address'],
  ['jobtitle', 'role'],
  ['fullname', 'name'],
  ['salesstage', 'dealStage'],
  ['stepname', 'dealStage'],
];

const per = (g: SelectorGroup, f: string): SelectorGroup => ({ name: g.name, variants: g.variants.map((v) => v.replaceAll('%s', f)) });

function party(els: Element[], field: Recipient['field']): Recipient[] {
  return els.map((li) => {
    const text = li.getAttribute('title') || li.getAttribute('aria-label') || cleanText(li);
    const parsed = parseAddress(text);
    return parsed ? { ...parsed, field } : { email: '', name: text, field };
  });
}

export const dynamics = defineSite({
  id: 'dynamics',
  name: 'Dynamics 365',
  confidence: 'medium',
  extracts: 'record fields by data-id (email, phone, country, city, address, job title, name, parent account, sales stage); email activity To/Cc party lists, subject and description body',
  hosts: ['*.dynamics.com'],
  findComposes(root) {
    return composesAround(root, selectors.editor, (ed) => ed.closest('[data-id="form-selector"], form, [role=main]'));
  },
  findEditor(compose) {
    return editorIn(compose, selectors.editor);
  },
  readCompose(compose): ComposeData {
    const to = queryFirstVariant(compose, selectors.partyList).els;
    const failures = to.length ? [] : [failure(selectors.partyList)];
    const editor = this.findEditor(compose);
    return {
      recipients: dedupeRecipients([...party(to, 'to'), ...party(queryFirstVariant(compose, selectors.cc).els, 'cc')]),
      subject: valueOf(queryOne(compose, selectors.subject)),
      body: editor ? editorText(editor.el) : '',
      thread: [],
      failures,
    };
  },
  readRecord(page, loc) {
    const params = new URLSearchParams((loc.search ?? '') + '&' + (loc.hash ?? '').replace(/^#/, ''));
    const entity = params.get('etn');
    const fields: RecordFields = {};
    for (const [name, key] of FIELDS) setField(fields, key, valueOf(queryOne(page, per(selectors.field, name))));
    setField(fields, 'company', cleanText(queryOne(page, per(selectors.lookup, 'parentcustomerid'))));
    const title = queryOne(page, selectors.title);
    setField(fields, 'name', cleanText(title));
    if (!entity && !hasFields(fields)) return null;
    if (entity === 'email') return null;
    return { fields, failures: hasFields(fields) ? [] : [failure(selectors.field)], anchor: title, id: `dynamics:${params.get('id') ?? entity ?? 'record'}` };
  },
});
