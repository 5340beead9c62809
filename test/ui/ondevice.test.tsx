// @vitest-environment happy-dom
// "Write in <language>" and "Rewrite for <country>" against fakes of the browser APIs' shape:
// the component itself, and mounted in the side panel's Draft tab.
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OnDeviceTools, type OnDeviceToolsProps } from '../../components/OnDeviceTools';
import { DraftView, type DraftViewProps } from '../../components/DraftView';
import { SidePanelApp } from '../../components/SidePanelApp';
import type { CheckTextAnswer } from '../../lib/protocol';
import { analysis, mockPlatform } from './fixtures';
import { byTestId, click, render, settle, type Rendered } from './render';

let r: Rendered | null = null;
afterEach(() => {
  r?.unmount();
  r = null;
});

const translator = (availability = 'available', created: string[] = []) => ({
  availability: async () => availability,
  create: async ({ sourceLanguage, targetLanguage }: { sourceLanguage: string; targetLanguage: string }) => {
    created.push(`${sourceLanguage}>${targetLanguage}`);
    return { translate: async (t: string) => `${targetLanguage}(${t})` };
  },
});
const $ = (id: string) => r!.container.querySelector(`[data-testid="${id}"]`);

function props(over: Partial<OnDeviceToolsProps> = {}): OnDeviceToolsProps {
  return {
    draft: 'Hi Hans,\nThanks.',
    draftLang: 'en',
    targetLang: 'de',
    countryName: 'Germany',
    constraints: [],
    check: vi.fn(async () => ({ issues: ['Use Sie'] })),
    onInsert: vi.fn(async () => undefined),
    consent: 'ask',
    onConsent: vi.fn(async () => undefined),
    ...over,
  };
}
const mount = async (p: OnDeviceToolsProps) => {
  r = await render(<OnDeviceTools {...p} />, mockPlatform({ analyses: [] }).platform);
};

