// @vitest-environment happy-dom
// "Prepare for a call" in the side panel, against the real call-prep logic behind a mock transport.
import { afterEach, describe, expect, it } from 'vitest';
import { CallPrep } from '../../components/CallPrep';
import { mockPlatform, SETTINGS } from './fixtures';
import { change, click, render, settle, type Rendered } from './render';

let r: Rendered | null = null;
afterEach(() => {
  r?.unmount();
  r = null;
});

const $ = (root: ParentNode, id: string) => [...root.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];
const RECORD = { name: 'Ana Souza', role: 'Diretora de Compras', company: 'Metalúrgica Paulista Ltda.', country: 'Brasil', dealStage: 'Negotiation/Review' };

describe('call prep view', () => {
  it('offers the call with the record’s name, prefills it, and exports Markdown', async () => {
    const m = mockPlatform({ now: new Date('2026-12-02T09:00:00Z') });
    r = await render(<CallPrep record={RECORD} fallbackCountry={null} home="DE" countries={[{ country: 'JP', name: 'Japan' }]} />, m.platform);
    const open = $(r.container, 'callprep-open')[0];
    expect(open.textContent).toBe('Prepare for a call with Ana Souza');
    await click(open);
    await settle(10);
    expect(($(r.container, 'callprep-title')[0] as HTMLInputElement).value).toBe('Diretora de Compras');
    const prep = $(r.container, 'callprep')[0];
    expect(prep.textContent).toContain('Brazil');
    expect(prep.textContent).toMatch(/senior title/);
    expect($(prep, 'callprep-windows')[0].querySelectorAll('li').length).toBeGreaterThan(0);
    expect($(prep, 'brief')).toHaveLength(1);
    await click($(r.container, 'callprep-export')[0]);
    expect(m.downloads).toHaveLength(1);
    expect(m.downloads[0].filename).toBe('glocal-call-BR.md');
    expect(m.downloads[0].text).toMatch(/^# Call with Ana Souza/);
    // A different title changes the rank advice; a chosen country overrides the record's.
    await change($(r.container, 'callprep-title')[0], 'Buyer');
    await settle(10);
    expect($(r.container, 'callprep')[0].textContent).not.toMatch(/senior title/);
    await change($(r.container, 'callprep-country')[0], 'JP');
    await settle(10);
    expect($(r.container, 'callprep')[0].textContent).toContain('Japan');
  });

  it('shows nothing without a record, and renders in the UI language', async () => {
    const m = mockPlatform({ now: new Date('2026-12-02T09:00:00Z') });
    r = await render(<CallPrep record={undefined} fallbackCountry={null} home={null} countries={[]} />, m.platform);
    expect($(r.container, 'callprep-host')).toHaveLength(0);
    r.unmount();
    r = await render(<CallPrep record={RECORD} fallbackCountry={null} home="DE" countries={[]} />, m.platform, { ...SETTINGS, uiLanguage: 'de' });
    // German loads as separate chunks (main file and every area file): wait for it, not for a fixed number of rounds.
    for (let i = 0; i < 200 && $(r.container, 'callprep-open')[0].textContent !== 'Gespräch mit Ana Souza vorbereiten'; i++) await settle(1);
    expect($(r.container, 'callprep-open')[0].textContent).toBe('Gespräch mit Ana Souza vorbereiten');
  });
});
