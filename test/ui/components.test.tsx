// @vitest-environment happy-dom
// The views rendered against a mock transport: what a user sees and what goes to the background.
import { afterEach, describe, expect, it } from 'vitest';
import { SidePanelApp } from '../../components/SidePanelApp';
import { act } from 'react';
import { fixGroups, fixKind, groupEdits, levelOf, splitWhy, unreadLanguage } from '../../components/logic';
import type { Analysis, Suggestion } from '../../lib/protocol';
import { FormalityMeter, formalityVerdict } from '../../components/FormalityMeter';
import { CultureChart } from '../../components/CultureChart';
import { applyDocument } from '../../components/platform';
import { getProfile, type CountryProfile } from '../../lib/profiles/index';
import { analysis, mockPlatform, SETTINGS } from './fixtures';
import { byTestId, change, click, render, settle, type Rendered } from './render';

let r: Rendered | null = null;
afterEach(() => {
  r?.unmount();
  r = null;
});

describe('side panel', () => {
  const openChip = async (root: HTMLElement, i: number) => click(byTestId(root, 'recipient-card')[i]);

  it('shows the recipients as chips that open a card with flag, country, confidence and reasons', async () => {
    const m = mockPlatform({ analyses: [analysis()] });
    r = await render(<SidePanelApp />, m.platform);
    const root = byTestId(r.container, 'sidepanel')[0];
    expect(root).toBeTruthy();
    const chips = byTestId(root, 'recipient-card');
    expect(chips.map((c) => c.textContent)).toEqual([expect.stringContaining('Hans MüllerGermany'), expect.stringContaining('Sato HiroshiJapan')]);
    expect(chips[0].querySelector('img')?.getAttribute('src')).toBe('/flags/DE.svg');
    expect(byTestId(root, 'recipient-details')).toHaveLength(0);
    await openChip(root, 0);
    expect(chips[0].getAttribute('aria-expanded')).toBe('true');
    const card = byTestId(root, 'recipient-details')[0];
    expect(card.textContent).toContain('Germany');
    expect(card.textContent).toContain('86% confident');
    expect(card.textContent).toContain('.de domain; German thread');
    // Escape closes the card it opened and gives focus back to its chip.
    await act(async () => {
      card.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(byTestId(root, 'recipient-details')).toHaveLength(0);
    expect(document.activeElement).toBe(chips[0]);
    expect(m.transport.calls.find((c) => c.type === 'getState')).toMatchObject({ tabId: 7 });
  });

  it('corrects the country in one click, per contact or per domain', async () => {
    const m = mockPlatform({ analyses: [analysis()] });
    r = await render(<SidePanelApp />, m.platform);
    await openChip(r.container, 0);
    const card = byTestId(r.container, 'recipient-details')[0];
    const quick = card.querySelector('[data-testid="quick-correct"]');
    expect(quick?.textContent).toBe('Not Germany? → Austria');
    await click(quick);
    expect(m.overrides.at(-1)).toMatchObject({ scope: 'contact', key: 'hans.mueller@muellerbau-technik.de', country: 'AT' });
    // Per domain, through the full picker.
    const card2 = byTestId(r.container, 'recipient-details')[0];
    const radios = card2.querySelectorAll('input[type="radio"]');
    await click(radios[1]);
    await change(card2.querySelector('select'), 'FR');
    await click([...card2.querySelectorAll('button')].find((b) => b.textContent === 'Save'));
    expect(m.overrides.at(-1)).toMatchObject({ scope: 'domain', key: 'muellerbau-technik.de', country: 'FR' });
    // The state is re-read so the corrected analysis shows.
    expect(m.transport.calls.filter((c) => c.type === 'getState').length).toBeGreaterThanOrEqual(3);
  });

  it('shows the local time and working status', async () => {
    // 01:00 UTC on a Tuesday is 02:00 in Berlin (outside hours) and 10:00 in Tokyo (working).
    const m = mockPlatform({ analyses: [analysis()] });
    r = await render(<SidePanelApp />, m.platform);
    await openChip(r.container, 0);
    await settle(20);
    expect(byTestId(r.container, 'local-time')[0].textContent).toMatch(/Local time 2:00\s?AM.*outside working hours/);
    await openChip(r.container, 1);
    await settle(20);
    expect(byTestId(r.container, 'local-time')[0].textContent).toMatch(/Local time 10:00\s?AM\s*working hours/);
  });

  it('starts with a one-line verdict, then one card per fix ordered by impact', async () => {
    const m = mockPlatform({ analyses: [analysis()] });
    r = await render(<SidePanelApp />, m.platform);
    expect(byTestId(r.container, 'verdict')[0].textContent).toBe('Too casual for Japan · 4 fixes');
    const items = byTestId(r.container, 'suggestion');
    expect(items.map((i) => i.dataset.severity)).toEqual(['critical', 'warning', 'info', 'info']);
    expect(items.map((i) => i.querySelector('h3')?.textContent?.replace(/ \(.*\)$/, ''))).toEqual(['Soften the pressure', 'Change the greeting', 'Change the greeting', 'Replace an idiom']);
    // Before → after, the why, and the sources collapsed.
    expect(items[0].querySelector('del')?.textContent).toContain('ASAP today');
    expect(items[0].querySelector('ins')?.textContent).toContain('at your convenience');
    expect(items[0].querySelector('.why')?.textContent).toBe('ASAP reads as pressure.');
    const details = items[0].querySelector('details')!;
    expect(details.open).toBe(false);
    expect(details.textContent).toContain('Source: Hofstede UAI 92 (measured)');
    // Apply exists only where there is a replacement; every button names its card.
    expect(items.map((i) => Boolean(i.querySelector('[data-testid="apply"]')))).toEqual([true, false, true, false]);
    for (const b of r.container.querySelectorAll('[data-testid="suggestion"] button')) {
      const title = b.closest('article')!.querySelector('h3')!.textContent!.replace(/ \(.*\)$/, '');
      expect(b.textContent).toContain(title);
    }
  });

  it('applies with an announcement and Undo, and moves focus to the next card', async () => {
    const m = mockPlatform({ analyses: [analysis()] });
    r = await render(<SidePanelApp />, m.platform);
    await click(byTestId(r.container, 'suggestion')[0].querySelector('[data-testid="apply"]'));
    expect(m.transport.calls.find((c) => c.type === 'apply')).toMatchObject({ tabId: 7, composeId: 'gmail:1', start: 40, end: 50, original: 'ASAP today', replacement: 'at your convenience' });
    expect(byTestId(r.container, 'suggestion')).toHaveLength(3);
    const status = r.container.querySelector('[role="status"]')!;
    expect(status.textContent).toBe('Applied: Soften the pressure.');
    expect(document.activeElement).toBe(byTestId(r.container, 'suggestion')[0]);
    await click(byTestId(r.container, 'undo')[0]);
    // Undo writes the original back over the replacement.
    expect(m.transport.calls.filter((c) => c.type === 'apply').at(-1)).toMatchObject({ start: 40, end: 59, original: 'at your convenience', replacement: 'ASAP today' });
    expect(status.textContent).toBe('Undone: Soften the pressure.');
    expect(byTestId(r.container, 'suggestion')).toHaveLength(4);
  });

  it('dismisses for this contact or turns the rule off, and Escape closes the menu', async () => {
    const m = mockPlatform({ analyses: [analysis()] });
    r = await render(<SidePanelApp />, m.platform);
    const card = () => byTestId(r!.container, 'suggestion')[1];
    await click(card().querySelector('[data-testid="dismiss"]'));
    expect(card().querySelector('[data-testid="dismiss-contact"]')).toBeTruthy();
    await act(async () => {
      card().dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(card().querySelector('[data-testid="dismiss-contact"]')).toBeNull();
    expect(document.activeElement).toBe(card().querySelector('[data-testid="dismiss"]'));
    await click(card().querySelector('[data-testid="dismiss"]'));
    await click(card().querySelector('[data-testid="dismiss-contact"]'));
    // Dismissals are stored for the recipient the suggestions were written for (the JP target).
    expect(m.transport.calls.find((c) => c.type === 'dismiss')).toMatchObject({ contact: 'sato@example.co.jp', suggestionKey: 'g2' });
    expect(r.container.querySelector('[role="status"]')!.textContent).toContain('sato@example.co.jp');
    await click(card().querySelector('[data-testid="dismiss"]'));
    await click(card().querySelector('[data-testid="dismiss-rule"]'));
    expect(m.getSettings().disabledRules).toEqual(['greeting']);
  });

  it('says whose norms it follows, and switches them', async () => {
    const m = mockPlatform({ analyses: [analysis()] });
    r = await render(<SidePanelApp />, m.platform);
    const select = byTestId(r.container, 'writing-for')[0] as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual(['Germany', 'Japan (strictest reader)']);
    expect(select.value).toBe('JP');
    await change(select, 'DE');
    expect(m.transport.calls.find((c) => c.type === 'setWritingFor')).toMatchObject({ tabId: 7, composeId: 'gmail:1', country: 'DE' });
  });

  it('warns when no recipient reads the draft language', async () => {
    const a = analysis({ lang: { lang: 'es', confidence: 0.95 } });
    a.recipients[1].language = { lang: 'ja', confidence: 0.8 };
    const m = mockPlatform({ analyses: [a] });
    r = await render(<SidePanelApp />, m.platform);
    expect(byTestId(r.container, 'language-warning')[0].textContent).toBe('Your draft is in Spanish, which none of the recipients is known to read.');
    r.unmount();
    r = await render(<SidePanelApp />, mockPlatform({ analyses: [analysis()] }).platform);
    expect(byTestId(r.container, 'language-warning')).toHaveLength(0);
  });

  it('marks English advice with lang="en" in a German interface, and the draft\'s text with its language', async () => {
    const m = mockPlatform({ analyses: [analysis()], settings: { ...SETTINGS, uiLanguage: 'de' } });
    r = await render(<SidePanelApp />, m.platform, { ...SETTINGS, uiLanguage: 'de' });
    // German loads as a separate chunk: wait for it rather than for a fixed number of ticks.
    for (let i = 0; i < 100 && byTestId(r.container, 'tab-draft')[0].textContent !== 'Entwurf'; i++) await settle(1);
    expect(byTestId(r.container, 'tab-draft')[0].textContent).toBe('Entwurf');
    const card = byTestId(r.container, 'suggestion')[0];
    expect(card.querySelector('.why')?.getAttribute('lang')).toBe('en');
    expect(card.querySelector('del')?.getAttribute('lang')).toBe('en');
    expect(card.querySelector('[data-testid="apply"]')?.textContent).toBe('Übernehmen · Den Druck abmildern');
  });

  it('keeps a card hidden "for now" when the next analysis arrives', async () => {
    const analyses = [analysis()];
    const m = mockPlatform({ analyses });
    r = await render(<SidePanelApp />, m.platform);
    const card = byTestId(r.container, 'suggestion')[0];
    await click(card.querySelector('[data-testid="dismiss"]'));
    await click(card.querySelector('[data-testid="dismiss-once"]'));
    expect(byTestId(r.container, 'suggestion')).toHaveLength(3);
    // The draft changed: a new analysis with the same fixes.
    analyses[0] = { ...analyses[0], at: 1 };
    m.emit(7);
    await settle();
    expect(byTestId(r.container, 'suggestion')).toHaveLength(3);
  });

  it('opens on the tab the popup asked for, also when it is already open', async () => {
    const store = new Map<string, unknown>();
    const subs = new Set<() => void>();
    const session = {
      get: async (k: string) => store.get(k),
      set: async (k: string, v: unknown) => {
        store.set(k, v);
        subs.forEach((cb) => cb());
      },
      take: async (k: string) => {
        const v = store.get(k);
        store.delete(k);
        return v;
      },
      onSet: (_k: string, cb: () => void) => (subs.add(cb), () => void subs.delete(cb)),
    };
    store.set('glocal:panelTab', 'brief');
    const m = mockPlatform({ analyses: [] });
    r = await render(<SidePanelApp />, { ...m.platform, session });
    expect(byTestId(r.container, 'tab-brief')[0].getAttribute('aria-selected')).toBe('true');
    expect(store.has('glocal:panelTab')).toBe(false);
    await act(async () => {
      await session.set('glocal:panelTab', 'practice');
    });
    await settle();
    expect(byTestId(r.container, 'tab-practice')[0].getAttribute('aria-selected')).toBe('true');
  });

  it('has sticky tabs Draft · Compare · Call brief · Practice that arrows move between', async () => {
    const m = mockPlatform({ analyses: [analysis()] });
    r = await render(<SidePanelApp />, m.platform);
    const tabs = [...r.container.querySelectorAll('[role="tab"]')] as HTMLElement[];
    expect(tabs.map((t) => t.textContent)).toEqual(['Draft', 'Compare', 'Call brief', 'Practice']);
    expect(tabs.map((t) => t.getAttribute('aria-selected'))).toEqual(['true', 'false', 'false', 'false']);
    expect(byTestId(r.container, 'culture-chart')).toHaveLength(0);
    tabs[0].focus();
    await act(async () => {
      tabs[0].dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    });
    await settle(10);
    expect(document.activeElement).toBe(tabs[1]);
    expect(tabs[1].getAttribute('aria-selected')).toBe('true');
    expect(byTestId(r.container, 'panel-draft')[0].hidden).toBe(true);
    expect(byTestId(r.container, 'culture-chart')).toHaveLength(1);
  });

  it('re-fetches when the background announces a new analysis for its tab', async () => {
    const m = mockPlatform({ analyses: [analysis()] });
    r = await render(<SidePanelApp />, m.platform);
    const before = m.transport.calls.filter((c) => c.type === 'getState').length;
    m.emit(99);
    await settle();
    expect(m.transport.calls.filter((c) => c.type === 'getState').length).toBe(before);
    m.emit(7);
    await settle();
    expect(m.transport.calls.filter((c) => c.type === 'getState').length).toBe(before + 1);
  });

  it('follows the active tab when not opened for a fixed one', async () => {
    const m = mockPlatform({ analyses: [analysis()] });
    let switchTo: (id: number) => void = () => undefined;
    const platform = { ...m.platform, onActiveTabChanged: (cb: (id: number) => void) => ((switchTo = cb), () => undefined) };
    r = await render(<SidePanelApp />, platform);
    switchTo(12);
    await settle();
    expect(m.transport.calls.filter((c) => c.type === 'getState').at(-1)).toMatchObject({ tabId: 12 });
    // Pushes for the new tab now trigger a refresh; pushes for the old one do not.
    const n = m.transport.calls.filter((c) => c.type === 'getState').length;
    m.emit(7);
    await settle();
    m.emit(12);
    await settle();
    expect(m.transport.calls.filter((c) => c.type === 'getState').length).toBe(n + 1);
  });

  it('shows the comparison chart and the brief for the target country', async () => {
    const m = mockPlatform({ analyses: [analysis()] });
    r = await render(<SidePanelApp />, m.platform);
    await settle(10);
    await click(byTestId(r.container, 'tab-compare')[0]);
    await settle(10);
    const chart = byTestId(r.container, 'culture-chart')[0];
    expect(chart.textContent).toContain('You: United States');
    expect(chart.textContent).toContain('Recipient: Japan');
    expect(byTestId(r.container, 'gap-notes')[0].textContent).toMatch(/Japan/);
    await click(byTestId(r.container, 'tab-brief')[0]);
    await settle(10);
    const brief = byTestId(r.container, 'brief')[0];
    expect(brief.textContent).toContain('Call brief: Japan (from United States)');
    await click(byTestId(r.container, 'export-markdown')[0]);
    expect(m.downloads[0].filename).toBe('glocal-brief-JP.md');
    expect(m.downloads[0].text).toMatch(/^# Call brief: Japan/);
  });

  it('says so when the tab has no draft, and never renders page text as HTML', async () => {
    const m = mockPlatform({ analyses: [] });
    r = await render(<SidePanelApp />, m.platform);
    expect(r.container.textContent).toContain('No open draft or CRM record in this tab yet.');
    await click([...r.container.querySelectorAll('button')].find((b) => b.textContent === 'Prepare for a call'));
    expect(byTestId(r.container, 'tab-brief')[0].getAttribute('aria-selected')).toBe('true');
    r.unmount();
    const evil = analysis();
    evil.recipients[0].name = '<img src=x onerror="alert(1)">' + 'x'.repeat(100_000);
    const m2 = mockPlatform({ analyses: [evil] });
    r = await render(<SidePanelApp />, m2.platform);
    expect(r.container.querySelector('img[src="x"]')).toBeNull();
    await click(byTestId(r.container, 'recipient-card')[0]);
    expect(byTestId(r.container, 'recipient-details')[0].textContent).toContain('<img src=x');
  });
});

describe('formality meter', () => {
  it('places the draft against the target and says which way it is off', async () => {
    expect(formalityVerdict(-0.4, 0.9)).toBe('tooCasual');
    expect(formalityVerdict(0.8, 0.9)).toBe('fits');
    expect(formalityVerdict(1, 0.2)).toBe('tooFormal');
    const m = mockPlatform();
    r = await render(<FormalityMeter draft={-0.4} target={0.9} country="JP" />, m.platform);
    const meter = r.container.querySelector('[role="meter"]')!;
    expect(meter.getAttribute('aria-valuenow')).toBe('30');
    // In words only: Casual · Friendly · Polite · Formal · Very formal; no numbers on screen.
    expect(meter.getAttribute('aria-valuetext')).toBe('Friendly; Japan expects Very formal');
    expect(r.container.textContent).toContain('Your draft: Friendly');
    expect(r.container.textContent).toContain('Japan expects: Very formal');
    expect(r.container.textContent).not.toMatch(/\d/);
  });
});

describe('culture chart', () => {
  const jp = getProfile('JP') as CountryProfile;
  it('draws both countries with every score labelled, and missing ones as missing', async () => {
    const us = structuredClone(getProfile('US') as CountryProfile);
    us.dimensions.hofstede.ivr = null;
    const m = mockPlatform();
    r = await render(<CultureChart you={us} them={jp} />, m.platform);
    const svg = r.container.querySelector('svg[role="img"]')!;
    expect(svg.querySelector('title')?.textContent).toMatch(/Hofstede 6-D scores of United States and Japan/);
    expect(svg.querySelectorAll('rect.bar-them')).toHaveLength(6);
    expect(svg.querySelectorAll('rect.bar-you')).toHaveLength(5);
    expect(svg.querySelectorAll('rect.missing')).toHaveLength(1);
    const cells = [...r.container.querySelectorAll('td')];
    expect(cells.filter((c) => c.dataset.missing === 'true').map((c) => c.textContent)).toEqual(['missing']);
    expect(cells.some((c) => /2015-12-08 · measured/.test(c.textContent ?? ''))).toBe(true);
  });

  it('switches to GLOBE', async () => {
    const m = mockPlatform();
    r = await render(<CultureChart you={getProfile('DE')} them={jp} />, m.platform);
    await click(r.container.querySelector('[data-testid="model-globe"]'));
    expect(r.container.querySelector('svg title')?.textContent).toMatch(/GLOBE/);
    expect(r.container.querySelectorAll('svg g > text').length).toBeGreaterThanOrEqual(9);
    expect(r.container.textContent).toContain('Uncertainty avoidance');
  });
});

describe('pure helpers', () => {
  const sug = (id: string, start: number, original: string, replacement: string | undefined, message: string): Suggestion => ({
    id,
    start,
    end: start + original.length,
    category: 'formality',
    severity: 'info',
    message,
    original,
    replacement,
  });

  it('groups like fixes into one card ("Expand 2 contractions") and keeps other fixes apart', () => {
    const list = [
      sug('a', 20, "can't", 'cannot', '"can\'t" is a contraction; a formal mail to JP reads better with "cannot". Formality 0.82.'),
      sug('b', 0, 'gonna', 'going to', '"gonna" is an informal word; a formal mail to JP reads better with "going to".'),
      sug('c', 40, "we're", 'we are', '"we\'re" is a contraction; a formal mail to JP reads better with "we are". Formality 0.82.'),
      sug('d', 60, '!!!', '.', '"!!!" reads as excited or insistent in business mail to JP.'),
      { ...sug('e', 70, 'Hi Hans,', 'Dear Mr. Müller,', 'Use a formal greeting.'), category: 'greeting' as const, severity: 'warning' as const },
    ];
    const groups = fixGroups(list);
    expect(groups.map((g) => [g.kind, g.items.map((s) => s.id)])).toEqual([
      ['greeting', ['e']],
      ['contraction', ['a', 'c']],
      ['word', ['b']],
      ['punctuation', ['d']],
    ]);
    expect(fixKind({ ...list[1], replacement: '' })).toBe('delete');
  });

  it('applies a group last first and undoes it with shifted offsets', () => {
    const text = "We can't come, we're busy";
    const items = [sug('a', 3, "can't", 'cannot', ''), sug('b', 15, "we're", 'we are', '')];
    const { apply, undo } = groupEdits(items);
    const run = (s: string, edits: typeof apply) => edits.reduce((acc, e) => (expect(acc.slice(e.start, e.end)).toBe(e.original), acc.slice(0, e.start) + e.replacement + acc.slice(e.end)), s);
    const applied = run(text, apply);
    expect(applied).toBe('We cannot come, we are busy');
    expect(run(applied, undo)).toBe(text);
  });

  it('speaks one formality scale in words', () => {
    expect([0, 0.19, 0.2, 0.5, 0.7, 0.9, 1].map(levelOf)).toEqual(['casual', 'casual', 'friendly', 'polite', 'formal', 'veryFormal', 'veryFormal']);
  });

  it('splits an explanation into one sentence of why and the rest', () => {
    expect(splitWhy('ASAP reads as pressure. Hofstede UAI 92 (measured).')).toEqual({ why: 'ASAP reads as pressure.', more: 'Hofstede UAI 92 (measured).' });
    expect(splitWhy('Short.')).toEqual({ why: 'Short.', more: '' });
  });

  it('warns about the draft language only when no recipient reads it, and never for English', () => {
    const a = analysis({ lang: { lang: 'es', confidence: 0.9 } });
    a.recipients[1].language = { lang: 'ja', confidence: 0.9 };
    expect(unreadLanguage(a)).toEqual({ lang: 'es' });
    expect(unreadLanguage({ ...a, lang: { lang: 'de', confidence: 0.9 } })).toBeNull();
    expect(unreadLanguage({ ...a, lang: { lang: 'en', confidence: 0.9 } })).toBeNull();
    // A recipient with no known language might read it: no warning.
    expect(unreadLanguage(analysis({ lang: { lang: 'es', confidence: 0.9 } }))).toBeNull();
    // The pipeline's own verdict wins.
    expect(unreadLanguage({ ...analysis(), languageWarning: { draftLang: 'fr', readers: [] } } as unknown as Analysis)).toEqual({ lang: 'fr' });
    expect(unreadLanguage({ ...a, languageWarning: null } as unknown as Analysis)).toBeNull();
  });

  it('sets dir, lang and theme on the document', () => {
    applyDocument(document, 'ar', 'dark');
    expect(document.documentElement.dir).toBe('rtl');
    expect(document.documentElement.dataset.theme).toBe('dark');
    applyDocument(document, 'zh', 'system');
    expect(document.documentElement.dir).toBe('ltr');
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(document.documentElement.dataset.theme).toBeUndefined();
  });
});
