/**
 * The inline badge: plain DOM in a *closed* shadow root (no React: the content bundle must stay
 * small, and the page's CSS must not reach in). Page text is only ever set with textContent.
 * It sits in a zero-height host inserted after the editor, and floats up into the editor's
 * bottom-right corner, away from the site's toolbars and buttons.
 *
 * A hostile page must not read or drive it (SECURITY.md, "The page cannot reach the badge"):
 * the root is closed, so the page gets no handle on anything inside; every listener ignores
 * events that are not `isTrusted` (made by the user, not by a script); and the host carries no
 * attribute or text that says what Glocal inferred.
 */
import { flagEmoji, type BadgeView } from '../../lib/sites/badge-state';

export type Translate = (key: keyof typeof EN, ...subs: string[]) => string;

/** English strings; other languages come from the extension's _locales (`badge_<key>`) when present. */
export const EN = {
  waiting: 'Glocal',
  empty: 'Add a recipient',
  failed: "Couldn't read the recipient",
  unknown: 'Country unknown',
  pick: 'Set country',
  suggestions: '$1 suggestions',
  formality: 'Formality: draft $1, expected $2',
  open: 'Open Glocal for this message',
  choose: 'Choose the recipient\u2019s country',
  saved: 'Saved',
  save: 'Save',
  fits: 'Fits · $1',
  tooCasual: 'Too casual · $1',
  tooFormal: 'Too formal · $1',
  apply: 'Apply',
  dismiss: 'Dismiss',
  close: 'Close',
  card: 'Suggestion: $1',
};

const CSS = `
:host { all: initial; }
.b { position: absolute; right: 8px; bottom: 6px; display: inline-flex; align-items: center; gap: 6px; max-width: 340px; min-height: 26px;
  box-sizing: border-box; font: 13px/1.4 system-ui, sans-serif; color: #1f1f1f; background: #fff; border: 1px solid #747775;
  border-radius: 14px; padding: 1px 4px 1px 8px; box-shadow: 0 1px 3px rgba(0,0,0,.2); pointer-events: auto; }
button { font: inherit; color: inherit; background: none; border: 0; padding: 0 4px; cursor: pointer; min-height: 24px; }
button.main { display: inline-flex; gap: 6px; align-items: center; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
button:focus-visible, select:focus-visible { outline: 2px solid #0b57d0; border-radius: 4px; }
.dot { width: 10px; height: 10px; border-radius: 50%; display: inline-block; flex: none; }
.match { background: #137333; } .near { background: #b06000; } .off { background: #c5221f; }
.v { font-weight: 600; }
.warn { color: #a50e0e; }
.pick { text-decoration: underline; }
select { font: inherit; max-width: 160px; min-height: 24px; }
.card { position: absolute; right: 0; bottom: calc(100% + 6px); width: 300px; box-sizing: border-box; padding: 10px 12px;
  background: inherit; color: inherit; border: 1px solid #747775; border-radius: 10px; box-shadow: 0 2px 8px rgba(0,0,0,.25);
  white-space: normal; display: grid; gap: 6px; }
.card .ch { display: flex; gap: 6px; align-items: baseline; }
.card .ch p { margin: 0; flex: 1; }
.card .fix { margin: 0; overflow-wrap: anywhere; }
.card del { color: #a50e0e; } .card ins { color: #137333; text-decoration: none; font-weight: 600; }
.card .acts { display: flex; gap: 8px; justify-content: flex-end; }
.card .acts button { border: 1px solid #747775; border-radius: 12px; padding: 0 10px; }
.card .acts button.primary { background: #0b57d0; color: #fff; border-color: #0b57d0; }
@media (prefers-color-scheme: dark) {
  .b { background: #2d2e30; color: #e3e3e3; border-color: #8e918f; }
  .match { background: #6dd58c; } .near { background: #fdd663; } .off { background: #ffb4ab; }
  .warn, .card del { color: #ffb4ab; } .card ins { color: #6dd58c; }
}
`;

