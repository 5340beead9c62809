// @vitest-environment happy-dom
// SentenceScores: which sentences set the draft's formality, from a real analysis.
import { afterEach, describe, expect, it } from 'vitest';
import { SentenceScores } from '../../components/SentenceScores';
import { analyzeDraft } from '../../lib/analysis/index';
import { mockPlatform } from './fixtures';
import { byTestId, click, render, type Rendered } from './render';

let r: Rendered | null = null;
afterEach(() => {
  r?.unmount();
  r = null;
});

const draft = 'Dear Mr. Lee,\n\nPlease find attached the revised quotation for the spare parts.\nlol sorry it took ages, was super busy haha!!\nWe look forward to your confirmation.\n\nKind regards,\nMaria\n\nOn Mon, 3 Mar 2025, Lee wrote:\n> ok thx';

describe('SentenceScores', () => {
  it('lists the sentence that pulls the draft down first, and counts the quoted lines it left out', async () => {
    const a = analyzeDraft({ draft, lang: 'en', target: null });
    const picked: { start: number; end: number }[] = [];
    r = await render(<SentenceScores draft={draft} sentences={a.sentenceBreakdown} draftLang="en" onSelect={(s) => picked.push(s)} />, mockPlatform({}).platform);
    const root = byTestId(r.container, 'sentence-scores')[0];
    const items = root.querySelectorAll('li');
    expect(items.length).toBe(3);
    expect(items[0].textContent).toContain('lol sorry');
    expect(items[0].getAttribute('data-pull')).toBe('down');
    expect(root.textContent).toContain('not counted (3)');
    await click(items[0].querySelector('button')!);
    expect(draft.slice(picked[0].start, picked[0].end)).toMatch(/^lol sorry/);
  });
  it('asks for more text when nothing is counted yet', async () => {
    r = await render(<SentenceScores draft="" sentences={[]} />, mockPlatform({}).platform);
    expect(byTestId(r.container, 'sentence-scores')[0].textContent).toContain('Write a few sentences');
  });
});
