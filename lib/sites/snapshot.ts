/**
 * Building the `ComposeSnapshot` a content script sends. Pure: the caller passes the site module,
 * the compose root, the page and the location. Only protocol *types* are imported, so this stays
 * out of zod's way in the content bundle; `test/sites` checks the result against the zod schema.
 */
import type { ComposeSnapshot, RecordFields, Recipient } from '../protocol';
import { dedupeRecipients, emailsIn, mailtoAddresses } from './dom';
import type { SiteModule, UrlLike } from './types';

/** The compose window's text outside the editor: addresses the user typed in the draft are not recipients. */
function editorExcluded(compose: Element, site: SiteModule): string {
  const editor = site.findEditor(compose);
  let text = '';
  const walk = (n: Node) => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (editor && c === editor.outer) continue;
      if (c.nodeType === 3) text += (c as Text).data + ' ';
      else if (c.nodeType === 1) {
        const v = (c as HTMLInputElement).value;
        if ((c as Element).tagName === 'INPUT' && typeof v === 'string') text += v + ' ';
        for (const attr of ['title', 'email', 'data-hovercard-id']) text += ((c as Element).getAttribute(attr) ?? '') + ' ';
        walk(c);
      }
    }
  };
  walk(compose);
  return text;
}

/** Mirrors LIMITS.body in lib/protocol.ts (a test keeps them equal): a huge draft is cut, not rejected. */
export const BODY_LIMIT = 200_000;
/** Mirrors LIMITS.recipients. */
export const RECIPIENT_LIMIT = 100;
/** Mirrors the `failures` cap of ComposeSnapshot. */
export const FAILURE_LIMIT = 50;

export type SnapshotInput = {
  site: string;
  composeId: string;
  recipients: Recipient[];
  subject: string;
  body: string;
  thread: ComposeSnapshot['thread'];
  signature?: string;
  self?: string[];
  record?: RecordFields;
  failures: string[];
};

/** The record's person as a recipient, so a CRM page without an open composer still has one. */
export function recordRecipient(record: RecordFields | undefined): Recipient | null {
  if (!record || (!record.email && !record.name)) return null;
  return { email: (record.email ?? '').toLowerCase(), ...(record.name ? { name: record.name } : {}), field: 'record' };
}

/** Snapshot of one compose window; `record` is attached when a CRM record is open beside it. */
export function composeSnapshot(
  site: SiteModule,
  compose: Element,
  page: ParentNode,
  composeId: string,
  record?: { fields: RecordFields; failures: string[] } | null,
): SnapshotInput {
  const data = site.readCompose(compose, page);
  const recipients = data.recipients.slice(0, RECIPIENT_LIMIT);
  // The site's recipient selectors failed: fall back to addresses written inside the compose
  // window itself (never the whole page, which would pick up the user's own address).
  if (!recipients.length && data.failures.length) {
    for (const a of mailtoAddresses(compose)) recipients.push({ ...a, field: 'other' });
    for (const email of emailsIn(editorExcluded(compose, site))) recipients.push({ email, field: 'other' });
  }
  const rr = recordRecipient(record?.fields);
  // A composer opened from a record may not show the address yet; the record says who it is.
  if (rr && !recipients.length) recipients.push(rr);
  return {
    site: site.id,
    composeId,
    recipients: dedupeRecipients(recipients, RECIPIENT_LIMIT),
    subject: data.subject,
    body: data.body.length > BODY_LIMIT ? data.body.slice(0, BODY_LIMIT) : data.body,
    thread: data.thread,
    ...(data.signature ? { signature: data.signature } : {}),
    ...(data.self?.length ? { self: data.self.slice(0, 5) } : {}),
    ...(record && Object.keys(record.fields).length ? { record: record.fields } : {}),
    failures: [...data.failures, ...(record?.failures ?? [])].slice(0, FAILURE_LIMIT),
  };
}

/** Snapshot of a CRM record page with no compose window: the record's person, no draft. */
export function recordSnapshot(site: SiteModule, id: string, record: { fields: RecordFields; failures: string[] }): SnapshotInput {
  const rr = recordRecipient(record.fields);
  return {
    site: site.id,
    composeId: id,
    recipients: rr ? [rr] : [],
    subject: '',
    body: '',
    thread: [],
    record: record.fields,
    failures: record.failures.slice(0, FAILURE_LIMIT),
  };
}

/** Re-export for callers that only hold a location. */
export type { UrlLike };
