// @vitest-environment happy-dom
/** Snapshots keep to the protocol's limits, carry the record, and URL detection is pure. */
import { describe, expect, it } from 'vitest';
import { ComposeSnapshot, LIMITS } from '../../lib/protocol';
import { salesforce } from '../../lib/sites/salesforce/index';
import { gmail } from '../../lib/sites/gmail/index';
import { siteFor } from '../../lib/sites/registry';
import { BODY_LIMIT, composeSnapshot, RECIPIENT_LIMIT, recordSnapshot } from '../../lib/sites/snapshot';

describe('snapshot', () => {
  it('mirrors the protocol limits', () => {
    expect(BODY_LIMIT).toBe(LIMITS.body);
    expect(RECIPIENT_LIMIT).toBe(LIMITS.recipients);
  });

  it('cuts a huge draft and too many recipients, and still parses', () => {
    const chips = Array.from({ length: 150 }, (_, i) => `<div role="option" data-hovercard-id="p${i}@example.com" data-name="P ${i}"></div>`).join('');
    document.body.innerHTML = `<div class="M9"><div class="anm" name="to"><div role="listbox">${chips}</div></div><input name="subjectbox" value="s"><div g_editable="true" contenteditable="true">${'word '.repeat(50_000)}</div></div>`;
    const compose = gmail.findComposes(document)[0];
    const snap = composeSnapshot(gmail, compose, document, 'gmail:x');
    expect(snap.body.length).toBe(BODY_LIMIT);
    expect(snap.recipients.length).toBe(RECIPIENT_LIMIT);
    expect(ComposeSnapshot.safeParse(snap).success).toBe(true);
  });

  it('a record page becomes a snapshot of the record person', () => {
    document.body.innerHTML = `<records-record-layout-item data-target-selection-name="sfdc:RecordField.Contact.Email"><lightning-formatted-email>ana@x.com.br</lightning-formatted-email></records-record-layout-item>`;
    const loc = new URL('https://x.lightning.force.com/lightning/r/Contact/0035g00000AbCdEAAZ/view');
    const rec = salesforce.readRecord!(document, loc)!;
    const snap = recordSnapshot(salesforce, rec.id, rec);
    expect(snap).toMatchObject({ composeId: 'salesforce:0035g00000AbCdEAAZ', recipients: [{ email: 'ana@x.com.br', field: 'record' }], body: '' });
    expect(ComposeSnapshot.safeParse(snap).success).toBe(true);
  });
});

describe('URL detection', () => {
  it.each([
    ['https://mail.google.com/mail/u/0/#inbox', 'gmail'],
    ['https://outlook.office365.com/mail/', 'outlook'],
    ['https://outlook.live.com/mail/0/', 'outlook'],
    ['https://mail.yahoo.com/d/folders/1', 'yahoo'],
    ['https://mail.proton.me/u/0/inbox', 'proton'],
    ['https://acme.lightning.force.com/lightning/r/Contact/003/view', 'salesforce'],
    ['https://app.hubspot.com/contacts/1/record/0-1/2', 'hubspot'],
    ['https://acme.pipedrive.com/person/1', 'pipedrive'],
    ['https://crm.zoho.eu/crm/org1/tab/Contacts/1', 'zoho'],
    ['https://contoso.crm4.dynamics.com/main.aspx', 'dynamics'],
    ['https://www.linkedin.com/messaging/', 'linkedin'],
    ['https://example.com/', null],
    ['https://mail.google.com.evil.example/', null],
    ['https://notoutlook.live.com/', null],
  ])('%s → %s', (url, id) => {
    expect(siteFor(new URL(url))?.id ?? null).toBe(id);
  });
});
