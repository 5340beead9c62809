/**
 * The background entrypoint under WXT's fakeBrowser: real runtime.onMessage events, the real
 * service, Dexie on fake-indexeddb. Proves the wiring: sender checks, snapshot → analysis,
 * state kept in storage.session, overrides changing the answer.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import background from '../../entrypoints/background/index';
import { contentSender, send, stubExtensionApis, uiSender, type Res } from './fake-runtime';

const snapshot = {
  site: 'gmail',
  composeId: 'c1',
  recipients: [
    { email: 'hans.mueller@muellerbau-technik.de', name: 'Hans Müller', field: 'to' },
    { email: 'k.tanaka@kyoto-seiki.co.jp', name: 'Kenji Tanaka', field: 'to' },
  ],
  subject: 'Angebot',
  body: 'Hi guys,\n\nJust wanted to touch base. Send me the numbers ASAP!\n\nCheers, Alex',
  thread: [{ from: 'hans.mueller@muellerbau-technik.de', text: 'Sehr geehrter Herr Morgan, vielen Dank für Ihre Anfrage. Mit freundlichen Grüßen' }],
};

describe('background entrypoint', () => {
  let apis: ReturnType<typeof stubExtensionApis>;
  beforeAll(() => {
    fakeBrowser.reset();
    apis = stubExtensionApis();
    background.main();
  });

  it('analyses a snapshot from a content script and keeps it for the side panel', async () => {
    const res = await send({ type: 'snapshot', snapshot }, contentSender);
    expect(res.ok, res.error).toBe(true);
    const tops = res.data.recipients.map((r: { candidates: { country: string }[] }) => r.candidates[0]?.country);
    expect(tops).toEqual(['DE', 'JP']);
    expect(res.data.audience.mixed).toBe(true);
    expect(res.data.suggestions.length).toBeGreaterThan(0);

    const state = await send({ type: 'getState', tabId: 7 }, uiSender);
    expect(state.ok).toBe(true);
    expect(state.data.analyses).toHaveLength(1);
    expect(state.data.analyses[0].composeId).toBe('c1');
    // storage.session holds it, so a restarted worker still has it.
    expect(JSON.stringify(await fakeBrowser.storage.session.get(null))).toContain('k.tanaka@kyoto-seiki.co.jp');
  });

  it('refuses other extensions, unknown senders and content-only messages from pages', async () => {
    expect((await send({ type: 'getState', tabId: 7 }, { id: 'evil-extension', url: 'chrome-extension://evil/x.html' })).ok).toBe(false);
    expect((await send({ type: 'getState', tabId: 7 }, { id: 'test-extension-id' })).ok).toBe(false);
    // A content script (a web page's tab) may not read the user's data or export it.
    const exp = await send({ type: 'exportData' }, contentSender);
    expect(exp.ok).toBe(false);
    expect(exp.error).toMatch(/not accepted from a content context/);
    const bad = await send({ type: 'snapshot', snapshot: { ...snapshot, recipients: 'x' } }, contentSender);
    expect(bad.ok).toBe(false);
    expect(bad.error).toMatch(/recipients/);
  });

  it('a per-contact correction is stored in Dexie and changes the next answer', async () => {
    const saved = await send(
      { type: 'setOverride', override: { scope: 'contact', key: 'hans.mueller@muellerbau-technik.de', country: 'AT' } },
      uiSender,
    );
    expect(saved.ok, saved.error).toBe(true);
    const state = await send({ type: 'getState', tabId: 7 }, uiSender);
    const hans = state.data.analyses[0].recipients.find((r: { email: string }) => r.email.startsWith('hans'));
    expect(hans.candidates[0].country).toBe('AT');
    expect(hans.overridden).toBe(true);
    const list = await send({ type: 'listOverrides' }, uiSender);
    expect(list.data.map((o: { key: string }) => o.key)).toContain('hans.mueller@muellerbau-technik.de');
  });

  it('serves profiles, comparisons and briefs from the seeded database', async () => {
    const p = await send({ type: 'getProfile', country: 'JP' }, uiSender);
    expect(p.ok, p.error).toBe(true);
    expect(p.data.country).toBe('JP');
    expect(p.data.dimensions.hofstede.uai.value).toBe(92);
    const cmp = await send({ type: 'compare', a: 'US', b: 'JP' }, uiSender);
    expect(cmp.ok, cmp.error).toBe(true);
    const brief = await send({ type: 'brief', to: 'JP', from: 'US' }, uiSender);
    expect(brief.ok, brief.error).toBe(true);
    expect(brief.data.markdown).toMatch(/Japan/);
  });

  it('on install, the home country and language start from the browser locale', async () => {
    (fakeBrowser.i18n as { getUILanguage: () => string }).getUILanguage = () => 'de-AT';
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
    let settings: Res | undefined;
    for (let i = 0; i < 50; i++) {
      settings = await send({ type: 'getSettings' }, uiSender);
      if (settings.data.homeCountry) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(settings!.data.homeCountry).toBe('AT');
    expect(settings!.data.homeLanguage).toBe('de');
  });

  it('registers the content script for a site the user grants, and only for that site', async () => {
    expect(apis.registered).toEqual([]);
    apis.grant(['https://crm.example.com/*']);
    await vi.waitFor(() => expect(apis.registered.map((s) => s.matches)).toEqual([['https://crm.example.com/*']]));
  });

  it('forgets a closed compose window', async () => {
    await send({ type: 'composeClosed', composeId: 'c1' }, contentSender);
    const state = await send({ type: 'getState', tabId: 7 }, uiSender);
    expect(state.data.analyses).toHaveLength(0);
  });
});

describe('per-contact preferences reach the communication target', () => {
  it('"prefers first names" on a Japanese contact turns the target to first names', async () => {
    const { analyseSnapshot } = await import('../../lib/pipeline');
    const { getProfile } = await import('../../lib/profiles/index');
    const { Settings } = await import('../../lib/protocol');
    const snap = {
      site: 'gmail',
      composeId: 'x',
      recipients: [{ email: 'k.tanaka@kyoto-seiki.co.jp', name: 'Kenji Tanaka', field: 'to' as const }],
      subject: '',
      body: 'Dear Mr. Tanaka,\n\nThank you for your message.',
      thread: [],
      failures: [],
    };
    const base = {
      profile: (cc: string) => getProfile(cc),
      learnedDomains: {},
      settings: Settings.parse({ homeCountry: 'US' }),
      dismissed: new Set<string>(),
      now: new Date('2026-11-24T01:00:00Z'),
    };
    const plain = await analyseSnapshot(snap, { ...base, overrides: [] });
    expect(plain.target?.firstNames).toBe(false);
    const withPref = await analyseSnapshot(snap, {
      ...base,
      overrides: [{ scope: 'contact', key: 'k.tanaka@kyoto-seiki.co.jp', country: null, lang: null, firstNames: true, note: '', updatedAt: 1 }],
    });
    expect(withPref.target?.firstNames).toBe(true);
    expect(withPref.target?.explanations.map((e) => e.text).join(' ')).toMatch(/prefers first names/);
  });
});

describe('working status is answered by the background', () => {
  it('says a Japanese public holiday is a holiday, and a Saudi Friday a weekend', async () => {
    const jp = await send({ type: 'workingStatus', country: 'JP', at: Date.UTC(2026, 10, 23, 3) }, uiSender);
    expect(jp.ok, jp.error).toBe(true);
    expect(jp.data.status).toBe('holiday');
    expect(jp.data.holidayToday).toMatch(/Labo(u)?r Thanksgiving/);
    const sa = await send({ type: 'workingStatus', country: 'SA', at: Date.UTC(2026, 10, 27, 9) }, uiSender);
    expect(sa.data.status).toBe('weekend');
    const bad = await send({ type: 'workingStatus', country: 'xx', at: 0 }, uiSender);
    expect(bad.ok).toBe(false);
  });
});

describe('the language of a draft too short to detect', () => {
  it('is taken from the lead reader’s own messages, not from another recipient’s', async () => {
    const { analyseSnapshot } = await import('../../lib/pipeline');
    const { getProfile } = await import('../../lib/profiles/index');
    const { Settings } = await import('../../lib/protocol');
    const a = await analyseSnapshot(
      { ...snapshot, thread: [
        { from: 'hans.mueller@muellerbau-technik.de', text: 'Sehr geehrter Herr Morgan, vielen Dank für Ihre Anfrage. Anbei finden Sie unser Angebot. Mit freundlichen Grüßen' },
        { from: 'k.tanaka@kyoto-seiki.co.jp', text: 'Dear Mr. Morgan, thank you for your message. We will review the specifications with our team. Best regards, Kenji Tanaka' },
      ], body: 'Hi guys,', failures: [] } as never,
      { profile: (cc) => getProfile(cc), overrides: [], learnedDomains: {}, settings: Settings.parse({ homeCountry: 'US' }), dismissed: new Set(), now: new Date('2026-11-24T01:00:00Z') },
    );
    expect(a.target?.country).toBe('JP');
    expect(a.lang.lang).toBe('en');
    const greeting = a.suggestions.find((s) => s.category === 'greeting');
    expect(greeting?.replacement ?? '').not.toMatch(/Sehr geehrte/);
  });
});
