// @vitest-environment happy-dom
// Options → the pause before a costly send: on by default, info-level items off by default, one
// switch per site whose Send control Glocal knows, each saved to the settings.
import { afterEach, describe, expect, it } from 'vitest';
import { OptionsApp } from '../../components/options/OptionsApp';
import { Settings } from '../../lib/protocol';
import { SITES } from '../../lib/sites/registry';
import { mockPlatform } from './fixtures';
import { click, render, type Rendered } from './render';

let r: Rendered | null = null;
afterEach(() => {
  r?.unmount();
  r = null;
});

const box = (id: string) => r!.container.querySelector<HTMLInputElement>(`[data-testid="${id}"]`)!;

describe('options: pause before a costly send', () => {
  it('defaults: on, not for info-level items, on every site', () => {
    const d = Settings.parse({});
    expect([d.presendPause, d.presendInfo, d.presendOffSites]).toEqual([true, false, []]);
  });

  it('switches the pause, info-level items and one site, and lists only sites with a known Send control', async () => {
    const m = mockPlatform();
    r = await render(<OptionsApp />, m.platform);
    const section = r.container.querySelector('[data-testid="presend"]')!;
    expect(section.textContent).toContain('Pause before a costly send');
    const listed = [...section.querySelectorAll('[data-testid^="presend-site-"]')].map((e) => e.getAttribute('data-testid')!.slice('presend-site-'.length));
    expect(listed).toEqual(SITES.filter((s) => s.sendControl).map((s) => s.id));
    expect(listed).toEqual(expect.arrayContaining(['gmail', 'outlook']));
    expect(box('presend-on').checked).toBe(true);
    expect(box('presend-info').checked).toBe(false);

    await click(box('presend-site-gmail'));
    expect(m.getSettings().presendOffSites).toEqual(['gmail']);
    await click(box('presend-site-gmail'));
    expect(m.getSettings().presendOffSites).toEqual([]);
    await click(box('presend-info'));
    expect(m.getSettings().presendInfo).toBe(true);
    await click(box('presend-on'));
    expect(m.getSettings().presendPause).toBe(false);
    // With the pause off, its details cannot be changed.
    expect(box('presend-site-outlook').closest('fieldset')!.disabled).toBe(true);
  });
});
