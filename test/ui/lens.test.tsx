// @vitest-environment happy-dom
// The reading lens card: phrases from received mail, in their language, with a hedged meaning.
import { afterEach, describe, expect, it } from 'vitest';
import { ReadingLens, likelihoodKey } from '../../components/ReadingLens';
import { readThread } from '../../lib/decode/thread';
import { mockPlatform } from './fixtures';
import { render, type Rendered } from './render';

let r: Rendered | null = null;
afterEach(() => {
  r?.unmount();
  r = null;
});

describe('ReadingLens', () => {
  it('shows each received message\'s readings with the phrase in its own language and no certainty', async () => {
    const messages = readThread([
      { from: 'tanaka@client.co.jp', text: 'それは少し難しいかもしれません。' },
      { from: 'hans@kunde.de', text: 'Das geht so nicht.' },
    ]);
    r = await render(<ReadingLens messages={messages} />, mockPlatform({ analyses: [] }).platform);
    const card = r.container.querySelector('[data-lens]')!;
    expect(card.querySelector('h3')!.textContent).toBe('How to read this');
    const items = card.querySelectorAll('[data-reading]');
    expect(items).toHaveLength(2);
    expect(items[0].querySelector('q')!.getAttribute('lang')).toBe('ja');
    expect(items[0].textContent).toContain('often means:');
    expect(items[0].querySelector('[lang="en"]')!.textContent).toMatch(/polite way to say no/);
    expect(card.textContent).toContain('Japan');
    expect(card.textContent).not.toMatch(/100%|certain(ly)? means/i);
  });
  it('keeps a right-to-left phrase and sender apart from the English around them', async () => {
    const messages = readThread([{ from: 'أحمد العتيبي <a.alotaibi@alnakheel-trading.com.sa>', text: 'سنرسل أمر الشراء الأسبوع القادم إن شاء الله.' }]);
    r = await render(<ReadingLens messages={messages} />, mockPlatform({ analyses: [] }).platform);
    const q = r.container.querySelector('[data-reading] q')!;
    expect(q.getAttribute('lang')).toBe('ar');
    expect(q.getAttribute('dir')).toBe('auto');
    expect(r.container.querySelector('[data-lens-message] bdi')!.textContent).toContain('أحمد العتيبي');
  });
  it('renders nothing when no message has a reading', async () => {
    r = await render(<ReadingLens messages={[]} />, mockPlatform({ analyses: [] }).platform);
    expect(r.container.querySelector('[data-lens]')).toBeNull();
  });
  it('words the confidence as a tendency', () => {
    expect(likelihoodKey(0.7)).toBe('lens.often');
    expect(likelihoodKey(0.5)).toBe('lens.sometimes');
    expect(likelihoodKey(0.3)).toBe('lens.possibly');
  });
});
