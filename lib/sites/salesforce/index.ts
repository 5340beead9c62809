/**
 * Salesforce Lightning Experience (*.lightning.force.com). Structure from CumulusCI's Lightning
 * locators and salesforce/lwc issues; see shared/SITES.md. Record fields are found by their
 * `data-target-selection-name` (the API field name, the same in every UI language); the
 * localized `field-label` is a fallback for a few common labels. Parts of the record page may
 * move into open shadow roots, so every record query falls back to a shadow-piercing walk.
 * The email composer's body sits in two nested same-origin CKEditor iframes.
 */
import type { RecordFields, Recipient } from '../../protocol';
import {
  cleanText,
  climbTo,
  dedupeRecipients,
  deepQueryAll,
  failure,
  frameRoot,
  parseAddress,
  queryFirstVariant,
  queryOne,
  valueOf,
  type SelectorGroup,
} from '../dom';
import { countryFromAddress, hasFields, setField, type RecordKey } from '../record';
import { editorText, type TextOptions } from '../text';
import { composesAround, defineSite, frameEditorIn } from '../define';
import type { ComposeData } from '../types';

export const selectors = {
  field: {
    name: 'salesforce.record.field',
    variants: [
      // Record layout items carry the API name (CumulusCI).
      '[data-target-selection-name^="sfdc:RecordField."]',
      // Without it, the localized label on the layout item.
      'records-record-layout-item[field-label]',
    ],
  },
  value: {
    name: 'salesforce.record.value',
    variants: [
      // Lightning base components render each value type.
      'lightning-formatted-email, lightning-formatted-phone, lightning-formatted-address, lightning-formatted-name, lightning-formatted-text, lightning-formatted-url',
      // Classic-styled read-only values.
      '.slds-form-element__static',
    ],
  },
  header: {
    name: 'salesforce.record.header',
    variants: [
      // Record highlights panel (LWC).
      'records-lwc-highlights-panel',
      // Aura highlights (older orgs).
      'records-highlights2',
      // Generic page header.
      '.slds-page-header',
    ],
  },
  headerName: {
    name: 'salesforce.record.headerName',
    variants: [
      // Formatted name component.
      'lightning-formatted-name',
      // Header title text.
      '.slds-page-header__title',
    ],
  },
  composerFrame: {
    name: 'salesforce.composer.frame',
    variants: [
      // The composer's outer CKEditor frame.
      'iframe[title="CK Editor Container"]',
      // CKEditor 4's own class on the editing frame.
      'iframe.cke_wysiwyg_frame',
    ],
  },
  innerFrame: {
    name: 'salesforce.composer.innerFrame',
    variants: [
      // Email body frame by title.
      'iframe[title="Email Body"]',
      // CKEditor 4 editing frame class.
      'iframe.cke_wysiwyg_frame',
      // The only frame inside the container.
      'iframe',
    ],
  },
  pill: {
    name: 'salesforce.composer.pill',
    variants: [
      // Lightning pill component.
      'lightning-pill',
      // SLDS pill markup.
      '.slds-pill',
    ],
  },
  subject: {
    name: 'salesforce.composer.subject',
    variants: [
      // Subject input by name.
      'input[name="subject"]',
      // Capitalised name in Aura composers.
      'input[name="Subject"]',
      // Any input whose id mentions subject.
      'input[id*="subject" i]',
    ],
  },
} satisfies Record<string, SelectorGroup>;

/** API field names (without object prefix) to record keys. Custom fields keep their `__c` names. */
const API_FIELDS: Array<[RegExp, RecordKey]> = [
  [/^(Email|PersonEmail|Email__c)$/, 'email'],
  [/^(Phone|MobilePhone|PersonMobilePhone)$/, 'phone'],
  [/^(MailingCountry|BillingCountry|OtherCountry|ShippingCountry|Country|Country__c)$/, 'country'],
  [/^(MailingCity|BillingCity|City)$/, 'city'],
  [/^(MailingAddress|BillingAddress|Address|ShippingAddress|OtherAddress)$/, 'address'],
  [/^(Name|FullName)$/, 'name'],
  [/^(AccountId|Account|Company|CompanyName)$/, 'company'],
  [/^Title$/, 'role'],
  [/^(StageName|.*Stage.*__c)$/, 'dealStage'],
];

