/**
 * The inline badge: plain DOM in a shadow root (no React: the content bundle must stay
 * small, and the page's CSS must not reach in). Page text is only ever set with textContent.
 * It sits in a zero-height host inserted after the editor, and floats up into the editor's
 * bottom-right corner, away from the site's toolbars and buttons.
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
};

const CSS = `
:host { all: initial; }
.b { position: absolute; right: 8px; bottom: 6px; display: inline-flex; align-items: center; gap: 6px; max-width: 260px;
  font: 12px/1.4 system-ui, sans-serif; color: #1f1f1f; background: #fff; border: 1px solid #c7c7c7; border-radius: 12px;
  padding: 2px 4px 2px 8px; box-shadow: 0 1px 3px rgba(0,0,0,.2); pointer-events: auto; }
button { font: inherit; color: inherit; background: none; border: 0; padding: 0 2px; cursor: pointer; }
button.main { display: inline-flex; gap: 6px; align-items: center; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
button:focus-visible, select:focus-visible { outline: 2px solid #0b57d0; border-radius: 4px; }
.dot { width: 8px; height: 8px; border-radius: 50%; display: inline-block; }
.match { background: #188038; } .near { background: #f9ab00; } .off { background: #d93025; }
.n { background: #0b57d0; color: #fff; border-radius: 8px; padding: 0 6px; }
.warn { color: #a50e0e; }
.pick { text-decoration: underline; }
select { font: inherit; max-width: 160px; }
@media (prefers-color-scheme: dark) { .b { background: #2d2e30; color: #e3e3e3; border-color: #5f6368; } }
`;

export interface Badge {
  render(view: BadgeView): void;
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
  opts: { t: Translate; lang: string; onOpen: () => void; onPick: (country: string) => void },
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
  // Open, so tests and assistive tooling can read it; it holds nothing the page does not already show.
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = CSS;
  const box = doc.createElement('div');
  box.className = 'b';
  box.setAttribute('role', 'status');
  shadow.append(style, box);
  const names = new Intl.DisplayNames([opts.lang, 'en'], { type: 'region', fallback: 'none' });
  const { t } = opts;
  let picking = false;

  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string) => {
    const e = doc.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  };

  function picker(): HTMLSelectElement {
    const sel = el('select');
    sel.setAttribute('aria-label', t('choose'));
    sel.append(el('option', undefined, t('choose')));
    for (const [code, name] of countries(names)) {
      const o = el('option', undefined, `${flagEmoji(code)} ${name}`);
      o.value = code;
      sel.append(o);
    }
    sel.addEventListener('change', () => {
      if (!sel.value) return;
      picking = false;
      opts.onPick(sel.value);
      // Until the new analysis arrives, say the choice was taken.
      sel.replaceWith(el('span', undefined, t('saved')));
    });
    return sel;
  }

  let last = '';
  return {
    render(view) {
      // Re-rendering restyles the host; skip it when nothing visible changed (most snapshots).
      const key = JSON.stringify(view);
      if (key === last && !picking) return;
      last = key;
      box.replaceChildren();
      const main = el('button', 'main');
      main.type = 'button';
      main.title = t('open');
      main.addEventListener('click', () => opts.onOpen());
      if (view.degraded && view.status !== 'failed') {
        // Selectors failed but a fallback found someone: say the reading may be incomplete.
        const w = el('span', 'warn', '\u26a0');
        w.title = t('failed');
        main.append(w);
      }
      if (view.status === 'ok' && view.country) {
        main.append(el('span', undefined, view.flag), el('span', undefined, names.of(view.country) ?? view.country));
      } else if (view.status === 'failed') {
        main.append(el('span', 'warn', `\u26a0 ${t('failed')}`));
      } else {
        main.append(el('span', undefined, t(view.status === 'unknown' ? 'unknown' : view.status === 'empty' ? 'empty' : 'waiting')));
      }
      if (view.formality && view.formalityValues) {
        const dot = el('span', `dot ${view.formality}`);
        dot.title = t('formality', view.formalityValues.draft.toFixed(2), view.formalityValues.target.toFixed(2));
        dot.setAttribute('aria-label', dot.title);
        main.append(dot);
      }
      if (view.suggestions > 0) {
        const n = el('span', 'n', String(view.suggestions));
        n.title = t('suggestions', String(view.suggestions));
        main.append(n);
      }
      box.append(main);
      if (view.offerPick && view.pickKey !== null) {
        if (picking) box.append(picker());
        else {
          const b = el('button', 'pick', t('pick'));
          b.type = 'button';
          b.addEventListener('click', () => {
            picking = true;
            b.replaceWith(picker());
          });
          box.append(b);
        }
      }
    },
    place(anchor) {
      if (host.previousElementSibling !== anchor || !host.isConnected) anchor.after(host);
    },
    remove() {
      host.remove();
    },
  };
}
