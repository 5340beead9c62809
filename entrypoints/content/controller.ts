/**
 * The content script's work: find compose windows (and CRM records), watch each one narrowly,
 * send debounced snapshots, and keep one badge per window. Everything heavy (language, culture,
 * analysis) happens in the background; this file only extracts, schedules and renders.
 *
 * Cost model: one page-wide MutationObserver for *discovery* does O(1) work per batch (it only
 * arms a timer, and ignores batches that are wholly inside windows already tracked); the actual
 * reading happens at most every SCAN_MS, and each window's own observer only re-arms its
 * debounce timer. Nothing runs per keystroke beyond that.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Request } from '../../lib/client';
import { applyReplacement } from '../../lib/sites/apply';
import { badgeView } from '../../lib/sites/badge-state';
import type { AnalysisLike, ContentMessage } from '../../lib/sites/guards';
import { generic } from '../../lib/sites/registry';
import { composeSnapshot, recordSnapshot, type SnapshotInput } from '../../lib/sites/snapshot';
import { buildTextMap, domPoint } from '../../lib/sites/text';
import type { SiteModule } from '../../lib/sites/types';
import { presendDecision, type PresendDecision } from '../../lib/presend';
import { createBadge, type Badge, type Translate } from './badge';
import { installPresend, type PresendTranslate } from './presend';

/** Quiet time after the last change before a snapshot is sent. */
const DEBOUNCE_MS = 400;
/** A snapshot is sent at least this often while the user keeps typing. */
const MAX_WAIT_MS = 2_000;
/** Discovery scans run at most this often. */
const SCAN_MS = 500;

interface Tracked {
  id: string;
  root: Element;
  /** A record page has no editor; its snapshot is the record's person. */
  isRecord: boolean;
  badge: Badge;
  observers: MutationObserver[];
  observedEditor: Element | null;
  timer: number | null;
  firstPending: number;
  lastSent: string;
  snapshot: SnapshotInput | null;
  analysis: AnalysisLike | null;
  /** The snapshot (as sent) that `analysis` describes: when it equals `lastSent`, the analysis is current. */
  analysedKey: string;
  /** The snapshot request in flight, if any. */
  inflight: Promise<void> | null;
  offInput: (() => void) | null;
}

export interface Controller {
  handle(msg: ContentMessage): { ok: true; data: unknown } | { ok: false; error: string } | null;
  /** Compose ids currently tracked (for tests and ping). */
  ids(): string[];
}