describe('OnDeviceTools', () => {
  it('is hidden where the browser has neither API (Firefox, older Chrome), or no model for the pair', async () => {
    await mount(props({ scope: {} }));
    expect(r!.container.innerHTML).toBe('');
    r!.unmount();
    await mount(props({ scope: { Translator: translator('unavailable') } }));
    expect(r!.container.innerHTML).toBe('');
  });
  it('translates, shows the back-translation side by side, checks the translation, and inserts only on click', async () => {
    const p = props({ scope: { Translator: translator() } });
    await mount(p);
    const btn = $('ondevice-translate')!;
    expect(btn.textContent).toBe('Write in German');
    await click(btn);
    // A model already on the device needs no question.
    expect($('ondevice-ask')).toBeNull();
    expect($('ondevice-translation')!.textContent).toBe('de(Hi Hans,)\nde(Thanks.)');
    expect($('ondevice-translation')!.getAttribute('lang')).toBe('de');
    expect($('ondevice-back')!.textContent).toBe('en(de(Hi Hans,))\nen(de(Thanks.))');
    expect(p.check).toHaveBeenCalledWith('de(Hi Hans,)\nde(Thanks.)', 'de');
    expect($('ondevice-check')!.textContent).toContain('Use Sie');
    expect(p.onInsert).not.toHaveBeenCalled();
    expect(p.onConsent).not.toHaveBeenCalled();
    await click($('ondevice-insert'));
    // The source goes along, so Apply can check the draft is still the one translated.
    expect(p.onInsert).toHaveBeenCalledWith('de(Hi Hans,)\nde(Thanks.)', 'Hi Hans,\nThanks.');
    expect(r!.container.querySelector('[role="status"]')!.textContent).toMatch(/undo/i);
  });
  it('asks once before the browser fetches its model, explains whose download it is, and remembers the answer', async () => {
    const created: string[] = [];
    const p = props({ scope: { Translator: translator('downloadable', created) } });
    await mount(p);
    expect($('ondevice-ask')).toBeNull();
    await click($('ondevice-translate'));
    // The click asks first: nothing is created (so nothing downloaded) before the answer.
    expect(created).toEqual([]);
    expect($('ondevice-explain')!.textContent).toMatch(/browser downloads that model itself; Glocal sends nothing/);
    expect($('ondevice-ask')!.textContent).toMatch(/remembers your answer/);
    await click($('ondevice-allow'));
    expect(p.onConsent).toHaveBeenCalledWith('allowed');
    expect(created).toEqual(['en>de', 'de>en']);
    expect($('ondevice-translation')).not.toBeNull();
    r!.unmount();
    // Allowed before: no question again.
    const created2: string[] = [];
    await mount(props({ consent: 'allowed', scope: { Translator: translator('downloadable', created2) } }));
    await click($('ondevice-translate'));
    expect($('ondevice-ask')).toBeNull();
    expect(created2).toEqual(['en>de', 'de>en']);
  });
  it('"Not now" is remembered: the feature steps back to one line that can ask again', async () => {
    const created: string[] = [];
    const p = props({ scope: { Translator: translator('downloadable', created) } });
    await mount(p);
    await click($('ondevice-translate'));
    await click($('ondevice-decline'));
    expect(p.onConsent).toHaveBeenCalledWith('declined');
    expect(created).toEqual([]);
    r!.unmount();
    const p2 = props({ consent: 'declined', scope: { Translator: translator('downloadable', created) } });
    await mount(p2);
    expect($('ondevice')).toBeNull();
    expect($('ondevice-off')!.textContent).toMatch(/chose not to download/);
    await click($('ondevice-off')!.querySelector('button'));
    expect(p2.onConsent).toHaveBeenCalledWith('ask');
    r!.unmount();
    // A model the browser already has needs no download, so "Not now" does not hide it.
    await mount(props({ consent: 'declined', scope: { Translator: translator('available') } }));
    expect($('ondevice-translate')).not.toBeNull();
  });
  it('rewrites with the Prompt API and shows the rewrite as a diff before anything is inserted', async () => {
    const LanguageModel = { availability: async () => 'available', create: async () => ({ prompt: async () => 'Dear Hans,\nThank you.' }) };
    const p = props({ scope: { LanguageModel }, check: vi.fn(async () => ({ issues: [] })) });
    await mount(p);
    expect($('ondevice-translate')).toBeNull();
    expect($('ondevice-rewrite')!.textContent).toBe('Rewrite for Germany');
    await click($('ondevice-rewrite'));
    const diff = $('ondevice-diff')!;
    expect(diff.querySelector('del')!.textContent).toBe('Hi');
    expect(diff.querySelector('ins')!.textContent).toBe('Dear');
    expect(p.check).toHaveBeenCalledWith('Dear Hans,\nThank you.', 'en');
    expect($('ondevice-check')!.textContent).toMatch(/no register problems/);
    expect(p.onInsert).not.toHaveBeenCalled();
    await click($('ondevice-discard'));
    expect($('ondevice-diff')).toBeNull();
    expect(p.onInsert).not.toHaveBeenCalled();
  });
  it('offers no rewrite in a language the Prompt API cannot write', async () => {
    const LanguageModel = { availability: async (o: { expectedOutputs: { languages: string[] }[] }) => (o.expectedOutputs[0].languages[0] === 'en' ? 'available' : 'unavailable'), create: async () => ({ prompt: async () => '' }) };
    await mount(props({ draftLang: 'de', targetLang: 'ja', scope: { LanguageModel } }));
    expect($('ondevice')).toBeNull();
  });
  it('keeps the translation on screen, marked unchecked, when the check cannot run', async () => {
    const p = props({ scope: { Translator: translator() }, check: vi.fn(async () => { throw new Error('this draft is no longer open to Glocal'); }) });
    await mount(p);
    await click($('ondevice-translate'));
    expect($('ondevice-translation')!.textContent).toBe('de(Hi Hans,)\nde(Thanks.)');
    expect($('ondevice-check')!.textContent).toBe('Glocal could not check this text: this draft is no longer open to Glocal');
    expect($('ondevice-check')!.textContent).not.toMatch(/no register problems/);
  });
  it('shows a model failure as an error and inserts nothing', async () => {
    const bad = { availability: async () => 'available', create: async () => { throw new Error('model crashed'); } };
    const p = props({ scope: { Translator: bad } });
    await mount(p);
    await click($('ondevice-translate'));
    await act(async () => undefined);
    expect(r!.container.querySelector('[role="alert"]')!.textContent).toContain('model crashed');
    expect(p.onInsert).not.toHaveBeenCalled();
  });
});

