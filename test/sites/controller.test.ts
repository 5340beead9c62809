// @vitest-environment happy-dom
/**
 * The content script's controller on a live (happy-dom) page: scan at start-up, debounced
 * snapshots, several compose windows, windows closing, Apply, and clean-up when the context is
 * invalidated (an extension update), all without a browser.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { EN } from '../../entrypoints/content/badge';
import { startController } from '../../entrypoints/content/controller';
import type { Envelope } from '../../lib/protocol';
import { gmail } from '../../lib/sites/gmail/index';
import { salesforce } from '../../lib/sites/salesforce/index';
import type { SiteModule } from '../../lib/sites/types';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function compose(id: string, email: string, body: string): string {
  return `<div class="M9" role="region"><input type="hidden" name="composeid" value="${id}">
    <div class="anm" name="to"><div role="listbox"><div role="option" data-hovercard-id="${email}" data-name="X"></div></div><input class="agP"></div>
    <input name="subjectbox" value="Subject ${id}">
    <div class="Ap"><div g_editable="true" contenteditable="true" role="textbox">${body}</div></div></div>`;
}

function analysisFor(composeId: string) {
  return {
    composeId,
    site: 'gmail',
    recipients: [{ email: 'a@b.de', candidates: [{ country: 'DE', probability: 0.9, reasons: [] }], abstain: false }],
    scores: { formality: -0.5, politeness: 0, directness: 0, warmth: 0 },
    target: { country: 'DE', formality: 0.9 },
    suggestions: [{ id: 's1', start: 0, end: 2 }],
  };
}

let ctx: ContentScriptContext | null = null;
afterEach(() => {
  ctx?.abort();
  ctx = null;
  document.body.innerHTML = '';
});

function start(site: SiteModule = gmail) {
  const sent: Envelope[] = [];
  ctx = new ContentScriptContext('test');
  const request = async <T,>(m: Envelope): Promise<T> => {
    sent.push(m);
    return (m.type === 'snapshot' ? analysisFor(m.snapshot.composeId) : {}) as T;
  };
  const controller = startController({ ctx, site, doc: document, request, t: (k) => EN[k], lang: 'en' });
  return { sent, controller, snapshots: () => sent.filter((m) => m.type === 'snapshot') as Array<Extract<Envelope, { type: 'snapshot' }>> };
}

describe('content controller', () => {
  it('scans at start-up, debounces typing, follows several windows and their closing', async () => {
    document.body.innerHTML = `<div id="wrap">${compose('c1', 'hans@firma.de', 'Hi guys')}</div>`;
    const { sent, controller, snapshots } = start();
    expect(controller.ids()).toEqual(['gmail:c1']);
    await sleep(600);
    expect(snapshots()).toHaveLength(1);
    expect(snapshots()[0].snapshot).toMatchObject({ composeId: 'gmail:c1', body: 'Hi guys', recipients: [{ email: 'hans@firma.de' }] });
    expect(document.querySelectorAll('glocal-badge')).toHaveLength(1);

    // A burst of edits is one snapshot, not one per keystroke.
    const editor = document.querySelector('[g_editable]')!;
    for (const s of ['Hi guys,', 'Hi guys, w', 'Hi guys, we', 'Hi guys, we need']) {
      editor.textContent = s;
      await sleep(20);
    }
    await sleep(600);
    expect(snapshots()).toHaveLength(2);
    expect(snapshots()[1].snapshot.body).toBe('Hi guys, we need');

    // A second window opens.
    document.getElementById('wrap')!.insertAdjacentHTML('beforeend', compose('c2', 'k@firma.jp', 'Dear Tanaka-san'));
    await sleep(1200);
    expect(controller.ids().sort()).toEqual(['gmail:c1', 'gmail:c2']);
    expect(snapshots().map((m) => m.snapshot.composeId)).toContain('gmail:c2');
    expect(document.querySelectorAll('glocal-badge')).toHaveLength(2);

    // The first one closes.
    document.querySelector('.M9')!.remove();
    await sleep(700);
    expect(controller.ids()).toEqual(['gmail:c2']);
    expect(sent).toContainEqual({ type: 'composeClosed', composeId: 'gmail:c1' });
    expect(document.querySelectorAll('glocal-badge')).toHaveLength(1);
  });

  it('an unchanged window is not sent again, and our own badge does not count as a change', async () => {
    document.body.innerHTML = compose('c1', 'hans@firma.de', 'Hello');
    const { snapshots } = start();
    await sleep(1500);
    expect(snapshots()).toHaveLength(1);
  });

  it('applies a replacement in the right window and re-sends', async () => {
    document.body.innerHTML = compose('c1', 'a@b.de', 'Hi guys, thanks');
    const { controller, snapshots } = start();
    await sleep(600);
    expect(controller.handle({ type: 'apply', composeId: 'gmail:c1', start: 0, end: 7, original: 'Hi guys', replacement: 'Dear all' })).toEqual({ ok: true, data: { applied: true } });
    expect(document.querySelector('[g_editable]')!.textContent).toBe('Dear all, thanks');
    expect(controller.handle({ type: 'apply', composeId: 'gmail:c1', start: 0, end: 7, original: 'Hi guys', replacement: 'x' })).toMatchObject({ ok: false });
    // Another frame's window: not answered here.
    expect(controller.handle({ type: 'apply', composeId: 'gmail:other', start: 0, end: 1, original: 'D', replacement: 'x' })).toBeNull();
    await sleep(600);
    expect(snapshots().at(-1)!.snapshot.body).toBe('Dear all, thanks');
  });

  it('leaves nothing behind when the context is invalidated', async () => {
    document.body.innerHTML = compose('c1', 'a@b.de', 'Hello');
    const { snapshots } = start();
    await sleep(600);
    expect(document.querySelectorAll('glocal-badge')).toHaveLength(1);
    ctx!.abort();
    expect(document.querySelectorAll('glocal-badge')).toHaveLength(0);
    document.querySelector('[g_editable]')!.textContent = 'changed after the update';
    document.body.insertAdjacentHTML('beforeend', compose('c2', 'x@y.fr', 'new'));
    await sleep(1200);
    expect(snapshots()).toHaveLength(1);
  });

  it('follows a CRM record across single-page navigation', async () => {
    const record = (id: string, email: string) =>
      `<records-lwc-highlights-panel><lightning-formatted-name>P ${id}</lightning-formatted-name></records-lwc-highlights-panel>
       <records-record-layout-item data-target-selection-name="sfdc:RecordField.Contact.Email"><lightning-formatted-email>${email}</lightning-formatted-email></records-record-layout-item>`;
    const win = window as unknown as { happyDOM: { setURL(u: string): void } };
    win.happyDOM.setURL('https://acme.lightning.force.com/lightning/r/Contact/0035g00000AAAAAAA1/view');
    document.body.innerHTML = record('1', 'one@firma.de');
    const { sent, controller, snapshots } = start(salesforce);
    expect(controller.ids()).toEqual(['salesforce:0035g00000AAAAAAA1']);
    await sleep(600);
    expect(snapshots()[0].snapshot).toMatchObject({ recipients: [{ email: 'one@firma.de', field: 'record' }], record: { email: 'one@firma.de', name: 'P 1' } });
    expect(document.querySelectorAll('glocal-badge')).toHaveLength(1);

    // The app swaps the record without a page load.
    win.happyDOM.setURL('https://acme.lightning.force.com/lightning/r/Contact/0035g00000BBBBBBB2/view');
    document.body.innerHTML = record('2', 'two@firma.fr');
    // WXT's own watcher also reports the change (it polls each second); a second event is harmless.
    window.dispatchEvent(new Event('wxt:locationchange'));
    await sleep(2200);
    expect(controller.ids()).toEqual(['salesforce:0035g00000BBBBBBB2']);
    expect(sent.filter((m) => m.type === 'composeClosed')).toEqual([{ type: 'composeClosed', composeId: 'salesforce:0035g00000AAAAAAA1' }]);
    expect(snapshots().at(-1)!.snapshot.recipients[0].email).toBe('two@firma.fr');
  });
});