/** Common localized labels for the label fallback; the API name path needs none of these. */
const LABELS: Array<[RegExp, RecordKey]> = [
  [/^(e-?mail|correo electrónico|courriel|adresse e-mail|メール|電子メール)$/i, 'email'],
  [/^(phone|telefon|téléphone|teléfono|telefone|電話)$/i, 'phone'],
  [/^(mailing country|country|land|pays|país|国)$/i, 'country'],
  [/^(mailing address|address|adresse|postanschrift|dirección|endereço|住所)$/i, 'address'],
  [/^(name|nom|nombre|nome|名前|氏名)$/i, 'name'],
  [/^(account name|account|firma|société|compañía|empresa|取引先名)$/i, 'company'],
  [/^(title|titel|titre|título|cargo|役職)$/i, 'role'],
];

function valueText(item: Element): { text: string; lines: string[] } {
  const v = queryOne(item, selectors.value);
  if (v) {
    const lines = Array.from(v.querySelectorAll('.slds-truncate')).map(cleanText).filter(Boolean);
    return { text: lines.length ? lines.join(', ') : cleanText(v), lines };
  }
  const label = item.querySelector('.slds-form-element__label');
  const text = cleanText(item).replace(cleanText(label), '').trim();
  return { text, lines: [] };
}

const BODY_SKIP: TextOptions = { skip: 'blockquote, .cke_widget_wrapper, [class*="signature" i]' };

function composerEditor(frame: Element): Element | null {
  const outer = frameRoot(frame);
  if (!outer) return null;
  const inner = queryOne(outer, selectors.innerFrame);
  const innerDoc = inner ? frameRoot(inner) : null;
  return (innerDoc ?? outer).querySelector('[contenteditable="true"], body[contenteditable]') ?? innerDoc?.body ?? null;
}

export const salesforce = defineSite({
  id: 'salesforce',
  name: 'Salesforce Lightning',
  confidence: 'medium',
  extracts: 'record fields by API name (email, phone, country, city, address, name, account, title, stage; localized labels as fallback), through open shadow roots; email composer pills, subject and CKEditor body (low confidence)',
  hosts: ['*.lightning.force.com'],
  findComposes(root) {
    return composesAround(root, selectors.composerFrame, (f) => climbTo(f, 'input[role="combobox"], lightning-pill, .slds-pill'));
  },
  findEditor(compose) {
    return frameEditorIn(compose, selectors.composerFrame, composerEditor, BODY_SKIP);
  },
  readCompose(compose): ComposeData {
    const failures: string[] = [];
    const list: Recipient[] = [];
    const pills = queryFirstVariant(compose, selectors.pill).els;
    for (const pill of pills) {
      const text = pill.getAttribute('label') ?? pill.getAttribute('title') ?? cleanText(pill);
      const parsed = parseAddress(text);
      if (parsed) list.push({ ...parsed, field: 'to' });
      else if (text) list.push({ email: '', name: text, field: 'to' });
    }
    if (!pills.length) failures.push(failure(selectors.pill));
    const editor = this.findEditor(compose);
    if (!editor) failures.push(failure(selectors.innerFrame));
    return {
      recipients: dedupeRecipients(list),
      subject: valueOf(queryOne(compose, selectors.subject)),
      body: editor ? editorText(editor.el, editor.text) : '',
      thread: [],
      failures,
    };
  },
  readRecord(page, loc) {
    const m = /\/lightning\/r\/(\w+)\/(\w{15,18})\//.exec(loc.pathname);
    let items = queryFirstVariant(page, selectors.field);
    // Fields moved into shadow DOM: walk open shadow roots (slow, so only when needed).
    if (!items.els.length && m) {
      for (let i = 0; i < selectors.field.variants.length && !items.els.length; i++) {
        items = { els: deepQueryAll(page, selectors.field.variants[i]), variant: i };
      }
    }
    if (!m && !items.els.length) return null;
    const fields: RecordFields = {};
    let addressLines: string[] = [];
    for (const item of items.els) {
      let key: RecordKey | undefined;
      const api = item.getAttribute('data-target-selection-name');
      if (api) {
        const name = api.split('.').pop() ?? '';
        key = API_FIELDS.find(([re]) => re.test(name))?.[1];
      } else {
        const label = (item.getAttribute('field-label') ?? '').trim();
        key = LABELS.find(([re]) => re.test(label))?.[1];
      }
      if (!key) continue;
      const { text, lines } = valueText(item);
      setField(fields, key, text);
      if (key === 'address' && lines.length) addressLines = lines;
    }
    const header = queryOne(page, selectors.header) ?? deepQueryAll(page, selectors.header.variants[0], 1)[0] ?? null;
    if (header) setField(fields, 'name', cleanText(queryOne(header, selectors.headerName)));
    setField(fields, 'country', countryFromAddress(addressLines));
    const failures = hasFields(fields) ? [] : [failure(selectors.field)];
    return { fields, failures, anchor: header, id: `salesforce:${m ? m[2] : loc.pathname}` };
  },
});
