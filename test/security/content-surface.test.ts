/**
 * What a content script may ask for (SECURITY.md, "What a page can ask for"). A compromised
 * renderer can send any message a content script can, so the surface is as narrow as the badge
 * needs: a country, only for a recipient of a compose its own tab has open now, answered with
 * nothing it did not send; and of the settings only whether its site is on and whether the pause
 * before a costly send is on there.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeService, type Harness } from './helpers';

const TAB = 5;
const OTHER_TAB = 6;
const content = (tabId = TAB, frameId = 0) => ({ kind: 'content' as const, tabId, frameId });
const UI = { kind: 'ui' as const, tabId: null };
const HANS = 'hans.mueller@muellerbau-technik.de';
const snapshot = {
  site: 'gmail',
  composeId: 'c1',
  recipients: [
    { email: HANS, name: 'Hans Müller', field: 'to' },
    { email: '', name: 'Kenji Tanaka', field: 'cc' },
  ],
  subject: 'Angebot',
  body: 'Hi Hans, could you send the revised quote by Friday?',
};

let h: Harness;
beforeAll(async () => {
  h = await makeService();
  // The user's own note on Hans, written in the side panel.
  await h.service.handle({ type: 'setOverride', override: { scope: 'contact', key: HANS, note: 'Prefers Sie; decision in Q3', lang: 'de' } }, UI);
  expect((await h.service.handle({ type: 'snapshot', snapshot }, content(TAB, 2))).ok).toBe(true);
});
afterAll(() => h.db.close());

describe('a content script', () => {
  it('may set a country for a recipient of its own tab, and gets nothing back', async () => {
    const r = await h.service.handle({ type: 'setCountry', key: HANS, country: 'AT' }, content());
    expect(r).toEqual({ ok: true, data: {} });
    const row = await h.db.overrides.get(`contact:${HANS}`);
    // Only the country changed: the user's note and language are kept.
    expect(row).toMatchObject({ country: 'AT', note: 'Prefers Sie; decision in Q3', lang: 'de' });
  });

  it('one correction from the badge costs one analysis, pushed to the page once', async () => {
    h.pushed.length = 0;
    h.sent.length = 0;
    expect((await h.service.handle({ type: 'setCountry', key: HANS, country: 'DE' }, content())).ok).toBe(true);
    expect(h.pushed.filter((p) => (p as { composeId?: string }).composeId === 'c1')).toHaveLength(1);
    expect(h.sent.filter((s) => (s.message as { type: string }).type === 'analysis')).toHaveLength(1);
  });

  it('may key a name-only recipient by name', async () => {
    expect((await h.service.handle({ type: 'setCountry', key: 'name:kenji tanaka', country: 'JP' }, content())).ok).toBe(true);
  });

  it.each([
    ['an address the tab does not show', { key: 'someone@else.example', country: 'JP' }, content()],
    ['a recipient of another tab', { key: HANS, country: 'JP' }, content(OTHER_TAB)],
    ['a domain-wide key', { key: 'muellerbau-technik.de', country: 'JP' }, content()],
  ])('may not set a country for %s', async (_n, payload, sender) => {
    const before = await h.db.overrides.toArray();
    const r = await h.service.handle({ type: 'setCountry', ...payload }, sender);
    expect(r.ok).toBe(false);
    expect(await h.db.overrides.toArray()).toEqual(before);
  });

  it('may not send a note, a language, a scope or anything but a country', async () => {
    const before = await h.db.overrides.toArray();
    for (const msg of [
      { type: 'setOverride', override: { scope: 'contact', key: HANS, country: 'JP', note: 'x' } },
      { type: 'setOverride', override: { scope: 'domain', key: 'gmail.com', country: 'JP' } },
      { type: 'setCountry', key: HANS, country: 'Japan' },
    ]) {
      expect((await h.service.handle(msg, content())).ok).toBe(false);
    }
    expect(await h.db.overrides.toArray()).toEqual(before);
  });

  it('learns only whether its site is on, not the settings', async () => {
    await h.service.handle({ type: 'setSettings', settings: { disabledSites: ['outlook'], extraOrigins: ['https://crm.example.com/*'] } }, UI);
    expect(await h.service.handle({ type: 'getSettings' }, content())).toMatchObject({ ok: false });
    expect(await h.service.handle({ type: 'siteEnabled', site: 'gmail' }, content())).toEqual({ ok: true, data: { enabled: true, pause: true, pauseInfo: false } });
    expect(await h.service.handle({ type: 'siteEnabled', site: 'outlook' }, content())).toEqual({ ok: true, data: { enabled: false, pause: true, pauseInfo: false } });
  });

  it('learns of the pause before sending only its own site\'s two switches, never the list of sites', async () => {
    await h.service.handle({ type: 'setSettings', settings: { presendInfo: true, presendOffSites: ['outlook', 'yahoo'] } }, UI);
    const gmail = await h.service.handle({ type: 'siteEnabled', site: 'gmail' }, content());
    const outlook = await h.service.handle({ type: 'siteEnabled', site: 'outlook' }, content());
    expect(gmail).toEqual({ ok: true, data: { enabled: true, pause: true, pauseInfo: true } });
    expect(outlook).toEqual({ ok: true, data: { enabled: false, pause: false, pauseInfo: false } });
    // Nothing in either answer names another site or carries a settings field.
    for (const r of [gmail, outlook]) {
      expect(JSON.stringify(r)).not.toMatch(/yahoo|presend|disabledSites/);
      expect(Object.keys((r as { data: object }).data).sort()).toEqual(['enabled', 'pause', 'pauseInfo']);
    }
    await h.service.handle({ type: 'setSettings', settings: { presendPause: false } }, UI);
    expect(await h.service.handle({ type: 'siteEnabled', site: 'gmail' }, content())).toEqual({ ok: true, data: { enabled: true, pause: false, pauseInfo: false } });
    // A content script cannot switch the pause back on (or change anything else).
    expect((await h.service.handle({ type: 'setSettings', settings: { presendPause: true } }, content())).ok).toBe(false);
    await h.service.handle({ type: 'setSettings', settings: { presendPause: true, presendInfo: false, presendOffSites: [] } }, UI);
  });

  it('may dismiss only a suggestion its own tab was shown', async () => {
    const state = await h.service.handle({ type: 'getState', tabId: TAB }, UI);
    const id = (state as { data: { analyses: { suggestions: { id: string }[] }[] } }).data.analyses[0].suggestions[0]?.id;
    expect(id).toBeTruthy();
    expect((await h.service.handle({ type: 'dismissSuggestion', composeId: 'c1', suggestionId: id! }, content(OTHER_TAB))).ok).toBe(false);
    expect((await h.service.handle({ type: 'dismissSuggestion', composeId: 'c1', suggestionId: 'made-up' }, content())).ok).toBe(false);
    expect((await h.service.handle({ type: 'dismissSuggestion', composeId: 'c1', suggestionId: id! }, content())).ok).toBe(true);
  });
});

describe('frames', () => {
  it('sends analyses and Apply only to the frame that sent the compose', async () => {
    h.sent.length = 0;
    await h.service.handle({ type: 'setOverride', override: { scope: 'contact', key: HANS, country: 'CH' } }, UI);
    const pushes = h.sent.filter((s) => (s.message as { type: string }).type === 'analysis');
    expect(pushes.length).toBeGreaterThan(0);
    for (const p of pushes) expect(p.frameId).toBe(2);
    h.sent.length = 0;
    await h.service.handle({ type: 'apply', tabId: TAB, composeId: 'c1', start: 0, end: 2, original: 'Hi', replacement: 'Dear' }, UI);
    expect(h.sent).toEqual([expect.objectContaining({ tabId: TAB, frameId: 2 })]);
  });
});
