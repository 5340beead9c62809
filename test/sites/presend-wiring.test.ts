// @vitest-environment happy-dom
/**
 * The pause before a costly send, wired into the content script (entrypoints/content/controller.ts
 * and presend.ts) on a live happy-dom page: which controls are Send (Gmail's and Outlook's
 * fixtures), a trusted Send click or Ctrl/⌘+Enter held while a costly warning is open, "Send
 * anyway" sending, "Review" asking for the side panel and keeping the draft unsent, synthetic
 * events ignored, a clean draft passing through, the switch, and a slow, broken or absent
 * background never holding a send past the 300 ms budget.
 *
 * happy-dom's events carry no `isTrusted`; `trusted()` marks an event as the user's, as a
 * browser would. The real browser runs the same flows in test/e2e/presend.e2e.mjs.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { recordShadowRoots } from '../closed-roots';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { EN } from '../../entrypoints/content/badge';
import { startController } from '../../entrypoints/content/controller';
import { PRESEND_EN, type PresendTranslate } from '../../entrypoints/content/presend';
import { PAUSE_BUDGET_MS } from '../../lib/presend';
import type { Envelope } from '../../lib/protocol';
import { gmail } from '../../lib/sites/gmail/index';
import { outlook } from '../../lib/sites/outlook/index';
import { loadFixtures } from './helpers';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const tp: PresendTranslate = (k, ...subs) => PRESEND_EN[k].replace(/\$(\d)/g, (_, i) => subs[Number(i) - 1] ?? '');

/** Mark an event as made by the user (a browser sets isTrusted; happy-dom has none). */
function trusted<E extends Event>(e: E): E {
  Object.defineProperty(e, 'isTrusted', { value: true });
  return e;
}
const click = (el: Element, isTrusted = true) => {
  const e = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
  el.dispatchEvent(isTrusted ? trusted(e) : e);
  return e;
};
const ctrlEnter = (el: Element) => {
  const e = trusted(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, cancelable: true, composed: true }));
  el.dispatchEvent(e);
  return e;
};

const GREETING = { id: 'greeting:hi-guys', start: 0, end: 7, category: 'greeting', severity: 'warning', rule: 'greeting', message: '“Hi guys,” reads as casual for JP' };
const SEND_TIME = { id: 'calendar:send-time', start: 0, end: 0, category: 'calendar', severity: 'warning', rule: 'calendar', messageKey: 'rules.calendar.send-time-off-hours', message: 'It is 04:25 for the recipient' };

function analysisFor(composeId: string, suggestions: object[]) {
  return {
    composeId,
    site: 'gmail',
    recipients: [{ email: 'k@kyoto-seiki.co.jp', candidates: [{ country: 'JP', probability: 0.9, reasons: [] }], abstain: false }],
    scores: { formality: -0.5, politeness: 0, directness: 0, warmth: 0 },
    target: { country: 'JP', formality: 0.9 },
    suggestions,
  };
}

const COMPOSE = `<div class="M9" role="region"><input type="hidden" name="composeid" value="c1">
  <div class="anm" name="to"><div role="listbox"><div role="option" data-hovercard-id="k@kyoto-seiki.co.jp" data-name="Kenji Tanaka"></div></div><input class="agP"></div>
  <input name="subjectbox" value="Quotation">
  <div class="Ap"><div g_editable="true" contenteditable="true" role="textbox">Hi guys,</div></div>
  <div class="IZ"><div class="btC"><div class="gU Up"><div><div role="button" class="T-I aoO" tabindex="1"><span>Send</span></div></div></div>
  <div role="button" class="format" tabindex="1">Formatting</div></div></div></div>`;

