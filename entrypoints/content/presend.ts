/**
 * The pause before a costly send, in the page. Listens (capture phase, trusted events only) for
 * a click on the compose's Send control and for Ctrl/⌘+Enter in the compose; when the decision
 * says pause, holds that one send and shows a small non-modal card, "Send anyway" or "Review",
 * in a closed shadow root. The decision is taken from what the content script already has; if
 * it must wait, it waits PAUSE_BUDGET_MS at most and then lets the send through. Any error lets
 * the send through: Glocal never stands between the user and Send.
 */
import { PAUSE_BUDGET_MS, type PresendDecision } from '../../lib/presend';

/** English strings; other languages from the extension's _locales (`presend_<key>`) when present. */
export const PRESEND_EN = {
  title: 'Before you send, still open:',
  sendAnyway: 'Send anyway',
  review: 'Review',
  more: 'and $1 more',
};
export type PresendTranslate = (key: keyof typeof PRESEND_EN, ...subs: string[]) => string;

export interface PresendHooks {
  doc: Document;
  /**
   * The compose an event happened in, with its root; null outside any compose. `near`: also the
   * compose nearest to `target` when the target is outside every compose (Outlook's Send bar can
   * sit outside the compose form); only used for clicks already known to be on a Send control.
   */
  composeFor(target: EventTarget | null, near?: boolean): { id: string; root: Element } | null;
  /** Whether `el` (or an ancestor) is the compose's Send control; the control, or null. */
  sendControl(el: Element, root: Element): Element | null;
  /** The decision for a compose; a promise when the content script must ask. */
  decide(composeId: string): PresendDecision | Promise<PresendDecision>;
  /** "Review": open the side panel on this compose. */
  onReview(composeId: string): void;
  t: PresendTranslate;
  /** Called once a held send is let through (tests and the demo read it; optional). */
  onRelease?(composeId: string, why: 'anyway' | 'budget' | 'clear'): void;
}

const CSS = `
:host { all: initial; }
.c { position: fixed; z-index: 2147483647; max-width: 340px; font: 14px/1.45 system-ui, sans-serif; color: #1f1f1f;
  background: #fff; border: 1px solid #5f6368; border-radius: 10px; padding: 12px 14px; box-shadow: 0 4px 16px rgba(0,0,0,.25); }
p { margin: 0 0 8px; } ul { margin: 0 0 10px; padding-inline-start: 18px; }
.row { display: flex; gap: 8px; justify-content: flex-end; }
button { font: inherit; min-height: 32px; padding: 4px 12px; border-radius: 6px; border: 1px solid #5f6368; background: #fff; color: #1f1f1f; cursor: pointer; }
button.primary { background: #0b57d0; border-color: #0b57d0; color: #fff; }
button:focus-visible { outline: 2px solid #0b57d0; outline-offset: 2px; }
@media (prefers-color-scheme: dark) { .c { background: #2d2e30; color: #e3e3e3; } button { background: #2d2e30; color: #e3e3e3; } button.primary { background: #a8c7fa; color: #062e6f; border-color: #a8c7fa; } }
`;

/** A held key press: where it went and what it was, to send it again. */
interface HeldKey {
  target: EventTarget | null;
  init: KeyboardEventInit;
}

/** How long "Send anyway" lets the next send of that compose through. */
const BYPASS_MS = 5_000;

