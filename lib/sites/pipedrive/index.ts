/**
 * Pipedrive (*.pipedrive.com). Low confidence: no open-source integration was found
 * (shared/SITES.md), so this module relies only on what any person page must show: the URL
 * (`/person/<id>`), the heading, `mailto:` and `tel:` links, and an address block if present.
 */
import type { RecordFields } from '../../protocol';
import { cleanText, emailsIn, failure, mailtoAddresses, queryOne, spacedText, type SelectorGroup } from '../dom';
import { hasFields, setField } from '../record';
import { defineSite } from '../define';

export const selectors = {
  main: {
    name: 'pipedrive.person.main',
    variants: [
      // Person details panel.
      '[data-test="person-details"]',
      // Page main region.
      'main',
      // Application root.
      '#application',
      // Whole page.
      'body',
    ],
  },
  name: {
    name: 'pipedrive.person.name',
    variants: [
      // Header title test hook.
      '[data-test="header-title"]',
      // Page heading.
      'h1',
      // Any name test hook.
      '[data-test*="name"]',
    ],
  },
  phone: { name: 'pipedrive.person.phone', variants: ['a[href^="tel:"]'] },
  org: { name: 'pipedrive.person.org', variants: ['a[href*="/organization/"]'] },
  address: {
    name: 'pipedrive.person.address',
    variants: [
      // Semantic address element.
      'address',
      // Address test hook.
      '[data-test*="address"]',
    ],
  },
} satisfies Record<string, SelectorGroup>;

export const pipedrive = defineSite({
  id: 'pipedrive',
  name: 'Pipedrive',
  confidence: 'low',
  extracts: 'person record: name (heading), email (mailto links, else the first address on the page), phone (tel links), organisation link, address block',
  hosts: ['*.pipedrive.com'],
  findComposes: () => [],
  findEditor: () => null,
  readCompose: () => ({ recipients: [], subject: '', body: '', thread: [], failures: [] }),
  readRecord(page, loc) {
    const m = /\/person\/(\d+)/.exec(loc.pathname);
    if (!m) return null;
    const main = queryOne(page, selectors.main) ?? page;
    const fields: RecordFields = {};
    const heading = queryOne(main, selectors.name);
    setField(fields, 'name', cleanText(heading));
    setField(fields, 'email', mailtoAddresses(main)[0]?.email ?? emailsIn(spacedText(main as Node))[0]);
    setField(fields, 'phone', cleanText(queryOne(main, selectors.phone)));
    setField(fields, 'company', cleanText(queryOne(main, selectors.org)));
    setField(fields, 'address', cleanText(queryOne(main, selectors.address)));
    const failures = fields.email || fields.phone ? [] : [failure(selectors.phone)];
    return hasFields(fields) ? { fields, failures, anchor: heading, id: `pipedrive:${m[1]}` } : { fields, failures: [failure(selectors.name)], anchor: null, id: `pipedrive:${m[1]}` };
  },
});