let ctx: ContentScriptContext | null = null;
// The test shares the content script's world (not a page's): it may look inside the closed roots.
const { roots, modes } = recordShadowRoots();
afterEach(() => {
  ctx?.abort();
  ctx = null;
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

interface Opts {
  suggestions?: object[];
  pause?: { pause: boolean; pauseInfo: boolean } | null | (() => never);
  /** How the background answers a snapshot: 'ok', 'never' (hung), 'reject' (gone). */
  background?: 'ok' | 'never' | 'reject';
}

/** The page, the site's own "send" (counted where the site listens), and a started controller. */
async function page(opts: Opts = {}) {
  document.body.innerHTML = COMPOSE;
  const sends: Array<{ trusted: boolean; at: number }> = [];
  // The site's own handlers: bubbling listeners on the document, as a web app's are.
  document.addEventListener('click', (e) => {
    if ((e.target as Element).closest('.aoO')) sends.push({ trusted: e.isTrusted === true, at: performance.now() });
  });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && e.ctrlKey) sends.push({ trusted: e.isTrusted === true, at: performance.now() });
  });
  const sent: Envelope[] = [];
  let mode = opts.background ?? 'ok';
  ctx = new ContentScriptContext('test');
  const request = async <T,>(m: Envelope): Promise<T> => {
    sent.push(m);
    if (m.type !== 'snapshot') return {} as T;
    if (mode === 'never') return new Promise<T>(() => undefined);
    if (mode === 'reject') throw new Error('Could not establish connection. Receiving end does not exist.');
    return analysisFor(m.snapshot.composeId, opts.suggestions ?? [GREETING]) as T;
  };
  const pause = opts.pause === undefined ? { pause: true, pauseInfo: false } : opts.pause;
  startController({
    ctx,
    site: gmail,
    doc: document,
    request,
    t: (k) => EN[k],
    tPresend: tp,
    pause: typeof pause === 'function' ? pause : () => pause,
    lang: 'en',
  });
  // The first snapshot is sent and answered.
  await sleep(600);
  return {
    sends,
    sent,
    setBackground: (m: typeof mode) => (mode = m),
    send: document.querySelector('.aoO')!,
    label: document.querySelector('.aoO span')!,
    editor: document.querySelector('[g_editable]')!,
    card: () => {
      const host = document.querySelector('glocal-presend');
      const i = roots.findIndex((r) => r.host === host);
      return host && i >= 0 ? roots[i] : null;
    },
  };
}

describe('Send controls, by the site modules', () => {
  const fixtures = loadFixtures();
  it('Gmail: the Send button (and anything inside it), not the other buttons', () => {
    const f = fixtures.find((x) => x.dir === 'gmail' && x.file.startsWith('new-ui-popup-de'))!;
    document.body.innerHTML = f.html.replace(/^[\s\S]*?<body>/, '').replace(/<\/body>[\s\S]*$/, '');
    const root = gmail.findComposes(document)[0];
    const send = root.querySelector('.aoO')!;
    expect(gmail.sendControl!(send, root)).toBe(send);
    send.innerHTML = '<span>Senden</span>';
    expect(gmail.sendControl!(send.firstElementChild!, root)).toBe(send);
    expect(gmail.sendControl!(root.querySelector('[g_editable]')!, root)).toBeNull();
    // A Send button of another compose window is not this one's.
    const other = document.createElement('div');
    other.innerHTML = '<div role="button" class="aoO">Send</div>';
    document.body.append(other);
    expect(gmail.sendControl!(other.firstElementChild!, root)).toBeNull();
  });
  it('Outlook: the Send half of the split button, not "More send options" or Discard', () => {
    const f = fixtures.find((x) => x.dir === 'outlook' && x.file.startsWith('compose-2024-en'))!;
    document.body.innerHTML = f.html.replace(/^[\s\S]*?<body>/, '').replace(/<\/body>[\s\S]*$/, '');
    const root = outlook.findComposes(document)[0];
    const [send, more] = document.querySelectorAll('[data-testid="ComposeSendButton"] button');
    expect(outlook.sendControl!(send.querySelector('span')!, root)).toBe(send);
    expect(outlook.sendControl!(more, root)).toBeNull();
    expect(outlook.sendControl!(document.querySelector('[aria-label="Discard"]')!, root)).toBeNull();
  });
});