export function installPresend(h: PresendHooks): () => void {
  const doc = h.doc;
  const win = doc.defaultView;
  const bypass = new Map<string, number>();
  let card: { host: HTMLElement; close(): void } | null = null;

  const passes = (id: string) => (bypass.get(id) ?? 0) > Date.now();
  const now = () => (win?.performance ?? performance).now();

  /**
   * Send again, as the user asked to. Our own events are untrusted, so the listeners below let
   * them through to the site. A site's own button (a `div[role=button]` in Gmail) acts on the
   * mouse sequence, a native button on its click; without a control, the key is sent again.
   */
  function resend(control: Element | null, id: string, key: HeldKey | null) {
    bypass.set(id, Date.now() + BYPASS_MS);
    if (control instanceof HTMLButtonElement) {
      control.click();
    } else if (control) {
      for (const type of ['mousedown', 'mouseup', 'click']) control.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, composed: true, button: 0 }));
    } else if (key && key.target instanceof Node && key.target.isConnected) {
      key.target.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, composed: true, ...key.init }));
    }
  }

  function show(d: Extract<PresendDecision, { pause: true }>, compose: { id: string; root: Element }, control: Element | null, key: HeldKey | null) {
    card?.close();
    const back = doc.activeElement as HTMLElement | null;
    const host = doc.createElement('glocal-presend');
    // Out of the page's flow and unhideable by page rules, like the badge's host.
    host.style.setProperty('display', 'block', 'important');
    host.style.setProperty('position', 'fixed', 'important');
    host.style.setProperty('z-index', '2147483647', 'important');
    // Closed: the page gets no handle on the buttons or on the reasons (SECURITY.md).
    const root = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = CSS;
    const box = doc.createElement('div');
    box.className = 'c';
    box.setAttribute('role', 'dialog');
    box.setAttribute('aria-modal', 'false');
    const title = doc.createElement('p');
    title.textContent = h.t('title');
    box.setAttribute('aria-label', title.textContent);
    const list = doc.createElement('ul');
    for (const r of d.reasons) {
      const li = doc.createElement('li');
      li.textContent = r.message;
      list.append(li);
    }
    if (d.more) {
      const li = doc.createElement('li');
      li.textContent = h.t('more', String(d.more));
      list.append(li);
    }
    const row = doc.createElement('div');
    row.className = 'row';
    const review = doc.createElement('button');
    review.type = 'button';
    review.className = 'primary review';
    review.textContent = h.t('review');
    const send = doc.createElement('button');
    send.type = 'button';
    send.className = 'anyway';
    send.textContent = h.t('sendAnyway');
    row.append(send, review);
    box.append(title, list, row);
    root.append(style, box);
    const rect = (control ?? compose.root).getBoundingClientRect();
    box.style.left = `${Math.max(8, Math.min(rect.left, (win?.innerWidth ?? 800) - 350))}px`;
    box.style.bottom = `${Math.max(8, (win?.innerHeight ?? 600) - rect.top + 8)}px`;
    const close = () => {
      host.remove();
      doc.removeEventListener('keydown', onKey, true);
      if (card?.host === host) card = null;
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && e.isTrusted) {
        close();
        back?.focus?.();
      }
    };
    review.addEventListener('click', (e) => {
      if (!e.isTrusted) return;
      close();
      // The draft stays unsent and open; the side panel shows what to fix.
      h.onReview(compose.id);
    });
    send.addEventListener('click', (e) => {
      if (!e.isTrusted) return;
      close();
      back?.focus?.();
      resend(control, compose.id, key);
      h.onRelease?.(compose.id, 'anyway');
    });
    doc.addEventListener('keydown', onKey, true);
    (doc.body ?? doc.documentElement).append(host);
    card = { host, close };
    review.focus();
  }

  function hold(e: Event, compose: { id: string; root: Element }, given: Element | null | undefined, t0: number) {
    // The control is looked up only when a send is held (Ctrl/⌘+Enter does not name it).
    let found: Element | null | undefined = given;
    const control = () => (found === undefined ? (found = findSend(compose, h)) : found);
    // What the key was and where, kept now: after dispatch the event no longer says.
    const k = e as KeyboardEvent;
    const key: HeldKey | null =
      e.type === 'keydown' ? { target: e.target, init: { key: k.key, code: k.code, ctrlKey: k.ctrlKey, metaKey: k.metaKey, shiftKey: k.shiftKey, altKey: k.altKey } } : null;
    let d: PresendDecision | Promise<PresendDecision>;
    try {
      d = h.decide(compose.id);
    } catch {
      return; // broken: let the send through untouched
    }
    if (!(d instanceof Promise)) {
      if (d.pause) {
        e.preventDefault();
        e.stopImmediatePropagation();
        show(d, compose, control(), key);
      }
      return;
    }
    // Must wait: hold the send for what is left of the budget at most, then let it through.
    e.preventDefault();
    e.stopImmediatePropagation();
    const left = Math.max(0, PAUSE_BUDGET_MS - (now() - t0));
    const timeout = new Promise<null>((ok) => setTimeout(() => ok(null), left));
    void Promise.race([d.catch(() => null), timeout]).then((late) => {
      try {
        if (late && late.pause) return show(late, compose, control(), key);
      } catch {
        // fall through: send
      }
      resend(control(), compose.id, key);
      h.onRelease?.(compose.id, late ? 'clear' : 'budget');
    });
  }

  const onClick = (e: MouseEvent) => {
    const t0 = now();
    if (!e.isTrusted || !(e.target instanceof Element)) return;
    try {
      const compose = h.composeFor(e.target, true);
      if (!compose || passes(compose.id)) return;
      const control = h.sendControl(e.target, compose.root);
      if (!control) return;
      hold(e, compose, control, t0);
    } catch {
      // Never stand in the way.
    }
  };
  const onKeydown = (e: KeyboardEvent) => {
    const t0 = now();
    if (!e.isTrusted || e.key !== 'Enter' && e.key !== ' ') return;
    try {
      if (!(e.target instanceof Element)) return;
      const shortcut = e.key === 'Enter' && (e.ctrlKey || e.metaKey) && !e.altKey;
      // Enter or Space on a focused Send control that is not a native button (a native one
      // turns the key into a click, which onClick sees).
      const onControl = !shortcut && !e.ctrlKey && !e.metaKey && !e.altKey && !(e.target instanceof HTMLButtonElement);
      if (!shortcut && !onControl) return;
      const compose = h.composeFor(e.target, onControl);
      if (!compose || passes(compose.id)) return;
      if (onControl) {
        const control = h.sendControl(e.target, compose.root);
        if (control) hold(e, compose, control, t0);
        return;
      }
      hold(e, compose, undefined, t0);
    } catch {
      // Never stand in the way.
    }
  };

  // The window's capture phase: before the site's own listeners on the document and below.
  const target: EventTarget = win ?? doc;
  target.addEventListener('click', onClick as EventListener, true);
  target.addEventListener('keydown', onKeydown as EventListener, true);
  return () => {
    card?.close();
    target.removeEventListener('click', onClick as EventListener, true);
    target.removeEventListener('keydown', onKeydown as EventListener, true);
  };
}

/**
 * The Send control of a compose, by asking the site's own test on each button: inside the compose
 * first, then in its ancestors (Outlook's Send bar may sit outside the form), as long as the
 * control found is nearest to this compose.
 */
function findSend(compose: { id: string; root: Element }, h: PresendHooks): Element | null {
  for (let scope: Element | null = compose.root; scope; scope = scope.parentElement) {
    for (const b of scope.querySelectorAll('button, [role="button"]')) {
      const c = h.sendControl(b, compose.root);
      if (c && (compose.root.contains(c) || h.composeFor(c, true)?.id === compose.id)) return c;
    }
  }
  return null;
}
