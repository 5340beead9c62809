// @vitest-environment happy-dom
// The popup (plain DOM): frame first, then the tab's drafts; corrections, apply and dismiss.
import { afterEach, describe, expect, it } from 'vitest';
import { renderPopup, POPUP_CACHE_KEY, POPUP_SUGGESTIONS, type PopupHandle } from '../../components/popup/popup';
import { analysis, mockPlatform, SETTINGS } from './fixtures';

const ids = (root: ParentNode, id: string) => [...root.querySelectorAll(`[data-testid="${id}"]`)] as HTMLElement[];
const tick = () => new Promise((r) => setTimeout(r, 0));

let handle: PopupHandle | null = null;
let root: HTMLElement;
function mount(platform: Parameters<typeof renderPopup>[1]) {
  root = document.createElement('div');
  document.body.append(root);
  handle = renderPopup(root, platform);
  return handle;
}
afterEach(() => {
  handle?.destroy();
  root?.remove();
});

describe('popup', () => {
  it('paints its frame synchronously, before the background answers', async () => {
    const m = mockPlatform({ analyses: [analysis()] });
    let release: () => void = () => undefined;
    const gate = new Promise<void>((ok) => (release = ok));
    const api = m.platform.api;
    const h = mount({ ...m.platform, api: { ...api, getState: async (id: number | null) => (await gate, api.getState(id)) } });
    expect(ids(root, 'popup')).toHaveLength(1);
    expect(root.textContent).toContain('Loading…');
    expect(ids(root, 'popup-content')[0].dataset.ready).toBeUndefined();
    release();
    await h.ready;
    expect(ids(root, 'popup-content')[0].dataset.ready).toBe('true');
    const cards = ids(root, 'recipient-card');
    expect(cards).toHaveLength(2);
    expect(cards[0].textContent).toContain('Germany');
    expect(cards[0].textContent).toContain('86% confident');
    expect(cards[0].textContent).toContain('.de domain; German thread');
    expect(ids(root, 'verdict')[0].textContent).toBe('Too casual for Japan · 4 fixes');
    expect(ids(root, 'formality-meter')[0].textContent).toBe('Your draft: Friendly · Japan expects: Very formal');
    expect(cards[0].querySelector('img')?.getAttribute('src')).toBe('/flags/DE.svg');
  });

  it('paints the last state it showed at once, then the fresh one', async () => {
    const m = mockPlatform({ analyses: [analysis()] });
    const store = new Map<string, unknown>();
    const session = { get: async (k: string) => store.get(k), set: async (k: string, v: unknown) => void store.set(k, v), take: async (k: string) => store.get(k) };
    await mount({ ...m.platform, session }).ready;
    expect(store.get(POPUP_CACHE_KEY)).toMatchObject({ tabId: 7 });
    handle?.destroy();
    root.remove();
    let release: () => void = () => undefined;
    const gate = new Promise<void>((ok) => (release = ok));
    const api = m.platform.api;
    const h = mount({ ...m.platform, session, api: { ...api, getState: async (id: number | null) => (await gate, api.getState(id)) } });
    for (let i = 0; i < 5; i++) await tick();
    // Before the background answers, the cached drafts are on screen.
    expect(ids(root, 'verdict')[0]?.textContent).toBe('Too casual for Japan · 4 fixes');
    release();
    await h.ready;
  });

  it('lists the top three fixes with "+N more in the side panel", and applies, undoes and dismisses them', async () => {
    const m = mockPlatform({ analyses: [analysis()] });
    await mount({ ...m.platform, openSidePanel: async () => undefined }).ready;
    const items = ids(root, 'suggestion');
    expect(items).toHaveLength(POPUP_SUGGESTIONS);
    expect(items.map((i) => i.dataset.severity)).toEqual(['critical', 'warning', 'info']);
    expect(ids(root, 'more-in-panel')[0].textContent).toBe('+1 more in the side panel');
    const apply = items[0].querySelector('[data-testid="apply"]') as HTMLElement;
    expect(apply.textContent).toBe('Apply · Soften the pressure');
    apply.click();
    for (let i = 0; i < 5; i++) await tick();
    expect(m.transport.calls.find((c) => c.type === 'apply')).toMatchObject({ tabId: 7, start: 40, end: 50, original: 'ASAP today', replacement: 'at your convenience' });
    // The applied one is gone (and stays gone across repaints); the next one moves up and has focus.
    expect(ids(root, 'suggestion').map((i) => i.textContent).join(' ')).not.toContain('Soften the pressure');
    expect(ids(root, 'suggestion').map((i) => i.dataset.severity)).toEqual(['warning', 'info', 'info']);
    expect(document.activeElement).toBe(ids(root, 'suggestion')[0]);
    expect(ids(root, 'popup-status')[0].textContent).toBe('Applied: Soften the pressure.');
    ids(root, 'undo')[0].click();
    for (let i = 0; i < 5; i++) await tick();
    expect(m.transport.calls.filter((c) => c.type === 'apply').at(-1)).toMatchObject({ start: 40, end: 59, original: 'at your convenience', replacement: 'ASAP today' });
    expect(ids(root, 'suggestion')).toHaveLength(3);
    (ids(root, 'suggestion')[1].querySelector('[data-testid="dismiss"]') as HTMLElement).click();
    await tick();
    expect(m.transport.calls.find((c) => c.type === 'dismiss')).toMatchObject({ contact: 'sato@example.co.jp', suggestionKey: 'g2' });
  });

  it('asks for the scope and a confirmation before saving another country; Escape cancels', async () => {
    const m = mockPlatform({ analyses: [analysis()] });
    await mount(m.platform).ready;
    for (let i = 0; i < 5; i++) await tick();
    const pick = (value: string) => {
      const select = ids(root, 'other-country')[0] as HTMLSelectElement;
      select.value = value;
      select.dispatchEvent(new Event('change'));
    };
    pick('FR');
    expect(m.overrides).toHaveLength(0);
    const confirm = ids(root, 'confirm-correction')[0];
    expect(confirm.querySelector('legend')?.textContent).toBe('Save France for this contact?');
    confirm.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(ids(root, 'confirm-correction')).toHaveLength(0);
    expect(m.overrides).toHaveLength(0);
    pick('FR');
    (ids(root, 'confirm-scope-domain')[0] as HTMLInputElement).click();
    expect(ids(root, 'confirm-correction')[0].querySelector('legend')?.textContent).toBe('Save France for everyone at muellerbau-technik.de?');
    ids(root, 'confirm-save')[0].click();
    for (let i = 0; i < 5; i++) await tick();
    expect(m.overrides.at(-1)).toMatchObject({ scope: 'domain', key: 'muellerbau-technik.de', country: 'FR' });
  });

  it('corrects a country in one click and re-reads the state', async () => {
    const m = mockPlatform({ analyses: [analysis()] });
    await mount(m.platform).ready;
    const quick = ids(root, 'quick-correct')[0];
    expect(quick.textContent).toBe('Not Germany? → Austria');
    const before = m.transport.calls.filter((c) => c.type === 'getState').length;
    quick.click();
    for (let i = 0; i < 5; i++) await tick();
    expect(m.overrides.at(-1)).toMatchObject({ scope: 'contact', key: 'hans.mueller@muellerbau-technik.de', country: 'AT' });
    expect(m.transport.calls.filter((c) => c.type === 'getState').length).toBe(before + 1);
  });

  it('shows local time once the calendar has loaded', async () => {
    const m = mockPlatform({ analyses: [analysis()] });
    await mount(m.platform).ready;
    for (let i = 0; i < 50 && !ids(root, 'local-time').some((e) => !e.hidden); i++) await new Promise((r) => setTimeout(r, 20));
    const times = ids(root, 'local-time').map((e) => e.textContent);
    expect(times[0]).toMatch(/Local time 2:00\s?AM.*outside working hours/);
    expect(times[1]).toMatch(/Local time 10:00\s?AM\s*working hours/);
  });

  it('explains what to do when there is nothing to show, in the chosen language', async () => {
    const m = mockPlatform({ analyses: [], tabId: null, settings: { ...SETTINGS, uiLanguage: 'fr' } });
    await mount(m.platform).ready;
    expect(root.textContent).toContain('Aucun brouillon ni fiche CRM ouverts dans cet onglet.');
    expect(document.documentElement.lang).toBe('fr');
  });

  it('offers "Prepare for a call" and "Practice today" without a draft, opening the side panel on that tab', async () => {
    const opened: Array<number | null> = [];
    const store = new Map<string, unknown>();
    const m = mockPlatform({ analyses: [] });
    const session = { get: async (k: string) => store.get(k), set: async (k: string, v: unknown) => void store.set(k, v), take: async (k: string) => store.get(k) };
    await mount({ ...m.platform, session, openSidePanel: async (id) => void opened.push(id) }).ready;
    ids(root, 'prepare-call')[0].click();
    for (let i = 0; i < 5; i++) await tick();
    expect(store.get('glocal:panelTab')).toBe('brief');
    expect(opened).toEqual([7]);
    ids(root, 'practice-today')[0].click();
    for (let i = 0; i < 5; i++) await tick();
    expect(store.get('glocal:panelTab')).toBe('practice');
  });

  it('keeps hostile page text as text', async () => {
    const evil = analysis();
    evil.recipients[0].name = '<img src=x onerror="alert(1)">';
    const m = mockPlatform({ analyses: [evil] });
    await mount(m.platform).ready;
    expect(root.querySelector('img[src="x"]')).toBeNull();
    expect(ids(root, 'recipient-card')[0].textContent).toContain('<img src=x');
  });

  it('shows an error from the background', async () => {
    const m = mockPlatform();
    const api = { ...m.platform.api, getState: async () => Promise.reject(new Error('worker asleep')) };
    await mount({ ...m.platform, api }).ready;
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('worker asleep');
  });
});