describe('mounted in the Draft tab', () => {
  const draft = 'Hi Hans,\n\ncould you send me the quote?\n\nCheers,\nAlex';
  // The fixture's reader is Hans (German); fixes follow Germany here.
  const a = analysis({
    target: { ...analysis().target!, country: 'DE', greeting: { en: 'Dear Mr. Müller,', local: 'Sehr geehrter Herr Müller,', lang: 'de' } },
    audience: { countries: ['DE'], mixed: false, targetCountry: 'DE' },
    suggestions: [{ id: 'g1', start: 0, end: 8, category: 'greeting', severity: 'info', message: 'Use a formal greeting.', replacement: 'Dear Mr. Müller,', original: 'Hi Hans,' }],
  });
  const checked: CheckTextAnswer = {
    lang: 'de',
    target: 'DE',
    scores: { formality: -0.4, politeness: 0.5, directness: 0, warmth: 0 },
    suggestions: [{ id: 'a1', start: 10, end: 19, category: 'address-form', severity: 'warning', message: 'du', original: 'kannst du', replacement: 'können Sie' }],
  };
  function view(over: Partial<DraftViewProps> = {}, scope: unknown = { Translator: translator() }) {
    const check = vi.fn(async () => checked);
    const onEdit = vi.fn(async () => undefined);
    const draftText = vi.fn(async () => draft);
    const p: DraftViewProps = {
      analysis: a,
      countries: [],
      now: () => new Date('2026-03-03T01:00:00Z'),
      onCorrect: async () => undefined,
      onEdit,
      onDismiss: async () => undefined,
      onWritingFor: async () => undefined,
      draftText,
      onDevice: { consent: 'ask', setConsent: async () => undefined, check, scope },
      ...over,
    };
    return { p, check, onEdit, draftText };
  }

  it('translates the held draft into the reader’s language, lists the check’s findings, and inserts through Apply over the whole draft', async () => {
    const { p, check, onEdit } = view();
    r = await render(<DraftView {...p} />, mockPlatform({ analyses: [] }).platform);
    await settle();
    expect($('ondevice-translate')!.textContent).toBe('Write in German');
    await click($('ondevice-translate'));
    expect(check).toHaveBeenCalledWith(a, 'de(Hi Hans,)\n\nde(could you send me the quote?)\n\nde(Cheers,)\nde(Alex)', 'de');
    const findings = byTestId(r.container, 'ondevice-finding').map((li) => li.textContent);
    expect(findings).toEqual(['Use the expected form of address: “kannst du” → “können Sie”']);
    expect($('ondevice-check')!.textContent).toMatch(/check for Germany still finds/);
    expect(onEdit).not.toHaveBeenCalled();
    await click($('ondevice-insert'));
    expect(onEdit).toHaveBeenCalledWith(a, [{ start: 0, end: draft.length, original: draft, replacement: 'de(Hi Hans,)\n\nde(could you send me the quote?)\n\nde(Cheers,)\nde(Alex)', whole: true }]);
  });

  it('constrains the rewrite by the active suggestions', async () => {
    let prompt = '';
    const LanguageModel = {
      availability: async () => 'available',
      create: async (o: { initialPrompts: { content: string }[] }) => ({ prompt: async (u: string) => ((prompt = `${o.initialPrompts[0].content}\n${u}`), 'Dear Mr. Müller,\n\ncould you send me the quote?') }),
    };
    const { p } = view({}, { LanguageModel });
    r = await render(<DraftView {...p} />, mockPlatform({ analyses: [] }).platform);
    await settle();
    expect($('ondevice-rewrite')!.textContent).toBe('Rewrite for Germany');
    await click($('ondevice-rewrite'));
    expect(prompt).toContain('reader in Germany');
    expect(prompt).toContain('1. Use a formal greeting. ("Hi Hans," → "Dear Mr. Müller,")');
    expect($('ondevice-diff')!.querySelector('ins')!.textContent).toContain('Mr.');
  });

  it('is hidden where the browser has no model, and then does not even fetch the draft text', async () => {
    const { p, draftText } = view({ analysis: { ...a, sentenceBreakdown: [] } }, {});
    r = await render(<DraftView {...p} />, mockPlatform({ analyses: [] }).platform);
    await settle();
    expect($('ondevice')).toBeNull();
    expect($('ondevice-off')).toBeNull();
    expect(draftText).not.toHaveBeenCalled();
  });

  it('is absent from the side panel in a browser without the APIs (this DOM has none)', async () => {
    const m = mockPlatform({ analyses: [a], drafts: { 'gmail:1': draft } });
    r = await render(<SidePanelApp />, m.platform);
    await settle();
    expect(byTestId(r.container, 'verdict')).toHaveLength(1);
    expect($('ondevice')).toBeNull();
    expect($('ondevice-off')).toBeNull();
  });
});
