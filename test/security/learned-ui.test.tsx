// @vitest-environment happy-dom
/** The options page shows every learned domain, its expiry, and forgets one on request. */
import { afterEach, describe, expect, it } from 'vitest';
import { OptionsApp } from '../../components/options/OptionsApp';
import { mockPlatform } from '../ui/fixtures';
import { byTestId, click, render, type Rendered } from '../ui/render';

let r: Rendered | null = null;
afterEach(() => {
  r?.unmount();
  r = null;
});

describe('learned domains in the options page', () => {
  it('lists them with their state and expiry, and forgets one', async () => {
    const now = Date.UTC(2026, 2, 2);
    const m = mockPlatform({
      learned: [
        { domain: 'osaka-parts.example', country: 'JP', records: 2, active: true, updatedAt: now, expiresAt: now + 180 * 864e5 },
        { domain: 'kyoto-seiki.co.jp', country: 'JP', records: 1, active: false, updatedAt: now, expiresAt: now + 180 * 864e5 },
      ],
    });
    r = await render(<OptionsApp />, m.platform);
    const section = byTestId(r.container, 'learned-domains')[0];
    expect(section.textContent).toContain('osaka-parts.example');
    expect(section.textContent).toContain('In use (2 records agree)');
    expect(section.textContent).toContain('waiting for a second record');
    const button = [...section.querySelectorAll('button')].find((b) => /osaka-parts/.test(b.textContent ?? ''));
    await click(button ?? null);
    expect(m.learned.map((d) => d.domain)).toEqual(['kyoto-seiki.co.jp']);
    expect(byTestId(r.container, 'learned-domains')[0].textContent).not.toContain('osaka-parts.example');
  });
});
