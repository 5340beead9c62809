// @vitest-environment happy-dom
// The views rendered against a mock transport: what a user sees and what goes to the background.
import { afterEach, describe, expect, it } from 'vitest';
import { SidePanelApp } from '../../components/SidePanelApp';
import { groupSuggestions } from '../../components/SuggestionList';
import { FormalityMeter, formalityVerdict } from '../../components/FormalityMeter';
import { CultureChart } from '../../components/CultureChart';
import { applyDocument } from '../../components/platform';
import { flag } from '../../components/format';
import { getProfile, type CountryProfile } from '../../lib/profiles/index';
import { analysis, mockPlatform } from './fixtures';
import { byTestId, change, click, render, settle, type Rendered } from './render';

let r: Rendered | null = null;
afterEach(() => {
  r?.unmount();
  r = null;
});

describe('side panel', () => {
  it('shows one recipient card per recipient with flag, country, confidence and reasons', async () => {
    const m = mockPlatform({ analyses: [analysis()] });
    r = await render(<SidePanelApp />, m.platform);
    const root = byTestId(r.container, 'sidepanel')[0];
    expect(root).toBeTruthy();
    const cards = byTestId(root, 'recipient-card');
    expect(cards).toHaveLength(2);
    expect(cards[0].textContent).toContain('Germany');
    expect(cards[0].textContent).toContain(flag('DE'));
    expect(cards[0].textContent).toContain('86% confident');
    expect(cards[0].textContent).toContain('.de domain; German thread');
    expect(cards[1].textContent).toContain('Japan');
    expect(m.transport.calls.find((c) => c.type === 'getState')).toMatchObject({ tabId: 7 });
  });

  it('corrects the country in one click, per contact or per domain', async () => {
    const m = mockPlatform({ analyses: [analysis()] });
    r = await render(<SidePanelApp />, m.platform);
    const card = byTestId(r.container, 'recipient-card')[0];
    const quick = card.querySelector('[data-testid="quick-correct"]');
    expect(quick?.textContent).toBe('Not Germany? → Austria');
    await click(quick);
    expect(m.overrides.at(-1)).toMatchObject({ scope: 'contact', key: 'hans.mueller@muellerbau-technik.de', country: 'AT' });
    // Per domain, through the full picker.
    const radios = card.querySelectorAll('input[type="radio"]');
    await click(radios[1]);
    await change(card.querySelector('select'), 'FR');
    await click([...card.querySelectorAll('button')].find((b) => b.textContent === 'Save'));
    expect(m.overrides.at(-1)).toMatchObject({ scope: 'domain', key: 'muellerbau-technik.de', country: 'FR' });
    // The state is re-read so the corrected analysis shows.
    expect(m.transport.calls.filter((c) => c.type === 'getState').length).toBeGreaterThanOrEqual(3);
  });

  it('shows the local time and working status', async () => {
    // 01:00 UTC on a Tuesday is 02:00 in Berlin (outside hours) and 10:00 in Tokyo (working).
    const m = mockPlatform({ analyses: [analysis()] });
    r = await render(<SidePanelApp />, m.platform);
    await settle(20);
    const times = byTestId(r.container, 'local-time').map((e) => e.textContent);
    expect(times[0]).toMatch(/Local time 2:00\s?AM.*outside working hours/);
    expect(times[1]).toMatch(/Local time 10:00\s?AM\s*working hours/);
  });

  it('groups suggestions by category, most severe first, and applies and dismisses them', async () => {
    const m = mockPlatform({ analyses: [analysis()] });
    r = await render(<SidePanelApp />, m.platform);
    const items = byTestId(r.container, 'suggestion');
    expect(items.map((i) => i.dataset.severity)).toEqual(['critical', 'warning', 'info', 'info']);
    expect(items[0].textContent).toContain('Source: Hofstede UAI 92 (measured)');
    // Apply exists only where there is a replacement.
    expect(items.map((i) => Boolean(i.querySelector('[data-testid="apply"]')))).toEqual([true, false, true, false]);
    await click(items[0].querySelector('[data-testid="apply"]'));
    expect(m.transport.calls.find((c) => c.type === 'apply')).toMatchObject({
      tabId: 7,
      composeId: 'gmail:1',
      start: 40,
      end: 50,
      original: 'ASAP today',
      replacement: 'at your convenience',
    });
    expect(byTestId(r.container, 'suggestion')).toHaveLength(3);
    await click(byTestId(r.container, 'suggestion')[0].querySelector('[data-testid="dismiss"]'));
    // Dismissals are stored for the recipient the suggestions were written for (the JP target).
    expect(m.transport.calls.find((c) => c.type === 'dismiss')).toMatchObject({ contact: 'sato@example.co.jp', suggestionKey: 'g2' });
  });

  it('flags a mixed-culture audience', async () => {
    const m = mockPlatform({ analyses: [analysis()] });
    r = await render(<SidePanelApp />, m.platform);
    const aud = byTestId(r.container, 'audience')[0];
    expect(aud.textContent).toMatch(/Mixed-culture thread: .*Germany.*Japan/);
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
    const chart = byTestId(r.container, 'culture-chart')[0];
    expect(chart.textContent).toContain('You: United States');
    expect(chart.textContent).toContain('Recipient: Japan');
    expect(byTestId(r.container, 'gap-notes')[0].textContent).toMatch(/Japan/);
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
    r.unmount();
    const evil = analysis();
    evil.recipients[0].name = '<img src=x onerror="alert(1)">' + 'x'.repeat(100_000);
    const m2 = mockPlatform({ analyses: [evil] });
    r = await render(<SidePanelApp />, m2.platform);
    expect(r.container.querySelector('img[src="x"]')).toBeNull();
    expect(byTestId(r.container, 'recipient-card')[0].textContent).toContain('<img src=x');
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
    expect(r.container.textContent).toContain('More casual than the reader expects.');
    expect(r.container.textContent).toContain('Expected for Japan 90');
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
  it('orders suggestion groups by their most severe item', () => {
    const g = groupSuggestions(analysis().suggestions);
    expect(g.map((x) => x.category)).toEqual(['pressure', 'greeting', 'idiom']);
    expect(g[1].items.map((s) => s.id)).toEqual(['g2', 'g1']);
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