/** What the inline card shows for one underlined suggestion. */
export interface CardView {
  id: string;
  message: string;
  original: string;
  /** Absent for advice without a rewrite: the card then offers only Dismiss. */
  replacement?: string;
}

export interface Badge {
  render(view: BadgeView): void;
  /** Open the card for one suggestion (null closes it). */
  showCard(card: CardView | null): void;
  /** Keep the badge right after `anchor` (sites re-render; the host may have been dropped). */
  place(anchor: Element): void;
  remove(): void;
}

let regionCodes: string[] | null = null;

/** ISO 3166-1 codes the browser can name, sorted by their names; computed once, on first use. */
function countries(names: Intl.DisplayNames): Array<[string, string]> {
  if (!regionCodes) {
    regionCodes = [];
    for (let a = 65; a <= 90; a++) {
      for (let b = 65; b <= 90; b++) {
        const code = String.fromCharCode(a, b);
        // Groupings and private-use codes that DisplayNames still names.
        if (/^(EU|EZ|UN|QO|XA|XB|ZZ)$/.test(code)) continue;
        if (names.of(code) && names.of(code) !== code) regionCodes.push(code);
      }
    }
  }
  return regionCodes.map((c) => [c, names.of(c) ?? c] as [string, string]).sort((x, y) => x[1].localeCompare(y[1]));
}