export function startController(opts: {
  ctx: ContentScriptContext;
  site: SiteModule;
  doc: Document;
  request: Request;
  t: Translate;
  lang: string;
  /** The pause before a costly send for this site (from `siteEnabled`); null while unknown. */
  pause?: () => { pause: boolean; pauseInfo: boolean } | null;
  /** The pause card's strings. */
  tPresend?: PresendTranslate;
}): Controller {
  const { ctx, site, doc, request } = opts;
  const tracked = new Map<Element, Tracked>();
  const byId = new Map<string, Tracked>();
  const autoIds = new WeakMap<Element, string>();
  let counter = 0;
  let scanTimer: number | null = null;
  /** The URL the tracked record was read at. */
  let recordHref = '';

  const idFor = (root: Element): string => {
    const own = site.composeId?.(root);
    if (own) return own;
    let id = autoIds.get(root);
    if (!id) autoIds.set(root, (id = `${site.id}:${Date.now().toString(36)}-${++counter}`));
    return id;
  };

  const highlight = createHighlighter();
  /** Clicking an underline opens its card in the badge (a real click only: isTrusted). */
  const clickDocs = new WeakSet<Document>();
  const listenClicks = (d: Document) => {
    if (clickDocs.has(d)) return;
    clickDocs.add(d);
    ctx.addEventListener(
      d,
      'click',
      (e: MouseEvent) => {
        if (!e.isTrusted) return;
        // Clicks inside the badge (its card's buttons) are the badge's own.
        if (e.composedPath().some((n) => (n as Node).nodeName === 'GLOCAL-BADGE' || (n as Node).nodeName === 'GLOCAL-PRESEND')) return;
        const hit = highlight.hit(d, e.clientX, e.clientY);
        for (const t of byId.values()) {
          const s = hit && hit.composeId === t.id ? t.analysis?.suggestions.find((x) => x.id === hit.id) : undefined;
          t.badge.showCard(s ? { id: s.id, message: s.message, original: s.original ?? '', replacement: s.replacement } : null);
        }
      },
      { capture: true },
    );
  };

  function send(t: Tracked) {
    t.timer = null;
    t.firstPending = 0;
    if (!t.root.isConnected) return;
    let snap: SnapshotInput | null = null;
    if (t.isRecord) {
      const rec = site.readRecord?.(doc, location);
      if (rec) snap = recordSnapshot(site, t.id, rec);
    } else {
      const rec = site.readRecord?.(doc, location) ?? null;
      snap = composeSnapshot(site, t.root, doc, t.id, rec);
      watchEditor(t);
    }
    if (!snap) return;
    t.snapshot = snap;
    const key = JSON.stringify(snap);
    if (key === t.lastSent) return;
    t.lastSent = key;
    render(t);
    const p: Promise<void> = request({ type: 'snapshot', snapshot: snap })
      .then(
        (analysis) => {
          if (ctx.isInvalid || !analysis || analysis.composeId !== t.id) return;
          t.analysis = analysis;
          t.analysedKey = key;
          render(t);
        },
        () => {
          // The background may be restarting; the next change sends again.
          if (t.lastSent === key) t.lastSent = '';
        },
      )
      .then(() => {
        if (t.inflight === p) t.inflight = null;
      });
    t.inflight = p;
  }

  function render(t: Tracked) {
    const anchor = anchorFor(t);
    if (anchor) t.badge.place(anchor);
    t.badge.render(badgeView(t.snapshot, t.analysis));
    if (!t.isRecord) {
      highlight(t, site);
      const d = site.findEditor(t.root)?.el.ownerDocument;
      if (d) listenClicks(d);
    }
  }

  function anchorFor(t: Tracked): Element | null {
    if (t.isRecord) return t.root;
    return site.badgeAnchor?.(t.root) ?? site.findEditor(t.root)?.outer ?? null;
  }

  function schedule(t: Tracked) {
    const now = Date.now();
    if (!t.firstPending) t.firstPending = now;
    if (t.timer !== null) clearTimeout(t.timer);
    const wait = Math.max(0, Math.min(DEBOUNCE_MS, t.firstPending + MAX_WAIT_MS - now));
    t.timer = ctx.setTimeout(() => send(t), wait);
  }

  /** Editors in same-origin iframes are outside the compose root's subtree: watch them too. */
  function watchEditor(t: Tracked) {
    const ed = site.findEditor(t.root);
    if (!ed || ed.el === t.observedEditor || t.root.contains(ed.el)) return;
    t.observedEditor = ed.el;
    const mo = new MutationObserver(() => schedule(t));
    mo.observe(ed.el, { childList: true, subtree: true, characterData: true });
    t.observers.push(mo);
  }

  function track(root: Element, isRecord: boolean, id = idFor(root)) {
    const t: Tracked = {
      id,
      root,
      isRecord,
      badge: createBadge(doc, {
        t: opts.t,
        lang: opts.lang,
        onOpen: () => void request({ type: 'openPanel', composeId: t.id }).catch(() => undefined),
        onPick: (country) => {
          const key = badgeView(t.snapshot, t.analysis).pickKey;
          if (!key) return;
          // Only a country, for this recipient: the background re-analyses and sends the result.
          request({ type: 'setCountry', key, country }).catch(() => undefined);
        },
        onApply: (id) => {
          const s = t.analysis?.suggestions.find((x) => x.id === id);
          const editor = site.findEditor(t.root);
          if (!s || s.replacement === undefined || typeof s.original !== 'string' || !editor) return;
          if (applyReplacement(editor, s.start, s.end, s.original, s.replacement).ok) schedule(t);
        },
        onDismiss: (id) => void request({ type: 'dismissSuggestion', composeId: t.id, suggestionId: id }).catch(() => undefined),
      }),
      observers: [],
      observedEditor: null,
      timer: null,
      firstPending: 0,
      lastSent: '',
      snapshot: null,
      analysis: null,
      analysedKey: '',
      inflight: null,
      offInput: null,
    };
    if (!isRecord) {
      const mo = new MutationObserver((records) => {
        // Our own badge host being (re)inserted is not a change to the draft.
        if (records.every((r) => isOwn(r.target) || [...r.addedNodes, ...r.removedNodes].every(isOwn))) return;
        schedule(t);
      });
      mo.observe(root, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['value', 'data-hovercard-id', 'email', 'title', 'data-name'] });
      t.observers.push(mo);
      // Typing in inputs (subject, recipients) changes `value`, which no observer sees.
      const onInput = () => schedule(t);
      root.addEventListener('input', onInput, true);
      t.offInput = () => root.removeEventListener('input', onInput, true);
    }
    tracked.set(root, t);
    byId.set(id, t);
    // Scan once straight away: an already-open window may never change.
    schedule(t);
  }

  function untrack(t: Tracked, notify: boolean) {
    for (const mo of t.observers) mo.disconnect();
    t.offInput?.();
    if (t.timer !== null) clearTimeout(t.timer);
    t.badge.remove();
    highlight.forget(t.id);
    tracked.delete(t.root);
    byId.delete(t.id);
    if (notify) void request({ type: 'composeClosed', composeId: t.id }).catch(() => undefined);
  }

  function scan() {
    scanTimer = null;
    if (ctx.isInvalid) return;
    const roots = new Set(site.findComposes(doc));
    for (const root of roots) if (!tracked.has(root)) track(root, false);
    // Record pages: one pseudo-window per record, keyed by the record's id. Once a record is
    // tracked it is not re-read on every scan (Salesforce may need a shadow-root walk); a
    // navigation or its header leaving the page ends it.
    const current = [...tracked.values()].find((t) => t.isRecord);
    const keep = current && current.root.isConnected && recordHref === location.href;
    const rec = keep ? null : site.readRecord?.(doc, location) ?? null;
    for (const t of [...tracked.values()]) {
      const gone = !t.root.isConnected;
      const lost = t.isRecord ? !keep && (!rec || rec.id !== t.id) : site !== generic && !roots.has(t.root);
      if (gone || lost) untrack(t, true);
    }
    if (rec && rec.anchor) {
      recordHref = location.href;
      if (!byId.has(rec.id)) track(rec.anchor, true, rec.id);
    }
  }

  function scheduleScan() {
    if (scanTimer === null) scanTimer = ctx.setTimeout(scan, SCAN_MS);
  }

  const isOwn = (n: Node) => n.nodeName === 'GLOCAL-BADGE' || n.nodeName === 'GLOCAL-PRESEND';
  const insideTracked = (n: Node) => {
    if (isOwn(n)) return true;
    for (const t of tracked.values()) if (!t.isRecord && t.root.contains(n)) return true;
    return false;
  };

  // Discovery. The callback never reads the DOM beyond `contains` on a few tracked roots.
  const discovery = new MutationObserver((records) => {
    if (scanTimer !== null) return;
    if (records.every((r) => insideTracked(r.target))) return;
    scheduleScan();
  });
  discovery.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true });

  // The generic fallback follows focus: the editor the user is typing in is the compose window.
  if (site === generic) ctx.addEventListener(doc, 'focusin', () => scheduleScan(), { capture: true });
  // Single-page navigation: windows and records change without a page load.
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    // Re-read the record at the next scan; it is replaced only if its id changed.
    recordHref = '';
    scheduleScan();
  });
  // The pause before a costly send, where the site has a Send control we know.
  const offPresend = site.sendControl && opts.pause && opts.tPresend ? startPresend(opts.pause, opts.tPresend) : null;

  ctx.onInvalidated(() => {
    offPresend?.();
    discovery.disconnect();
    // The extension was updated or disabled: leave the page as we found it, without messaging.
    for (const t of [...tracked.values()]) untrack(t, false);
    highlight.clear();
  });
  scan();

  /**
   * The decision is synchronous whenever the last analysis describes the draft as it is: the
   * send is held only when it does not (the user typed just before sending), and then for
   * PAUSE_BUDGET_MS at most (entrypoints/content/presend.ts).
   */
  function startPresend(pause: () => { pause: boolean; pauseInfo: boolean } | null, tp: PresendTranslate) {
    const mine = (id: string) => {
      const t = byId.get(id);
      return t && !t.isRecord ? t : null;
    };
    const decideNow = (t: Tracked, includeInfo: boolean): PresendDecision => {
      const current = t.analysis && t.analysedKey === t.lastSent ? t.analysis : null;
      return presendDecision({
        site: site.id,
        settings: { enabled: true, includeInfo, offSites: [] },
        // An analysis of the unchanged draft is current however old it is.
        analysis: current ? { at: Date.now(), suggestions: current.suggestions } : null,
        now: Date.now(),
      });
    };
    return installPresend({
      doc,
      composeFor(target, near) {
        if (!(target instanceof Node)) return null;
        for (const t of byId.values()) if (!t.isRecord && t.root.contains(target)) return { id: t.id, root: t.root };
        if (!near) return null;
        for (let a = target.parentElement; a; a = a.parentElement) {
          for (const t of byId.values()) if (!t.isRecord && a.contains(t.root)) return { id: t.id, root: t.root };
        }
        return null;
      },
      sendControl: (el, root) => site.sendControl?.(el, root) ?? null,
      decide(id) {
        const t = mine(id);
        const p = pause();
        if (!t || !p || !p.pause) return { pause: false, why: 'off' };
        // A change not yet sent (the debounce is pending): send it now.
        if (t.timer !== null) {
          clearTimeout(t.timer);
          send(t);
        }
        return t.inflight ? t.inflight.then(() => decideNow(t, p.pauseInfo)) : decideNow(t, p.pauseInfo);
      },
      onReview: (id) => void request({ type: 'openPanel', composeId: id }).catch(() => undefined),
      t: tp,
    });
  }

  return {
    ids: () => [...byId.keys()],
    handle(msg) {
      if (msg.type === 'ping') return { ok: true, data: { site: site.id, composes: [...byId.keys()] } };
      if (msg.type === 'resend') {
        // The background restarted and holds no draft: send each one again now.
        if (!byId.size) return null;
        for (const t of byId.values()) {
          t.lastSent = '';
          send(t);
        }
        return { ok: true, data: { resent: byId.size } };
      }
      if (msg.type === 'analysis') {
        const t = byId.get(msg.analysis.composeId);
        if (!t) return null;
        t.analysis = msg.analysis;
        // A re-analysis of the draft as last sent (a correction, a setting), unless a newer one is on its way.
        if (!t.inflight) t.analysedKey = t.lastSent;
        render(t);
        return { ok: true, data: { shown: true } };
      }
      const t = byId.get(msg.composeId);
      if (!t || t.isRecord) return null;
      const editor = site.findEditor(t.root);
      if (!editor) return { ok: false, error: 'the compose editor is gone' };
      const res = applyReplacement(editor, msg.start, msg.end, msg.original, msg.replacement, { whole: msg.whole });
      if (!res.ok) return res;
      schedule(t);
      return { ok: true, data: { applied: true } };
    },
  };
}