describe('the pause before a costly send', () => {
  it('holds a trusted Send click while a costly warning is open, in a closed root; "Send anyway" sends', async () => {
    const p = await page();
    const e = click(p.label);
    expect(e.defaultPrevented).toBe(true);
    expect(p.sends).toEqual([]);
    const card = p.card()!;
    expect(card).not.toBeNull();
    expect(modes.at(-1)).toBe('closed');
    expect(document.querySelector('glocal-presend')!.shadowRoot).toBeNull();
    expect(card.textContent).toContain('reads as casual for JP');
    expect(card.querySelector('[role=dialog]')!.getAttribute('aria-modal')).toBe('false');
    // Keyboard reachable: the card's first choice has the focus.
    expect(card.activeElement ?? null).toBe(card.querySelector('button.review'));
    // A page script's click on "Send anyway" does nothing.
    click(card.querySelector('button.anyway')!, false);
    expect(p.sends).toEqual([]);
    click(card.querySelector('button.anyway')!);
    expect(p.sends).toHaveLength(1);
    expect(document.querySelector('glocal-presend')).toBeNull();
    // The next press of Send within a few seconds is not held again.
    click(p.send);
    expect(p.sends).toHaveLength(2);
  });

  it('"Review" asks for the side panel on this draft and leaves it unsent', async () => {
    const p = await page();
    click(p.send);
    click(p.card()!.querySelector('button.review')!);
    await sleep(0);
    expect(p.sent.filter((m) => m.type === 'openPanel')).toEqual([{ type: 'openPanel', composeId: 'gmail:c1' }]);
    expect(p.sends).toEqual([]);
    expect(document.querySelector('glocal-presend')).toBeNull();
    expect(p.editor.textContent).toBe('Hi guys,');
  });

  it('holds Ctrl+Enter in the compose too, and "Send anyway" then clicks Send', async () => {
    const p = await page();
    const e = ctrlEnter(p.editor);
    expect(e.defaultPrevented).toBe(true);
    expect(p.sends).toEqual([]);
    click(p.card()!.querySelector('button.anyway')!);
    expect(p.sends).toHaveLength(1);
  });

  it('without a recognisable Send button, Ctrl+Enter is still held; "Send anyway" sends the key again', async () => {
    const p = await page();
    // A Gmail update renames what the Send selectors rely on.
    p.send.classList.remove('aoO');
    document.querySelector('.IZ')!.className = 'IZ2';
    expect(ctrlEnter(p.editor).defaultPrevented).toBe(true);
    expect(p.sends).toEqual([]);
    click(p.card()!.querySelector('button.anyway')!);
    expect(p.sends).toEqual([expect.objectContaining({ trusted: false })]);
    // Should the site ignore a re-sent key, the user's next Ctrl+Enter is not held again.
    expect(ctrlEnter(p.editor).defaultPrevented).toBe(false);
    expect(p.sends).toHaveLength(2);
    // And a click on the unrecognised button is never held.
    expect(click(p.send).defaultPrevented).toBe(false);
  });

  it('ignores synthetic events: a page script pressing Send is neither held nor shown anything', async () => {
    const p = await page();
    click(p.send, false);
    p.editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, cancelable: true }));
    expect(p.sends).toHaveLength(2);
    expect(document.querySelector('glocal-presend')).toBeNull();
  });

  it('lets a clean draft, other buttons and Ctrl+Enter outside the compose through untouched', async () => {
    const p = await page({ suggestions: [SEND_TIME] });
    expect(click(p.send).defaultPrevented).toBe(false);
    expect(p.sends).toHaveLength(1);
    const q = await page();
    expect(click(document.querySelector('.format')!).defaultPrevented).toBe(false);
    const outside = document.createElement('textarea');
    document.body.append(outside);
    expect(ctrlEnter(outside).defaultPrevented).toBe(false);
    expect(document.querySelector('glocal-presend')).toBeNull();
    expect(q.sends).toHaveLength(1);
  });

  it('lets the send through when the pause is off for the site, or not known yet', async () => {
    for (const pause of [{ pause: false, pauseInfo: false }, null]) {
      const p = await page({ pause });
      expect(click(p.send).defaultPrevented).toBe(false);
      expect(p.sends).toHaveLength(1);
      expect(document.querySelector('glocal-presend')).toBeNull();
      ctx?.abort();
    }
  });

  it('when the draft changed just before Send, holds it for the fresh analysis, which can pause', async () => {
    const p = await page({ suggestions: [GREETING] });
    p.editor.textContent = 'Hi guys, see you';
    await sleep(10); // the observer has seen the change; its debounce is pending
    const e = click(p.send);
    expect(e.defaultPrevented).toBe(true);
    // The pending change was sent at once, not after the debounce.
    expect(p.sent.filter((m) => m.type === 'snapshot').at(-1)).toMatchObject({ snapshot: { body: 'Hi guys, see you' } });
    await sleep(20);
    expect(p.card()).not.toBeNull();
    expect(p.sends).toEqual([]);
  });

  it.each([
    ['slow (never answers)', 'never' as const, PAUSE_BUDGET_MS - 20, PAUSE_BUDGET_MS + 150],
    ['gone (the message fails)', 'reject' as const, 0, 100],
  ])('a %s background never holds a send past the budget', async (_n, mode, min, max) => {
    const p = await page();
    p.setBackground(mode);
    p.editor.textContent = 'Hi guys, one more line';
    await sleep(10);
    const t0 = performance.now();
    expect(click(p.send).defaultPrevented).toBe(true);
    for (let i = 0; i < 100 && !p.sends.length; i++) await sleep(10);
    expect(p.sends).toHaveLength(1);
    const waited = p.sends[0].at - t0;
    expect(waited).toBeGreaterThanOrEqual(min);
    expect(waited).toBeLessThanOrEqual(max);
    expect(document.querySelector('glocal-presend')).toBeNull();
  });

  it('a broken decision lets the send through untouched', async () => {
    const p = await page({
      pause: () => {
        throw new Error('broken');
      },
    });
    expect(click(p.send).defaultPrevented).toBe(false);
    expect(p.sends).toHaveLength(1);
  });

  it('is switched off with the content script: after invalidation nothing is held', async () => {
    const p = await page();
    ctx?.abort();
    expect(click(p.send).defaultPrevented).toBe(false);
    expect(p.sends).toHaveLength(1);
  });
});
