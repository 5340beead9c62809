// @vitest-environment happy-dom
// The popup (plain DOM): frame first, then the tab's drafts; corrections, apply and dismiss.
import { afterEach, describe, expect, it } from 'vitest';
import { renderPopup, POPUP_SUGGESTIONS, type PopupHandle } from '../../components/popup/popup';
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
    expect(ids(root, 'formality-meter')[0].textContent).toContain('More casual than the reader expects.');
    expect(ids(root, 'audience')[0].textContent).toMatch(/Mixed-culture thread/);
  });

  it('lists only the most severe suggestions, and applies and dismisses them', async () => {
    const m = mockPlatform({ analyses: [analysis()] });
    await mount(m.platform).ready;
    const items = ids(root, 'suggestion');
    expect(items).toHaveLength(POPUP_SUGGESTIONS);
    expect(items.map((i) => i.dataset.severity)).toEqual(['critical', 'warning', 'info']);
    (items[0].querySelector('[data-testid="apply"]') as HTMLElement).click();
    await tick();
    expect(m.transport.calls.find((c) => c.type === 'apply')).toMatchObject({ tabId: 7, start: 40, end: 50, original: 'ASAP today', replacement: 'at your convenience' });
    for (let i = 0; i < 5; i++) await tick();
    // The applied one is gone (and stays gone across repaints); the next one moves up.
    expect(ids(root, 'suggestion').map((i) => i.textContent).join(' ')).not.toContain('ASAP reads as pressure.');
    expect(ids(root, 'suggestion').map((i) => i.dataset.severity)).toEqual(['warning', 'info', 'info']);
    (ids(root, 'suggestion')[0].querySelector('[data-testid="dismiss"]') as HTMLElement).click();
    await tick();
    expect(m.transport.calls.find((c) => c.type === 'dismiss')).toMatchObject({ contact: 'sato@example.co.jp', suggestionKey: 'g2' });
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
