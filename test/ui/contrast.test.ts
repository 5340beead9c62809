// Non-text contrast (WCAG 1.4.11): the marks that carry meaning in the panel — the meter's track
// edge and marks, the severity dots and card edges — keep at least 3:1 against the page, in the
// light and the dark theme. Read from the variables in components/styles.css.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const css = readFileSync(join(__dirname, '..', '..', 'components', 'styles.css'), 'utf8');

function vars(block: string): Record<string, string> {
  return Object.fromEntries([...block.matchAll(/--([\w-]+):\s*(#[0-9a-fA-F]{6})/g)].map((m) => [m[1], m[2]]));
}
const light = vars(/:root \{([^}]*)\}/.exec(css)![1]);
const dark = vars(/:root\[data-theme='dark'\] \{([^}]*)\}/.exec(css)![1]);

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const ratio = (a: string, b: string) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
};

describe('non-text contrast', () => {
  // The meter's track edge (--fg-2), its marks (--you, --them), the severity dots and card edges.
  const marks = ['fg-2', 'you', 'them', 'warn', 'bad', 'ok', 'accent'];
  it.each([
    ['light', light],
    ['dark', dark],
  ] as const)('%s theme: every meaningful mark is at least 3:1 against the page and the cards', (_name, v) => {
    for (const m of marks) {
      expect(ratio(v[m], v.bg), `--${m} on --bg`).toBeGreaterThanOrEqual(3);
      expect(ratio(v[m], v['bg-2']), `--${m} on --bg-2`).toBeGreaterThanOrEqual(3);
    }
  });

  it('the meter track is drawn with an edge in --fg-2, not a faint gradient', () => {
    expect(css).toMatch(/\.meter-track \{[^}]*border: 1px solid var\(--fg-2\)/);
    expect(css).not.toMatch(/\.meter-track \{[^}]*linear-gradient/);
  });
});
