// @vitest-environment happy-dom
// The side panel shows which sentences set the draft's formality (#14): the panel fetches the
// draft's text from the worker's memory (`draftText`) and lists the sentences by their pull.
import { afterEach, describe, expect, it } from 'vitest';
import { SidePanelApp } from '../../components/SidePanelApp';
import { analyzeDraft } from '../../lib/analysis/index';
import { analysis, mockPlatform } from './fixtures';
import { byTestId, render, type Rendered } from './render';

let r: Rendered | null = null;
afterEach(() => {
  r?.unmount();
  r = null;
});

const draft = 'Dear Ms. Tanaka,\n\nThank you for your message of 3 March.\nhey so basically the numbers r kinda off lol!!\nWe would be grateful for your comments.\n\nKind regards,\nMaria';
const settle = () => new Promise((ok) => setTimeout(ok, 20));

describe('side panel: which sentences set the formality', () => {
  it('lists the casual sentence as the one pulling the draft down, with its text', async () => {
    const a = analyzeDraft({ draft, lang: 'en', target: null });
    const m = mockPlatform({ analyses: [analysis({ at: 0, sentenceBreakdown: a.sentenceBreakdown })], drafts: { 'gmail:1': draft } });
    r = await render(<SidePanelApp />, m.platform);
    await settle();
    const list = byTestId(r.container, 'sentence-scores');
    expect(list).toHaveLength(1);
    const first = list[0].querySelector('li');
    expect(first?.textContent).toContain('hey so basically');
    expect(first?.getAttribute('data-pull')).toBe('down');
    expect(m.transport.calls.find((c) => c.type === 'draftText')).toMatchObject({ tabId: 7, composeId: 'gmail:1' });
  });

  it('shows no list when the worker no longer holds the draft, or holds another revision', async () => {
    const a = analyzeDraft({ draft, lang: 'en', target: null });
    const m = mockPlatform({ analyses: [analysis({ sentenceBreakdown: a.sentenceBreakdown })] });
    r = await render(<SidePanelApp />, m.platform);
    await settle();
    expect(byTestId(r.container, 'sentence-scores')).toHaveLength(0);
    r.unmount();
    // A shorter text than the spans point into belongs to another revision.
    const m2 = mockPlatform({ analyses: [analysis({ sentenceBreakdown: a.sentenceBreakdown })], drafts: { 'gmail:1': 'Dear Ms. Tanaka,' } });
    r = await render(<SidePanelApp />, m2.platform);
    await settle();
    expect(byTestId(r.container, 'sentence-scores')).toHaveLength(0);
  });

  it('asks for the text once per analysis, not on every render', async () => {
    const a = analyzeDraft({ draft, lang: 'en', target: null });
    const m = mockPlatform({ analyses: [analysis({ sentenceBreakdown: a.sentenceBreakdown })], drafts: { 'gmail:1': draft } });
    r = await render(<SidePanelApp />, m.platform);
    await settle();
    await settle();
    expect(m.transport.calls.filter((c) => c.type === 'draftText').length).toBe(1);
  });
});
