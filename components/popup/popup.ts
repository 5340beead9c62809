/**
 * The popup, in plain DOM rather than React: it must show the tab's drafts within 100 ms of
 * opening, and React plus i18next cost more than that to load on a slow machine. It paints the
 * last state it showed for the tab (kept in storage.session) at once, then the background's
 * fresh one. It shows the glance — the verdict, the top three fixes with Apply / Dismiss, and
 * the recipients with a correction that asks for scope and confirmation — and hands the rest to
 * the side panel. All page text goes in as text nodes, never as HTML.
 */
import type { Analysis, Override, RecipientInference, Settings } from '../../lib/protocol';
import { dirOf, englishResources, loadResources, resolveLanguage, translate, type Resources } from '../../lib/i18n/resources';
import type { Platform } from '../platform';
import { countryName, emailDomain, flagUrl, formatTime } from '../format';
import { PANEL_TAB_KEY, dismissContact, draftVerdict, fixGroups, groupEdits, type FixGroup } from '../logic';
import type { StateAnswer } from '../api';

type Child = Node | string | null | undefined | false;

/** Create an element; attributes are set as attributes (or listeners for `on*` functions). */
function el(tag: string, attrs: Record<string, unknown> = {}, ...children: Child[]): HTMLElement {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') e.addEventListener(k.slice(2), v as EventListener);
    // Through the CSSOM: the CSP (default-src 'self') refuses style attributes.
    else if (k === 'style') e.style.cssText = String(v);
    else e.setAttribute(k === 'className' ? 'class' : k, String(v));
  }
  for (const c of children) if (c !== null && c !== undefined && c !== false) e.append(c);
  return e;
}

const kids = (list: Child[]): Array<Node | string> => list.filter((c): c is Node | string => c !== null && c !== undefined && c !== false);

/** How many fixes the popup lists; the rest are in the side panel. */
export const POPUP_SUGGESTIONS = 3;
/** storage.session key of the last state the popup showed, painted first on the next open. */
export const POPUP_CACHE_KEY = 'glocal:popupLast';

export interface PopupHandle {
  /** Resolves once the fresh drafts (or the empty state, or an error) are on screen. */
  ready: Promise<void>;
  destroy(): void;
}

/** A flag image (bundled SVG), decorative: the country's name is always next to it. */
function flagImg(cc: string | null | undefined): HTMLElement {
  const src = flagUrl(cc);
  return src ? el('img', { className: 'flag-img', src, width: 18, height: 12, alt: '' }) : el('span', { className: 'flag-img flag-none', 'aria-hidden': 'true' });
}

