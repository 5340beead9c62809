// @vitest-environment happy-dom
// "Write in <language>" and "Rewrite for <country>" against fakes of the browser APIs' shape.
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OnDeviceTools, type OnDeviceToolsProps } from '../../components/OnDeviceTools';
import { mockPlatform } from './fixtures';
import { click, render, type Rendered } from './render';

let r: Rendered | null = null;
afterEach(() => {
  r?.unmount();
  r = null;
  localStorage.clear();
});

const translator = (availability = 'available') => ({
  availability: async () => availability,
  create: async ({ sourceLanguage, targetLanguage }: { sourceLanguage: string; targetLanguage: string }) => ({
    translate: async (t: string) => `${sourceLanguage ? targetLanguage : ""}(${t})`,
  }),
});

function props(over: Partial<OnDeviceToolsProps> = {}): OnDeviceToolsProps {
  return {
    draft: 'Hi Hans,\nThanks.',
    draftLang: 'en',
    targetLang: 'de',
    countryName: 'Germany',
    constraints: [],
    check: vi.fn(async () => ({ issues: ['Use Sie'] })),
    onInsert: vi.fn(async () => undefined),
    ...over,
  };
}

describe('OnDeviceTools', () => {
  it('is hidden where the browser has neither API (Firefox, older Chrome)', async () => {
    r = await render(<OnDeviceTools {...props({ scope: {} })} />, mockPlatform({ analyses: [] }).platform);
    expect(r.container.querySelector('[data-testid="ondevice"]')).toBeNull();
  });
  it('translates, shows the back-translation side by side, checks the translation, and inserts only on click', async () => {
    const p = props({ scope: { Translator: translator() } });
    r = await render(<OnDeviceTools {...p} />, mockPlatform({ analyses: [] }).platform);
    const btn = r.container.querySelector('[data-testid="ondevice-translate"]')!;
    expect(btn.textContent).toBe('Write in German');
    expect(r.container.querySelector('[data-testid="ondevice-explain"]')).toBeNull();
    await click(btn);
    expect(r.container.querySelector('[data-testid="ondevice-translation"]')!.textContent).toBe('de(Hi Hans,)\nde(Thanks.)');
    expect(r.container.querySelector('[data-testid="ondevice-translation"]')!.getAttribute('lang')).toBe('de');
    expect(r.container.querySelector('[data-testid="ondevice-back"]')!.textContent).toBe('en(de(Hi Hans,))\nen(de(Thanks.))');
    expect(p.check).toHaveBeenCalledWith('de(Hi Hans,)\nde(Thanks.)', 'de');
    expect(r.container.querySelector('[data-testid="ondevice-check"]')!.textContent).toContain('Use Sie');
    expect(p.onInsert).not.toHaveBeenCalled();
    await click(r.container.querySelector('[data-testid="ondevice-insert"]'));
    expect(p.onInsert).toHaveBeenCalledWith('de(Hi Hans,)\nde(Thanks.)');
    expect(r.container.querySelector('[role="status"]')!.textContent).toMatch(/undo/i);
  });
  it('explains once that the browser fetches its own model', async () => {
    r = await render(<OnDeviceTools {...props({ scope: { Translator: translator('downloadable') } })} />, mockPlatform({ analyses: [] }).platform);
    expect(r.container.querySelector('[data-testid="ondevice-explain"]')!.textContent).toMatch(/browser downloads that model itself/);
    await click(r.container.querySelector('[data-testid="ondevice-translate"]'));
    r.unmount();
    r = await render(<OnDeviceTools {...props({ scope: { Translator: translator('downloadable') } })} />, mockPlatform({ analyses: [] }).platform);
    expect(r.container.querySelector('[data-testid="ondevice-explain"]')).toBeNull();
  });
  it('rewrites with the Prompt API and shows the rewrite as a diff before anything is inserted', async () => {
    const LanguageModel = { availability: async () => 'available', create: async () => ({ prompt: async () => 'Dear Hans,\nThank you.' }) };
    const p = props({ scope: { LanguageModel }, check: vi.fn(async () => ({ issues: [] })) });
    r = await render(<OnDeviceTools {...p} />, mockPlatform({ analyses: [] }).platform);
    expect(r.container.querySelector('[data-testid="ondevice-translate"]')).toBeNull();
    await click(r.container.querySelector('[data-testid="ondevice-rewrite"]'));
    const diff = r.container.querySelector('[data-testid="ondevice-diff"]')!;
    expect(diff.querySelector('del')!.textContent).toBe('Hi');
    expect(diff.querySelector('ins')!.textContent).toBe('Dear');
    expect(r.container.querySelector('[data-testid="ondevice-check"]')!.textContent).toMatch(/no register problems/);
    expect(p.onInsert).not.toHaveBeenCalled();
  });
  it('shows a model failure as an error and inserts nothing', async () => {
    const bad = { availability: async () => 'available', create: async () => { throw new Error('model crashed'); } };
    const p = props({ scope: { Translator: bad } });
    r = await render(<OnDeviceTools {...p} />, mockPlatform({ analyses: [] }).platform);
    await click(r.container.querySelector('[data-testid="ondevice-translate"]'));
    await act(async () => undefined);
    expect(r.container.querySelector('[role="alert"]')!.textContent).toContain('model crashed');
    expect(p.onInsert).not.toHaveBeenCalled();
  });
});
