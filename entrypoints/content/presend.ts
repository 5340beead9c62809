/**
 * The pause before a costly send, in the page. Listens (capture phase, trusted events only) for
 * a click on the compose's Send control and for Ctrl/⌘+Enter in the compose; when the decision
 * says pause, holds that one send and shows a small non-modal card, "Send anyway" or "Review",
 * in a closed shadow root. The decision is taken from what the content script already has; if
 * it must wait, it waits PAUSE_BUDGET_MS at most and then lets the send through. Any error lets
 * the send through: Glocal never stands between the user and Send.
 */
import { PAUSE_BUDGET_MS, type PresendDecision } from '../../lib/presend';

export interface PresendHooks {
  doc: Document;
  /** The compose an event happened in, with its root; null outside any compose. */
  composeFor(target: EventTarget | null): { id: string; root: Element } | null;
  /** Whether `el` (or an ancestor up to the root) is the compose's Send control. */
  sendControl(el: Element, root: Element): Element | null;
  /** The decision for a compose; a promise when the content script must ask. */
  decide(composeId: string): PresendDecision | Promise<PresendDecision>;
  /** "Review": open the side panel on this compose. */
  onReview(composeId: string): void;
  t(key: 'title' | 'sendAnyway' | 'review' | 'more', ...subs: string[]): string;
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

/** How long "Send anyway" lets the next send of that compose through. */
const BYPASS_MS = 5_000;

export function installPresend(h: PresendHooks): () => void {
  const doc = h.doc;
  const bypass = new Map<string, number>();
  let card: { host: HTMLElement; close(): void } | null = null;

  const passes = (id: string) => (bypass.get(id) ?? 0) > Date.now();

  function resend(control: Element | null, id: string) {
    bypass.set(id, Date.now() + BYPASS_MS);
    // Our own click is untrusted, so the listener below lets it through to the site.
    if (control instanceof HTMLElement) control.click();
  }

  function show(d: Extract<PresendDecision, { pause: true }>, compose: { id: string; root: Element }, control: Element | null) {
    card?.close();
    const host = doc.createElement('glocal-presend');
    const root = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = CSS;
    const box = doc.createElement('div');
    box.className = 'c';
    box.setAttribute('role', 'dialog');
    box.setAttribute('aria-modal', 'false');
    box.setAttribute('aria-labelledby', 'glocal-presend-title');
    const title = doc.createElement('p');
    title.id = 'glocal-presend-title';
    title.textContent = h.t('title');
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
    review.className = 'primary';
    review.textContent = h.t('review');
    const send = doc.createElement('button');
    send.type = 'button';
    send.textContent = h.t('sendAnyway');
    row.append(send, review);
    box.append(title, list, row);
    root.append(style, box);
    const rect = (control ?? compose.root).getBoundingClientRect();
    const view = doc.defaultView;
    box.style.left = `${Math.max(8, Math.min(rect.left, (view?.innerWidth ?? 800) - 350))}px`;
    box.style.bottom = `${Math.max(8, (view?.innerHeight ?? 600) - rect.top + 8)}px`;
    const close = () => {
      host.remove();
      doc.removeEventListener('keydown', onKey, true);
      if (card?.host === host) card = null;
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && e.isTrusted) {
        close();
        (control as HTMLElement | null)?.focus?.();
      }
    };
    review.addEventListener('click', (e) => {
      if (!e.isTrusted) return;
      close();
      h.onReview(compose.id);
    });
    send.addEventListener('click', (e) => {
      if (!e.isTrusted) return;
      close();
      resend(control, compose.id);
    });
    doc.addEventListener('keydown', onKey, true);
    (doc.body ?? doc.documentElement).append(host);
    card = { host, close };
    review.focus();
  }

  async function hold(e: Event, compose: { id: string; root: Element }, control: Element | null) {
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
        show(d, compose, control);
      }
      return;
    }
    // Must wait: hold the send for at most the budget, then let it through.
    e.preventDefault();
    e.stopImmediatePropagation();
    const timeout = new Promise<null>((ok) => setTimeout(() => ok(null), PAUSE_BUDGET_MS));
    const late = await Promise.race([d.catch(() => null), timeout]);
    if (late && late.pause) show(late, compose, control);
    else resend(control, compose.id);
  }

  const onClick = (e: MouseEvent) => {
    if (!e.isTrusted || !(e.target instanceof Element)) return;
    const compose = h.composeFor(e.target);
    if (!compose || passes(compose.id)) return;
    const control = h.sendControl(e.target, compose.root);
    if (!control) return;
    void hold(e, compose, control);
  };
  const onKeydown = (e: KeyboardEvent) => {
    if (!e.isTrusted || e.key !== 'Enter' || !(e.ctrlKey || e.metaKey)) return;
    const compose = h.composeFor(e.target);
    if (!compose || passes(compose.id)) return;
    void hold(e, compose, findSend(compose.root, h));
  };

  doc.addEventListener('click', onClick, true);
  doc.addEventListener('keydown', onKeydown, true);
  return () => {
    card?.close();
    doc.removeEventListener('click', onClick, true);
    doc.removeEventListener('keydown', onKeydown, true);
  };
}

/** The Send control of a compose, by asking the site's own test on each button. */
function findSend(root: Element, h: PresendHooks): Element | null {
  for (const b of root.querySelectorAll('button, [role="button"]')) {
    const c = h.sendControl(b, root);
    if (c) return c;
  }
  return null;
}
