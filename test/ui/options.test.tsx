// @vitest-environment happy-dom
// The options page against a mock transport, plus its data-source list and the icons.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { OptionsApp, countryFromLocale, originPattern } from '../../components/options/OptionsApp';
import { DATA_SOURCES } from '../../components/options/sources';
import { SITES } from '../../lib/sites/registry';
import { drawIcon } from '../../scripts/make-icons.mjs';
import { mockPlatform, SETTINGS } from './fixtures';
import { byTestId, change, click, render, type Rendered } from './render';

const ROOT = join(__dirname, '..', '..');
let r: Rendered | null = null;
afterEach(() => {
  r?.unmount();
  r = null;
});

describe('options page', () => {
  it('lists every supported site and disables one', async () => {
    const m = mockPlatform();
    r = await render(<OptionsApp />, m.platform);
    expect(byTestId(r.container, 'options')).toHaveLength(1);
    for (const s of SITES) expect(r.container.querySelector(`[data-testid="site-${s.id}"]`), s.id).toBeTruthy();
    await click(r.container.querySelector('[data-testid="site-gmail"]'));
    expect(m.getSettings().disabledSites).toEqual(['gmail']);
  });

  it('puts privacy first and describes every site in plain words, translated', async () => {
    const m = mockPlatform();
    r = await render(<OptionsApp />, m.platform);
    const first = r.container.querySelector('section');
    expect(first?.getAttribute('data-testid')).toBe('privacy');
    const gmail = r.container.querySelector('[data-testid="site-gmail"]')!.closest('li')!;
    expect(gmail.textContent).toContain('Your drafts and recipients in the Gmail compose window.');
    // No developer notes (selectors) in front of the user.
    expect(r.container.textContent).not.toMatch(/name=to|span\[email\]/);
  });

    it('defaults the home country from the browser locale when unset', async () => {
    const m = mockPlatform({ settings: { ...SETTINGS, homeCountry: null, homeLanguage: null } });
    r = await render(<OptionsApp />, m.platform);
    expect(m.getSettings()).toMatchObject({ homeCountry: 'US', homeLanguage: 'en' });
    expect(countryFromLocale(['de-AT'])).toBe('AT');
    expect(countryFromLocale(['ja'])).toBe('JP');
    expect(countryFromLocale(['not a tag'])).toBeNull();
  });

  it('switches the interface language', async () => {
    const m = mockPlatform();
    r = await render(<OptionsApp />, m.platform);
    await change(r.container.querySelector('[data-testid="ui-language"]'), 'de');
    expect(m.getSettings().uiLanguage).toBe('de');
  });

  it('adds, lists and deletes overrides', async () => {
    const m = mockPlatform();
    r = await render(<OptionsApp />, m.platform);
    await change(r.container.querySelector('[data-testid="override-key"]'), 'Sato@Example.co.jp');
    await change(r.container.querySelector('[data-testid="override-country"]'), 'JP');
    await click(r.container.querySelector('[data-testid="override-add"]'));
    expect(m.overrides).toEqual([expect.objectContaining({ scope: 'contact', key: 'sato@example.co.jp', country: 'JP', firstNames: null })]);
    const rows = byTestId(r.container, 'override-row');
    expect(rows).toHaveLength(1);
    expect(rows[0].textContent).toContain('Japan');
    await click(rows[0].querySelector('button'));
    expect(m.overrides).toEqual([]);
    expect(byTestId(r.container, 'override-row')).toHaveLength(0);
  });

  it('exports, and resets only after confirmation', async () => {
    const m = mockPlatform();
    r = await render(<OptionsApp />, m.platform);
    await click([...r.container.querySelectorAll('button')].find((b) => b.textContent === 'Export'));
    expect(m.downloads[0]).toMatchObject({ filename: 'glocal-export.json', text: '{"overrides":[]}' });
    await click([...r.container.querySelectorAll('button')].find((b) => b.textContent === 'Reset everything'));
    expect(m.transport.calls.some((c) => c.type === 'resetData')).toBe(false);
    await click([...r.container.querySelectorAll('button.primary')].find((b) => b.textContent === 'Reset everything'));
    expect(m.transport.calls.find((c) => c.type === 'resetData')).toMatchObject({ confirm: true });
  });

  it('shows the sources and the privacy statement', async () => {
    const m = mockPlatform();
    r = await render(<OptionsApp />, m.platform);
    const table = byTestId(r.container, 'sources')[0];
    expect(table.querySelectorAll('tbody tr')).toHaveLength(DATA_SOURCES.length);
    expect(r.container.textContent).toContain('never sends your drafts');
  });

  it('accepts only http(s) origins for extra sites', () => {
    expect(originPattern('https://mail.example.com/inbox')).toBe('https://mail.example.com/*');
    expect(originPattern('ftp://x.org')).toBeNull();
    expect(originPattern('not a url')).toBeNull();
  });
});

describe('data sources', () => {
  it.each(DATA_SOURCES.filter((s) => s.npm))('$id names the installed version of $npm', (s) => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'node_modules', s.npm!, 'package.json'), 'utf8'));
    expect(s.version).toBe(pkg.version);
  });
});

describe('icons', () => {
  it.each([16, 32, 48, 128])('%i.png is a PNG of that size, as make-icons draws it', (size) => {
    const file = readFileSync(join(ROOT, 'public', 'icon', `${size}.png`));
    expect(file.subarray(1, 4).toString()).toBe('PNG');
    expect(file.readUInt32BE(16)).toBe(size);
    expect(file.readUInt32BE(20)).toBe(size);
    expect(Buffer.compare(file, drawIcon(size))).toBe(0);
  });
});
