// @vitest-environment happy-dom
// The brief and the stance differences as rendered: in the UI language, with curated English
// text marked lang="en", and a comparison that lists curated stance differences.
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { BriefView } from '../../components/Brief';
import { StanceDifferences } from '../../components/ComparePanel';
import { buildBrief, loadBriefLang } from '../../lib/brief/index';
import { createI18n, loadResources } from '../../lib/i18n/index';
import { getProfile } from '../../lib/profiles/index';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
const cleanup: Array<() => void> = [];
afterEach(() => cleanup.splice(0).forEach((f) => f()));

async function show(node: React.ReactNode, lang: 'en' | 'de' | 'ja') {
  const i18n = createI18n(lang, lang === 'en' ? undefined : await loadResources(lang));
  const container = document.createElement('div');
  document.body.appendChild(container);
  const root = createRoot(container);
  await act(async () => root.render(<I18nextProvider i18n={i18n}>{node}</I18nextProvider>));
  // The brief bundle of the language loads on demand; let it arrive and re-render.
  await act(async () => {
    await loadBriefLang(lang);
    await new Promise((r) => setTimeout(r, 0));
  });
  cleanup.push(() => {
    act(() => root.unmount());
    container.remove();
  });
  return container;
}

describe('BriefView', () => {
  it('renders the brief in the UI language and marks curated English text', async () => {
    // Built in the background in English, shown in German.
    const brief = buildBrief(getProfile('JP')!, getProfile('DE'));
    const c = await show(<BriefView brief={brief} />, 'de');
    expect(c.querySelector('h2')!.textContent).toBe('Gesprächsvorbereitung: Japan (aus Sicht von Deutschland)');
    expect(c.querySelector('[data-section="before"] h3')!.textContent).toBe('Vor dem Gespräch');
    const disagree = c.querySelector('[data-topic="disagreeing"][data-stance="avoided"] span')!;
    expect(disagree.textContent).toMatch(/^Widersprechen Sie niemandem offen/);
    expect(c.querySelectorAll('span[lang="en"]').length).toBeGreaterThan(3);
    expect(c.textContent).toContain('[EN]');
    expect(c.querySelector('[data-section="openers"] span[lang="ja"]')).toBeTruthy();
  });
});

describe('StanceDifferences', () => {
  it('lists the curated stances that differ, marking opposites', async () => {
    const c = await show(<StanceDifferences you={getProfile('DE')} them={getProfile('JP')!} />, 'en');
    const items = [...c.querySelectorAll('[data-testid="stance-differences"] li')];
    const dis = items.find((li) => li.getAttribute('data-topic') === 'disagreeing')!;
    expect(dis.textContent).toBe('Disagreeing: Germany open; Japan avoided. · Opposite stances');
    expect(items.some((li) => li.getAttribute('data-topic') === 'time')).toBe(false); // both linear
  });

  it('says only scores can be compared without a curated entry', async () => {
    const c = await show(<StanceDifferences you={getProfile('DE')} them={getProfile('MN')!} />, 'ja');
    expect(c.querySelector('[data-testid="stance-none"]')!.textContent).toContain('モンゴル');
  });
});