/** Render the popup into `root` (which may hold the static frame from popup.html). */
export function renderPopup(root: HTMLElement, platform: Platform): PopupHandle {
  let res: Resources = englishResources;
  let lang = resolveLanguage(null, platform.languages);
  const t = (key: string, params?: Record<string, string | number>) => translate(res, key, params);
  let tabId: number | null = null;
  let state: StateAnswer | null = null;
  let fresh = false;
  let error: string | null = null;
  let countries: Array<{ country: string; name: string }> = [];
  /** Fixes applied or dismissed here (group keys), hidden until the background's next analysis. */
  const done = new Set<string>();
  /** The recipient whose country correction is open, and its choice, across repaints. */
  let correcting: { email: string; country: string; scope: 'contact' | 'domain' } | null = null;
  let announce = '';
  let undo: { composeId: string; edits: ReturnType<typeof groupEdits>['undo']; key: string; title: string } | null = null;
  /** What gets focus after the next paint (a card's key, or a data-testid). */
  let focusNext: string | null = null;
  const timers: Array<ReturnType<typeof setInterval>> = [];
  let unsubscribe: () => void = () => undefined;

  const applyDocument = (settings: Settings | null) => {
    const d = document.documentElement;
    d.lang = lang === 'zh' ? 'zh-CN' : lang;
    d.dir = dirOf(lang);
    if (settings && settings.theme !== 'system') d.dataset.theme = settings.theme;
    else delete d.dataset.theme;
  };

  const openPanel = async (tab?: 'brief' | 'practice' | 'draft') => {
    if (tab && platform.session) await platform.session.set(PANEL_TAB_KEY, tab).catch(() => undefined);
    await platform.openSidePanel?.(tabId);
  };

  const saveCorrection = async (r: RecipientInference, country: string, scope: 'contact' | 'domain') => {
    const key = scope === 'contact' ? r.email.toLowerCase() : emailDomain(r.email);
    if (!key) return;
    const override: Override = { scope, key, country, lang: null, firstNames: null, note: '', updatedAt: 0 };
    try {
      await platform.api.setOverride(override);
      correcting = null;
      announce = t('recipient.saved');
      await refresh();
    } catch (e) {
      announce = t('common.error', { message: (e as Error).message });
      paint();
    }
  };

  /** Choosing "Other country…" asks for the scope and a confirmation before anything is saved. */
  const correction = (r: RecipientInference): HTMLElement | null => {
    if (!countries.length || !r.email) return null;
    const open = correcting?.email === r.email ? correcting : null;
    const select = el('select', { 'aria-label': `${t('recipient.chooseCountry')} · ${r.name || r.email}`, 'data-testid': 'other-country' }, el('option', { value: '' }, t('recipient.other'))) as HTMLSelectElement;
    for (const c of countries) select.append(el('option', { value: c.country }, countryName(c.country, lang) || c.name));
    select.value = open?.country ?? '';
    select.addEventListener('change', () => {
      correcting = select.value ? { email: r.email, country: select.value, scope: open?.scope ?? 'contact' } : null;
      focusNext = 'confirm-scope';
      paint();
    });
    const box = el('div', { className: 'stack small' }, el('div', { className: 'row' }, select));
    if (open) {
      const domain = emailDomain(r.email);
      const cname = countryName(open.country, lang);
      const radio = (scope: 'contact' | 'domain', label: string) =>
        el(
          'label',
          {},
          el('input', {
            type: 'radio',
            name: `scope-${r.email}`,
            checked: open.scope === scope ? 'checked' : null,
            'data-testid': scope === 'contact' ? 'confirm-scope' : 'confirm-scope-domain',
            onchange: () => {
              if (correcting) correcting.scope = scope;
              focusNext = scope === 'contact' ? 'confirm-scope' : 'confirm-scope-domain';
              paint();
            },
          }),
          ` ${label}`,
        );
      const cancel = () => {
        correcting = null;
        focusNext = 'other-country';
        paint();
      };
      const confirm = el(
        'fieldset',
        {
          className: 'confirm stack',
          'data-testid': 'confirm-correction',
          onkeydown: (e: KeyboardEvent) => {
            if (e.key === 'Escape') {
              e.preventDefault();
              cancel();
            }
          },
        },
        el('legend', {}, open.scope === 'domain' && domain ? t('correct.confirmDomain', { country: cname, domain }) : t('correct.confirm', { country: cname })),
        el('div', { className: 'row' }, radio('contact', t('recipient.scopeContact')), domain ? radio('domain', t('recipient.scopeDomain', { domain })) : null),
        el(
          'div',
          { className: 'row' },
          el('button', { type: 'button', className: 'primary', 'data-testid': 'confirm-save', onclick: () => void saveCorrection(r, open.country, open.scope) }, t('common.save')),
          el('button', { type: 'button', onclick: cancel }, t('common.cancel')),
        ),
      );
      box.append(confirm);
    }
    return box;
  };

  const recipientCard = (r: RecipientInference): HTMLElement => {
    const top = r.abstain ? null : (r.candidates[0] ?? null);
    const second = r.candidates.find((c) => c.country !== top?.country) ?? null;
    const name = top ? countryName(top.country, lang) : '';
    const card = el(
      'article',
      { className: 'card recipient compact stack', 'data-testid': 'recipient-card' },
      el(
        'div',
        { className: 'row' },
        flagImg(top?.country),
        el('strong', { className: 'clamp', style: 'min-inline-size:0;flex:1' }, r.name || r.email),
        el('span', {}, top ? name : t('people.unknown')),
        top ? el('span', { className: 'small muted' }, t('recipient.confidence', { percent: Math.round(top.probability * 100) })) : null,
      ),
      top && top.reasons.length ? el('p', { className: 'small muted', style: 'margin:0', lang: lang === 'en' ? null : 'en' }, top.reasons.join('; ')) : null,
    );
    if (top) {
      const time = el('p', { className: 'small', style: 'margin:0', 'data-testid': 'local-time', hidden: true });
      // The background answers: the holiday rules are large, and the popup must open fast.
      const tick = async () => {
        let ws;
        try {
          ws = await platform.api.workingStatus(top.country, platform.now());
        } catch {
          return;
        }
        time.replaceChildren(
          ...kids([
            `${t('recipient.localTime', { time: formatTime(ws.local.hour, ws.local.minute, lang) })} `,
            el('span', { className: `status ${ws.status}` }, t(`recipient.status.${ws.status}`, { name: ws.holidayToday ?? '' })),
          ]),
        );
        time.hidden = false;
      };
      void tick();
      timers.push(setInterval(() => void tick(), 60_000));
      card.append(time);
    }
    const row = el('div', { className: 'row small' });
    if (top && second) {
      row.append(
        el(
          'button',
          { type: 'button', 'data-testid': 'quick-correct', onclick: () => void saveCorrection(r, second.country, 'contact') },
          `${t('recipient.notCountry', { country: name })} ${t('recipient.correctTo', { country: countryName(second.country, lang) })}`,
        ),
      );
    }
    card.append(row);
    const c = correction(r);
    if (c) card.append(c);
    return card;
  };

  const fixTitle = (g: FixGroup) => t(`fix.title.${g.kind}`, { count: g.items.length });

  const fixCard = (a: Analysis, g: FixGroup, next: FixGroup | null): HTMLElement => {
    const title = fixTitle(g);
    const draftLang = a.lang?.lang && a.lang.lang !== 'und' ? a.lang.lang : null;
    const canApply = g.items.every((s) => s.replacement !== undefined);
    const first = g.items[0];
    const diff =
      canApply && first.original
        ? el(
            'p',
            { className: 'diff small' },
            el('del', { lang: draftLang }, first.original.length > 60 ? `${first.original.slice(0, 59)}…` : first.original),
            el('span', { 'aria-hidden': 'true' }, ' → '),
            el('ins', { lang: draftLang }, (first.replacement ?? '').length > 60 ? `${(first.replacement ?? '').slice(0, 59)}…` : (first.replacement ?? '')),
            g.items.length > 1 ? el('span', { className: 'muted' }, ' …') : null,
          )
        : null;
    const li = el(
      'li',
      {},
      el(
        'article',
        { className: `card fix sev-${g.severity}`, 'data-testid': 'suggestion', 'data-severity': g.severity, 'data-key': g.key, tabindex: '-1', 'aria-label': title },
        el('h3', { className: 'fix-title' }, el('span', { className: `sev-dot ${g.severity}`, 'aria-hidden': 'true' }), title),
        diff,
      ),
    );
    const card = li.firstChild as HTMLElement;
    const act = async (fn: () => Promise<unknown>, message: string, undoEdits?: ReturnType<typeof groupEdits>['undo']) => {
      try {
        await fn();
        done.add(`${a.composeId}|${g.key}`);
        announce = message;
        undo = undoEdits ? { composeId: a.composeId, edits: undoEdits, key: `${a.composeId}|${g.key}`, title } : null;
        focusNext = next ? next.key : 'popup-status';
        // Repaint rather than remove the card: a repaint may have replaced it while we waited.
        paint();
      } catch (e) {
        card.append(el('p', { role: 'alert', className: 'banner bad' }, t('common.error', { message: (e as Error).message })));
      }
    };
    const row = el('div', { className: 'row' });
    if (canApply && tabId !== null) {
      const edits = groupEdits(g.items);
      const id = tabId;
      row.append(
        el(
          'button',
          {
            type: 'button',
            className: 'primary',
            'data-testid': 'apply',
            onclick: () =>
              void act(
                async () => {
                  for (const e of edits.apply) await platform.api.apply({ tabId: id, composeId: a.composeId, ...e });
                },
                t('fix.applied', { title }),
                edits.undo,
              ),
          },
          g.items.length > 1 ? t('fix.applyAll') : t('fix.apply'),
          el('span', { className: 'sr-only' }, ` · ${title}`),
        ),
      );
    }
    row.append(
      el(
        'button',
        {
          type: 'button',
          'data-testid': 'dismiss',
          onclick: () =>
            void act(async () => {
              for (const s of g.items) await platform.api.dismiss(dismissContact(a), s.id);
            }, t('fix.dismissedContact', { contact: dismissContact(a) || '—' })),
        },
        t('fix.notForContact'),
        el('span', { className: 'sr-only' }, ` · ${title}`),
      ),
    );
    card.append(row);
    return li;
  };

  const draft = (a: Analysis): HTMLElement => {
    const groups = fixGroups(a.suggestions).filter((g) => !done.has(`${a.composeId}|${g.key}`));
    const shown = groups.slice(0, POPUP_SUGGESTIONS);
    const v = draftVerdict(a);
    const country = v.country ? countryName(v.country, lang) : '';
    const head = v.verdict && v.country ? t(`verdict.${v.verdict}`, { country }) : t('verdict.noTarget');
    const rest = groups.length - shown.length;
    return el(
      'section',
      { className: 'stack draft', 'data-compose': a.composeId },
      el('h2', { className: `verdict ${v.verdict ?? 'none'}`, 'data-testid': 'verdict' }, `${head} · ${groups.length ? t('verdict.fixes', { count: groups.length }) : t('verdict.none')}`),
      el(
        'p',
        { className: 'small muted', style: 'margin:0', 'data-testid': 'formality-meter' },
        `${t('level.draftIs', { level: t(`level.${v.draft}`) })}${v.target ? ` · ${t('level.expected', { country, level: t(`level.${v.target}`) })}` : ''}`,
      ),
      shown.length
        ? el('ul', { className: 'plain stack', 'aria-label': t('fix.listLabel') }, ...shown.map((g, i) => fixCard(a, g, shown[i + 1] ?? shown[i - 1] ?? null)))
        : el('p', { className: 'muted' }, t('suggestions.none')),
      rest > 0 && platform.openSidePanel
        ? el('button', { type: 'button', className: 'link', 'data-testid': 'more-in-panel', onclick: () => void openPanel('draft') }, t('more.inPanel', { count: rest }))
        : null,
      el('ul', { className: 'plain stack', 'aria-label': t('people.label') }, ...a.recipients.map((r) => el('li', {}, recipientCard(r)))),
    );
  };

  const frame = el('main', { className: 'app popup', 'data-testid': 'popup' });
  const content = el('div', { 'data-testid': 'popup-content', className: 'stack', style: 'margin-block-start:10px' });
  const status = el('div', { className: 'row toast-line' });

  const header = () =>
    el(
      'header',
      { className: 'header' },
      el('h1', { className: 'brand' }, el('img', { src: '/icon/32.png', alt: '' }), ' ', t('app.name')),
      el(
        'div',
        { className: 'row' },
        platform.openSidePanel ? el('button', { type: 'button', className: 'primary', 'data-testid': 'open-panel', onclick: () => void openPanel() }, t('popup.openPanel')) : null,
        platform.openOptions ? el('button', { type: 'button', onclick: () => platform.openOptions?.() }, t('settingsButton')) : null,
      ),
    );

  const paint = () => {
    for (const id of timers.splice(0)) clearInterval(id);
    const children: Child[] = [];
    if (error) children.push(el('p', { className: 'banner bad', role: 'alert' }, t('common.error', { message: error })));
    else if (!state) children.push(el('p', { className: 'muted' }, t('common.loading')));
    else if (!state.analyses.length) {
      children.push(
        el('p', {}, t('popup.noCompose')),
        el('p', { className: 'small muted' }, t('popup.hint')),
        platform.openSidePanel
          ? el(
              'div',
              { className: 'row' },
              el('button', { type: 'button', 'data-testid': 'prepare-call', onclick: () => void openPanel('brief') }, t('more.prepareCall')),
              el('button', { type: 'button', 'data-testid': 'practice-today', onclick: () => void openPanel('practice') }, t('more.practiceToday')),
            )
          : null,
      );
    } else children.push(...state.analyses.slice(0, 2).map(draft));
    const statusText = el('div', { role: 'status', tabindex: '-1', className: 'grow', 'data-testid': 'popup-status' }, announce);
    const undoButton = undo
      ? el(
          'button',
          {
            type: 'button',
            'data-testid': 'undo',
            onclick: () => {
              const u = undo;
              if (!u || tabId === null) return;
              const id = tabId;
              void (async () => {
                try {
                  for (const e of u.edits) await platform.api.apply({ tabId: id, composeId: u.composeId, ...e });
                  done.delete(u.key);
                  undo = null;
                  announce = t('fix.undone', { title: u.title });
                  focusNext = u.key.split('|').slice(1).join('|');
                } catch (e) {
                  announce = t('common.error', { message: (e as Error).message });
                }
                paint();
              })();
            },
          },
          t('fix.undo'),
          el('span', { className: 'sr-only' }, ` · ${undo.title}`),
        )
      : null;
    status.className = announce ? 'row toast' : 'row';
    status.replaceChildren(...kids([statusText, undoButton]));
    content.replaceChildren(...kids(children));
    if (state || error) content.dataset.ready = 'true';
    frame.replaceChildren(header(), status, content);
    if (focusNext) {
      const key = focusNext;
      focusNext = null;
      const target =
        [...frame.querySelectorAll<HTMLElement>('[data-key]')].find((e) => e.dataset.key === key) ?? frame.querySelector<HTMLElement>(`[data-testid="${key}"]`);
      target?.focus();
    }
  };

  const setLanguage = async (settings: Settings | null | undefined) => {
    const wanted = resolveLanguage(settings?.uiLanguage, platform.languages);
    if (wanted !== lang) {
      res = wanted === 'en' ? englishResources : await loadResources(wanted).catch(() => englishResources);
      lang = wanted;
    }
    applyDocument(settings ?? null);
  };

  const refresh = async () => {
    try {
      state = await platform.api.getState(tabId);
      fresh = true;
      error = null;
      // Kept in memory only (storage.session), so the next open paints at once.
      void platform.session?.set(POPUP_CACHE_KEY, { tabId, state }).catch(() => undefined);
    } catch (e) {
      error = (e as Error).message;
    }
    await setLanguage(state?.settings);
    paint();
  };

  applyDocument(null);
  paint();
  root.replaceChildren(frame);
  const ready = (async () => {
    // The browser's language, the tab and the last state are known at once; the fresh state
    // from the background follows.
    const [loaded, id, cached] = await Promise.all([
      lang !== 'en' ? loadResources(lang).catch(() => englishResources) : Promise.resolve(englishResources),
      platform.tabId(),
      platform.session?.get(POPUP_CACHE_KEY).catch(() => undefined) ?? Promise.resolve(undefined),
    ]);
    res = loaded;
    tabId = id;
    const last = cached as { tabId?: unknown; state?: StateAnswer } | undefined;
    if (!fresh && last && last.tabId === tabId && last.state && Array.isArray(last.state.analyses)) {
      state = last.state;
      await setLanguage(state.settings);
      paint();
      if (typeof performance !== 'undefined') performance.mark('glocal:popup-cached');
    }
    await refresh();
    if (typeof performance !== 'undefined') performance.mark('glocal:popup-content');
    unsubscribe = platform.onAnalysisUpdated((updated) => {
      if (tabId === null || updated === null || updated === tabId) void refresh();
    });
    // The correction picker's list is not needed for the first paint.
    platform.api.listCountries().then(
      (list) => {
        countries = list;
        paint();
      },
      () => undefined,
    );
  })();
  return {
    ready,
    destroy() {
      unsubscribe();
      for (const id of timers.splice(0)) clearInterval(id);
    },
  };
}
