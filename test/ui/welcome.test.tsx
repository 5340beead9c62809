// @vitest-environment happy-dom
// The first-run page: it confirms the home country and language, lists the sites, says what
// stays on the device, and offers Gmail.
import { afterEach, describe, expect, it } from 'vitest';
import { WelcomeApp, GMAIL_COMPOSE } from '../../components/welcome/WelcomeApp';
import { SITES } from '../../lib/sites/registry';
import { mockPlatform, SETTINGS } from './fixtures';
import { byTestId, change, render, type Rendered } from './render';

let r: Rendered | null = null;
afterEach(() => {
  r?.unmount();
  r = null;
});

describe('welcome page', () => {
  it('starts from the browser locale and saves the confirmed home country', async () => {
    const m = mockPlatform({ settings: { ...SETTINGS, homeCountry: null, homeLanguage: null } });
    r = await render(<WelcomeApp />, { ...m.platform, languages: ['de-AT'] });
    expect(m.getSettings()).toMatchObject({ homeCountry: 'AT', homeLanguage: 'de' });
    await change(byTestId(r.container, 'home-country')[0], 'DE');
    expect(m.getSettings().homeCountry).toBe('DE');
    // The browser is German, so the page is too.
    expect(byTestId(r.container, 'welcome-saved')[0].textContent).toBe('Gespeichert.');
  });

  it('lists the enabled sites, what stays on the device, and links to a Gmail draft', async () => {
    const m = mockPlatform({ settings: { ...SETTINGS, disabledSites: ['linkedin'] } });
    r = await render(<WelcomeApp />, m.platform);
    const text = r.container.textContent ?? '';
    for (const s of SITES.filter((x) => x.id !== 'linkedin')) expect(text).toContain(s.name);
    expect(text).not.toContain('LinkedIn');
    expect(byTestId(r.container, 'privacy')[0].textContent).toContain('What stays on your device');
    const link = byTestId(r.container, 'try-gmail')[0] as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe(GMAIL_COMPOSE);
    expect(link.getAttribute('rel')).toContain('noopener');
  });
});
