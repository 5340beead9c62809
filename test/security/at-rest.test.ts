/**
 * What is kept (SECURITY.md, "What is kept"): no sentence of a draft is stored at rest or exported;
 * storage.session holds the analyses only (never a draft or a thread), and a closed tab's state
 * is gone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeService, type Harness } from './helpers';
import { hashLegacyDismissals, exportUserData } from '../../lib/db/repo';
import { dismissalKey } from '../../lib/service/keys';
import type { Analysis } from '../../lib/protocol';

const TAB = 8;
const content = { kind: 'content' as const, tabId: TAB, frameId: 0 };
const SECRET = 'Our floor price is 41,500 EUR, do not go lower';
const THREAD = 'Internal: margin on this deal is only 3 percent';
const snapshot = {
  site: 'gmail',
  composeId: 'c9',
  recipients: [{ email: 'kenji.tanaka@kyoto-seiki.co.jp', name: 'Kenji Tanaka', field: 'to' }],
  subject: 'Pricing',
  body: `Hi guys, ${SECRET}. Gotta close this ASAP!!`,
  thread: [{ from: 'kenji.tanaka@kyoto-seiki.co.jp', text: THREAD }],
};

let h: Harness;
let analysis: Analysis;
beforeAll(async () => {
  h = await makeService();
  const r = await h.service.handle({ type: 'snapshot', snapshot }, content);
  analysis = (r as { data: Analysis }).data;
});
afterAll(() => h.db.close());

describe('at rest', () => {
  it('a dismissal keeps a hash of the suggestion, not the draft words', async () => {
    const s = analysis.suggestions.find((x) => /guys|gotta|asap/i.test(x.id));
    expect(s, 'a suggestion whose id names draft words').toBeTruthy();
    expect((await h.service.handle({ type: 'dismissSuggestion', composeId: 'c9', suggestionId: s!.id }, content)).ok).toBe(true);
    const rows = JSON.stringify(await h.db.dismissals.toArray());
    expect(rows).not.toMatch(/guys|gotta|asap/i);
    // …and the dismissal still hides it.
    const again = (await h.service.handle({ type: 'snapshot', snapshot }, content)) as { data: Analysis };
    expect(again.data.suggestions.map((x) => x.id)).not.toContain(s!.id);
    expect(await exportUserData(h.db)).not.toMatch(/guys|gotta|asap/i);
  });

  it('dismissals written by an older version are hashed in place', async () => {
    await h.db.dismissals.put({ id: 'a@b.example|greeting:Hi guys', contact: 'a@b.example', suggestionKey: 'greeting:Hi guys', at: 1 });
    expect(await hashLegacyDismissals(h.db)).toBe(1);
    const row = (await h.db.dismissals.where('contact').equals('a@b.example').toArray())[0];
    expect(row.suggestionKey).toBe(dismissalKey('greeting:Hi guys'));
    expect(JSON.stringify(row)).not.toContain('guys');
  });

  it('storage.session holds no draft, subject or thread', async () => {
    const stored = JSON.stringify(await h.session.get('glocal:tabs'));
    expect(stored).toContain('kenji.tanaka@kyoto-seiki.co.jp');
    for (const text of [SECRET, THREAD, 'Pricing']) expect(stored).not.toContain(text);
  });

  it('a closed tab leaves nothing in storage.session', async () => {
    await h.service.tabs.removeTab(TAB);
    const stored = (await h.session.get('glocal:tabs')) as { tabs: Record<string, unknown> };
    expect(Object.keys(stored.tabs)).not.toContain(String(TAB));
    expect(h.service.tabs.snapshots().filter((x) => x.tabId === TAB)).toEqual([]);
  });
});

describe('the reading lens keeps only the decoded phrase', () => {
  it('stores a received message\'s decoded phrase, never the rest of the message', async () => {
    const h2 = await makeService();
    const secret = 'our floor price is 41 euros';
    const r = await h2.service.handle(
      { type: 'snapshot', snapshot: { ...snapshot, composeId: 'lens1', thread: [{ from: 'kenji.tanaka@kyoto-seiki.co.jp', text: `That may be difficult, and ${secret}.` }] } },
      content,
    );
    const a = (r as { data: Analysis }).data;
    expect(a.lens?.[0]?.readings[0]?.phrase).toMatch(/may be difficult/);
    const stored = JSON.stringify(await h2.session.get('glocal:tabs'));
    expect(stored).toContain('may be difficult');
    expect(stored).not.toContain(secret);
  });
});