export function createBadge(
  doc: Document,
  opts: {
    t: Translate;
    lang: string;
    onOpen: () => void;
    onPick: (country: string) => void;
    onApply?: (id: string) => void;
    onDismiss?: (id: string) => void;
  },
): Badge {
  const host = doc.createElement('glocal-badge');
  // Inline and !important: a page rule must not hide, resize or reflow around the host.
  for (const [k, v] of [
    ['display', 'block'],
    ['position', 'relative'],
    ['height', '0'],
    ['width', 'auto'],
    ['margin', '0'],
    ['padding', '0'],
    ['border', '0'],
    ['z-index', '2147483000'],
    ['pointer-events', 'none'],
  ]) host.style.setProperty(k, v, 'important');
  // Closed: the page gets no handle on the controls or on what they show. Assistive technology
  // reads it through the accessibility tree, tests through the DevTools protocol.
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = CSS;
  const box = doc.createElement('div');
  box.className = 'b';
  box.setAttribute('role', 'status');
  shadow.append(style, box);
  const names = new Intl.DisplayNames([opts.lang, 'en'], { type: 'region', fallback: 'none' });
  const { t } = opts;
  let picking = false;
  let cardEl: HTMLElement | null = null;

  /** Listen only to what the user does: a page script's synthetic events are ignored. */
  const on = (target: EventTarget, type: string, fn: (e: Event) => void) =>
    target.addEventListener(type, (e) => {
      if (e.isTrusted) fn(e);
    });

  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string) => {
    const e = doc.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  };

  /** The country picker: a list and a Save button. Nothing is saved until the user confirms. */
  function picker(): HTMLElement {
    const wrap = el('span');
    const sel = el('select');
    sel.setAttribute('aria-label', t('choose'));
    const none = el('option', undefined, t('choose'));
    none.value = '';
    sel.append(none);
    for (const [code, name] of countries(names)) {
      // Name first, so typing a country's name selects it (and a screen reader says the name first).
      const o = el('option', undefined, `${name} ${flagEmoji(code)}`);
      o.value = code;
      sel.append(o);
    }
    const save = el('button', 'save', t('save'));
    save.type = 'button';
    const commit = () => {
      if (!/^[A-Z]{2}$/.test(sel.value)) return;
      picking = false;
      opts.onPick(sel.value);
      // Until the new analysis arrives, say the choice was taken.
      wrap.replaceWith(el('span', undefined, t('saved')));
    };
    on(save, 'click', commit);
    on(sel, 'keydown', (e) => {
      if ((e as KeyboardEvent).key === 'Enter') commit();
    });
    wrap.append(sel, save);
    return wrap;
  }

  let last = '';
  const api: Badge = {
    render(view) {
      // Re-rendering restyles the host; skip it when nothing visible changed (most snapshots).
      const key = JSON.stringify(view);
      if (key === last && !picking) return;
      last = key;
      box.replaceChildren();
      const main = el('button', 'main');
      main.type = 'button';
      main.title = t('open');
      on(main, 'click', () => opts.onOpen());
      if (view.degraded && view.status !== 'failed') {
        // Selectors failed but a fallback found someone: say the reading may be incomplete.
        const w = el('span', 'warn', '\u26a0');
        w.title = t('failed');
        main.append(w);
      }
      if (view.status === 'ok' && view.countries.length) {
        // Every recipient's country; names while they fit, codes beyond two.
        const long = view.countries.length <= 2;
        view.countries.forEach((c, i) => {
          if (i) main.append(el('span', undefined, '\u00b7'));
          main.append(el('span', undefined, `${flagEmoji(c)} ${long ? (names.of(c) ?? c) : c}`));
        });
        main.title = `${t('open')} (${view.countries.map((c) => names.of(c) ?? c).join(', ')})`;
      } else if (view.status === 'failed') {
        main.append(el('span', 'warn', `\u26a0 ${t('failed')}`));
      } else {
        main.append(el('span', undefined, t(view.status === 'unknown' ? 'unknown' : view.status === 'empty' ? 'empty' : 'waiting')));
      }
      const n = String(view.suggestions);
      if (view.formality && view.formalityValues && view.verdict) {
        // Words carry the verdict; the dot only repeats it.
        const dot = el('span', `dot ${view.formality}`);
        dot.setAttribute('aria-hidden', 'true');
        const words = el('span', 'v', t(view.verdict === 'fits' ? 'fits' : view.verdict === 'too-casual' ? 'tooCasual' : 'tooFormal', n));
        words.title = t('formality', view.formalityValues.draft.toFixed(2), view.formalityValues.target.toFixed(2));
        main.append(dot, words);
      } else if (view.suggestions > 0) {
        main.append(el('span', 'v', t('suggestions', n)));
      }
      box.append(main);
      if (view.offerPick && view.pickKey !== null) {
        if (picking) box.append(picker());
        else {
          const b = el('button', 'pick', t('pick'));
          b.type = 'button';
          on(b, 'click', () => {
            picking = true;
            const p = picker();
            b.replaceWith(p);
            p.querySelector('select')?.focus();
          });
          box.append(b);
        }
      }
      if (cardEl) box.append(cardEl);
    },
    showCard(card) {
      cardEl?.remove();
      cardEl = null;
      if (!card) return;
      const c = el('div', 'card');
      c.setAttribute('role', 'dialog');
      c.setAttribute('aria-label', t('card', card.message));
      const head = el('div', 'ch');
      const close = el('button', undefined, '\u00d7');
      close.type = 'button';
      close.setAttribute('aria-label', t('close'));
      on(close, 'click', () => api.showCard(null));
      head.append(el('p', undefined, card.message), close);
      c.append(head);
      if (card.replacement !== undefined) {
        const fix = el('p', 'fix');
        fix.append(el('del', undefined, card.original), doc.createTextNode(' \u2192 '), el('ins', undefined, card.replacement));
        c.append(fix);
      }
      const acts = el('div', 'acts');
      if (card.replacement !== undefined && opts.onApply) {
        const a = el('button', 'primary', t('apply'));
        a.type = 'button';
        on(a, 'click', () => {
          api.showCard(null);
          opts.onApply?.(card.id);
        });
        acts.append(a);
      }
      if (opts.onDismiss) {
        const d = el('button', undefined, t('dismiss'));
        d.type = 'button';
        on(d, 'click', () => {
          api.showCard(null);
          opts.onDismiss?.(card.id);
        });
        acts.append(d);
      }
      c.append(acts);
      on(c, 'keydown', (e) => {
        if ((e as KeyboardEvent).key === 'Escape') api.showCard(null);
      });
      box.append(c);
      cardEl = c;
    },
    place(anchor) {
      if (host.previousElementSibling !== anchor || !host.isConnected) anchor.after(host);
    },
    remove() {
      host.remove();
    },
  };
  return api;
}
