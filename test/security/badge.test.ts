// @vitest-environment happy-dom
/**
 * The badge cannot be read or driven by the page (SECURITY.md, "The page cannot reach the badge"):
 * its shadow root is closed, the host carries no state, and its controls ignore synthetic events.
 * (Real clicks and keys work: test/e2e/content.e2e.mjs picks a country with the real mouse and keyboard.)
 */
import { describe, expect, it } from 'vitest';
import { recordShadowRoots } from '../closed-roots';
import { createBadge, EN, type Translate } from '../../entrypoints/content/badge';
import { badgeView } from '../../lib/sites/badge-state';

const t: Translate = (key, ...subs) => EN[key].replace(/\$(\d)/g, (_, i) => subs[Number(i) - 1] ?? '');
const analysis = {
  composeId: 'c1',
  site: 'gmail',
  suggestions: [{ id: 'greeting:x', start: 0, end: 7, category: 'greeting', severity: 'warning', message: 'Use a formal greeting', original: 'Hi guys', replacement: 'Dear all' }],
  scores: { formality: -0.6, politeness: 0, directness: 0, warmth: 0 },
  target: { country: 'JP', formality: 0.9 },
  recipients: [
    { email: 'k@kyoto-seiki.co.jp', candidates: [{ country: 'JP', probability: 0.9, reasons: [] }], abstain: false, overridden: false },
    { email: 'h@muellerbau.de', candidates: [{ country: 'DE', probability: 0.9, reasons: [] }], abstain: false, overridden: false },
  ],
} as never;
const snapshot = { recipients: [{ email: 'unknown@partner.example', field: 'to' as const }], failures: ['x'], body: 'Hi guys' };

// The test shares the content script's world (not a page's): it may look inside the closed roots.
const { roots, modes } = recordShadowRoots();

function make() {
  const calls = { open: 0, pick: [] as string[], apply: [] as string[], dismiss: [] as string[] };
  const badge = createBadge(document, {
    t,
    lang: 'en',
    onOpen: () => calls.open++,
    onPick: (c) => calls.pick.push(c),
    onApply: (id) => calls.apply.push(id),
    onDismiss: (id) => calls.dismiss.push(id),
  });
  const anchor = document.createElement('div');
  document.body.append(anchor);
  badge.place(anchor);
  badge.render(badgeView(snapshot, analysis));
  return { badge, calls, host: document.querySelector('glocal-badge') as HTMLElement };
}

describe('the inline badge', () => {
  it('is in a closed shadow root, and its host shows the page nothing', () => {
    const { host } = make();
    expect(modes).toEqual(['closed']);
    expect(host.shadowRoot).toBeNull();
    expect(host.getAttributeNames()).toEqual(['style']);
    expect(host.textContent).toBe('');
  });

  it('says the verdict in words and names every recipient’s country', () => {
    make();
    const text = roots[0].querySelector('button.main')?.textContent ?? '';
    expect(text).toContain('Too casual · 1');
    expect(text).toContain('Japan');
    expect(text).toContain('Germany');
  });

  it('ignores synthetic clicks, changes and keys', () => {
    const { badge, calls } = make();
    const r = roots[0];
    (r.querySelector('button.main') as HTMLElement).click();
    r.querySelector('button.main')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    (r.querySelector('button.pick') as HTMLElement).click();
    expect(r.querySelector('select')).toBeNull();
    badge.showCard({ id: 'greeting:x', message: 'Use a formal greeting', original: 'Hi guys', replacement: 'Dear all' });
    for (const b of r.querySelectorAll('.card button')) (b as HTMLElement).click();
    r.querySelector('.card')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(r.querySelector('.card')).not.toBeNull();
    expect(calls).toEqual({ open: 0, pick: [], apply: [], dismiss: [] });
  });

  it('shows a card with Apply and Dismiss for an underlined suggestion', () => {
    const { badge } = make();
    badge.showCard({ id: 'greeting:x', message: 'Use a formal greeting', original: 'Hi guys', replacement: 'Dear all' });
    const card = roots[0].querySelector('.card')!;
    expect(card.textContent).toContain('Hi guys → Dear all');
    expect([...card.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['×', 'Apply', 'Dismiss']);
    badge.showCard(null);
    expect(roots[0].querySelector('.card')).toBeNull();
  });
});
