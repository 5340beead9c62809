/**
 * `checkText` runs the draft analysis on another text (an on-device translation or rewrite) for
 * the same readers and target as an open draft: only for the extension's own pages, and it keeps
 * nothing (no database row, no session entry, no held snapshot, no push, nothing sent to a tab).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckTextAnswer, Result } from '../../lib/protocol';
import { dumpDb, makeService, type Harness } from './helpers';

const UI = { kind: 'ui' as const, tabId: null };
const TAB = 9;
const body = 'Hi Hans,\n\ncould you send me the revised quote by Friday?\n\nCheers,\nAlex';
const snapshot = {
  site: 'gmail',
  composeId: 'c1',
  recipients: [{ email: 'hans.mueller@muellerbau-technik.de', name: 'Hans Müller', field: 'to' }],
  subject: 'Angebot',
  body,
};
// A translation as a browser model might write it: casual greeting, "du", and a marker.
const casual = 'Hallo Hans,\n\nkannst du mir das überarbeitete Angebot bis Freitag schicken? Marker-0815\n\nViele Grüße\nAlex';
const formal = 'Sehr geehrter Herr Müller,\n\nkönnten Sie mir das überarbeitete Angebot bis Freitag senden?\n\nMit freundlichen Grüßen\nAlex';

let h: Harness;
beforeAll(async () => {
  h = await makeService();
  expect((await h.service.handle({ type: 'snapshot', snapshot }, { kind: 'content', tabId: TAB, frameId: 0 })).ok).toBe(true);
});
afterAll(() => h.db.close());

const check = async (text: string, lang: string, sender: { kind: 'ui' | 'content'; tabId: number | null; frameId?: number } = UI) =>
  (await h.service.handle({ type: 'checkText', tabId: TAB, composeId: 'c1', text, lang }, sender)) as Result<CheckTextAnswer>;

describe('checkText', () => {
  it('runs T–V, the salutation and the register on a translation, for the draft’s reader', async () => {
    const res = await check(casual, 'de');
    if (!res.ok) throw new Error(res.error);
    expect(res.data.target).toBe('DE');
    expect(res.data.lang).toBe('de');
    const cats = res.data.suggestions.map((s) => s.category);
    expect(cats).toContain('address-form'); // "du" to a German business contact
    expect(cats).toContain('greeting'); // "Hallo Hans," → the curated salutation
    expect(res.data.suggestions.find((s) => s.category === 'greeting')?.replacement).toBe('Sehr geehrter Herr Müller,');
    // Spans point into the checked text, not into the draft.
    for (const s of res.data.suggestions) expect(casual.slice(s.start, s.end)).toBe(s.original);
    const ok = await check(formal, 'de');
    if (!ok.ok) throw new Error(ok.error);
    expect(ok.data.suggestions).toEqual([]);
    expect(ok.data.scores.formality).toBeGreaterThan(res.data.scores.formality);
  });
  it('reads the text in the language it is given, not the one a detector guesses', async () => {
    // "Hallo Hans," alone is too short to detect; as German it gets the German salutation.
    const res = await check('Hallo Hans,', 'de-DE');
    if (!res.ok) throw new Error(res.error);
    expect(res.data.lang).toBe('de');
    expect(res.data.suggestions.find((s) => s.category === 'greeting')?.replacement).toBe('Sehr geehrter Herr Müller,');
  });
  it('is refused to content scripts, even of the draft’s own tab', async () => {
    const res = await check(casual, 'de', { kind: 'content', tabId: TAB, frameId: 0 });
    expect(res.ok).toBe(false);
  });
  it('refuses a compose it does not hold and a malformed language', async () => {
    const other = await h.service.handle({ type: 'checkText', tabId: TAB, composeId: 'gone', text: casual, lang: 'de' }, UI);
    expect(other).toMatchObject({ ok: false, error: expect.stringMatching(/no longer open/) });
    expect((await check(casual, 'de"; drop')).ok).toBe(false);
  });
  it('stores nothing: no row, no session entry, no held text, no push and no message to the page', async () => {
    const db = await dumpDb(h.db, ['profiles']);
    const session = JSON.stringify(await h.session.get('glocal:tabs'));
    const [sent, pushed] = [h.sent.length, h.pushed.length];
    const state = await h.service.handle({ type: 'getState', tabId: TAB }, UI);
    expect((await check(casual, 'de')).ok).toBe(true);
    expect(await dumpDb(h.db, ['profiles'])).toBe(db);
    expect(JSON.stringify(await h.session.get('glocal:tabs'))).toBe(session);
    expect(session).not.toContain('Marker-0815');
    expect([h.sent.length, h.pushed.length]).toEqual([sent, pushed]);
    // The held draft is still the user's draft, and its analysis is unchanged.
    expect(await h.service.handle({ type: 'draftText', tabId: TAB, composeId: 'c1' }, UI)).toMatchObject({ ok: true, data: { body } });
    expect(await h.service.handle({ type: 'getState', tabId: TAB }, UI)).toEqual(state);
  });
});