/**
 * Suggestion spans, highlighted with the CSS Custom Highlight API: it paints ranges without
 * touching the editor's DOM, so the site's editor model is never disturbed. Where the API is
 * missing (older Firefox), nothing is highlighted.
 */
function createHighlighter() {
  const NAME = 'glocal-suggestion';
  const ranges = new Map<string, Range[]>();
  /** The suggestion id each range underlines. */
  const ids = new WeakMap<Range, string>();
  const styled = new WeakSet<Document>();
  type HighlightApi = { highlights: Map<string, unknown> };
  type HighlightCtor = new (...r: Range[]) => unknown;

  const apply = (win: Window) => {
    const css = (win as unknown as { CSS?: HighlightApi }).CSS;
    const Ctor = (win as unknown as { Highlight?: HighlightCtor }).Highlight;
    if (!css?.highlights || !Ctor) return;
    const all = [...ranges.values()].flat().filter((r) => r.startContainer.ownerDocument?.defaultView === win);
    if (all.length) css.highlights.set(NAME, new Ctor(...all));
    else css.highlights.delete(NAME);
  };

  const fn = (t: Tracked, site: SiteModule) => {
    const ed = site.findEditor(t.root);
    const win = ed?.el.ownerDocument.defaultView;
    if (!ed || !win || ed.kind !== 'contenteditable') return;
    const list: Range[] = [];
    const suggestions = t.analysis?.suggestions ?? [];
    // One walk of the editor for all suggestions.
    const map = suggestions.length ? buildTextMap(ed.el, ed.text) : null;
    for (const s of suggestions) {
      if (!map || s.end <= s.start) continue;
      // The user may have typed since the analysis: highlight only spans that still hold their text.
      if (typeof s.original === 'string' && map.text.slice(s.start, s.end) !== s.original) continue;
      const a = domPoint(map, s.start, 'start');
      const b = domPoint(map, s.end, 'end');
      if (!a || !b) continue;
      const r = ed.el.ownerDocument.createRange();
      try {
        r.setStart(a.node, a.offset);
        r.setEnd(b.node, b.offset);
        ids.set(r, s.id);
        list.push(r);
      } catch {
        // The draft changed under the analysis; the next analysis repaints.
      }
    }
    ranges.set(t.id, list);
    const doc = ed.el.ownerDocument;
    if (!styled.has(doc) && list.length) {
      styled.add(doc);
      const style = doc.createElement('style');
      // #b06000 on white is 4.6:1 (non-text contrast needs 3:1).
      style.textContent = `::highlight(${NAME}) { text-decoration: underline wavy #b06000; text-decoration-thickness: 2px; }`;
      (doc.head ?? doc.documentElement).append(style);
    }
    apply(win);
  };
  /** The underlined suggestion under a point of `doc`, if any. */
  fn.hit = (doc: Document, x: number, y: number): { composeId: string; id: string } | null => {
    for (const [composeId, list] of ranges) {
      for (const r of list) {
        if (r.startContainer.ownerDocument !== doc) continue;
        for (const rect of r.getClientRects()) {
          if (x >= rect.left && x <= rect.right && y >= rect.top - 2 && y <= rect.bottom + 2) return { composeId, id: ids.get(r) ?? '' };
        }
      }
    }
    return null;
  };
  fn.forget = (id: string) => {
    const list = ranges.get(id);
    ranges.delete(id);
    const win = list?.[0]?.startContainer.ownerDocument?.defaultView;
    if (win) apply(win);
  };
  fn.clear = () => {
    const wins = new Set([...ranges.values()].flat().map((r) => r.startContainer.ownerDocument?.defaultView).filter(Boolean) as Window[]);
    ranges.clear();
    for (const w of wins) apply(w);
  };
  return fn;
}
