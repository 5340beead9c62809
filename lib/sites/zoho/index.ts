/**
 * Zoho CRM (crm.zoho.com, crm.zoho.eu). Low confidence: `#subvalue_EMAIL` and
 * `#headervalue_LASTNAME` come from single-author scripts (shared/SITES.md); the other ids follow
 * the same pattern with Zoho's API field names (MAILINGCOUNTRY …), which do not change with the
 * UI language. Newer layouts label values with `data-zcqa`; they are tried second.
 */
import type { RecordFields } from '../../protocol';
import { cleanText, failure, queryOne, valueOf, type SelectorGroup } from '../dom';
import { hasFields, setField, type RecordKey } from '../record';
import { defineSite } from '../define';

export const selectors = {
  /** `%s` is the upper-case API field name. */
  value: {
    name: 'zoho.record.value',
    variants: [
      // Classic detail value cell.
      '#subvalue_%s',
      // Classic header value.
      '#headervalue_%s',
      // Newer detail view hook.
      '[data-zcqa="detailView_%s"]',
      // Value attribute hook.
      '[data-value="%s"]',
    ],
  },
  header: {
    name: 'zoho.record.header',
    variants: [
      // Last name in the header.
      '#headervalue_LASTNAME',
      // Detail view title.
      '.dvTitle',
      // Detail view header.
      '#detailViewHeader',
    ],
  },
} satisfies Record<string, SelectorGroup>;

const FIELDS: Array<[string, RecordKey]> = [
  ['EMAIL', 'email'],
  ['PHONE', 'phone'],
  ['MOBILE', 'phone'],
  ['MAILINGCOUNTRY', 'country'],
  ['COUNTRY', 'country'],
  ['MAILINGCITY', 'city'],
  ['CITY', 'city'],
  ['MAILINGSTREET', 'address'],
  ['ACCOUNTID', 'company'],
  ['ACCOUNT_NAME', 'company'],
  ['COMPANY', 'company'],
  ['TITLE', 'role'],
  ['DESIGNATION', 'role'],
];

const per = (g: SelectorGroup, f: string): SelectorGroup => ({ name: g.name, variants: g.variants.map((v) => v.replaceAll('%s', f)) });

export const zoho = defineSite({
  id: 'zoho',
  name: 'Zoho CRM',
  confidence: 'low',
  extracts: 'contact record by API field id: email, phone, mailing country/city/street, account, title, first and last name',
  hosts: ['crm.zoho.com', 'crm.zoho.eu'],
  findComposes: () => [],
  findEditor: () => null,
  readCompose: () => ({ recipients: [], subject: '', body: '', thread: [], failures: [] }),
  readRecord(page, loc) {
    const m = /\/tab\/(?:Contacts|Leads)\/(\d+)/.exec(loc.pathname);
    const fields: RecordFields = {};
    for (const [api, key] of FIELDS) setField(fields, key, valueOf(queryOne(page, per(selectors.value, api))));
    const first = valueOf(queryOne(page, per(selectors.value, 'FIRSTNAME')));
    const last = valueOf(queryOne(page, per(selectors.value, 'LASTNAME')));
    setField(fields, 'name', `${first} ${last}`);
    if (!m && !hasFields(fields)) return null;
    const anchor = queryOne(page, selectors.header);
    return { fields, failures: hasFields(fields) ? [] : [failure(selectors.value)], anchor, id: `zoho:${m ? m[1] : cleanText(anchor).slice(0, 60)}` };
  },
});
