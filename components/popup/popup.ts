/**
 * The popup, in plain DOM rather than React: it must show the tab's drafts within 100 ms of
 * opening, and React plus i18next cost more than that to load on a slow machine. It shows the
 * glance — recipients with confidence, reasons, local time and a one-click correction, the
 * formality verdict and the most important suggestions with Apply / Dismiss — and hands
 * everything else to the side panel. All page text goes in as text nodes, never as HTML.
 */
import type { Analysis, Override, RecipientInference, Settings, Suggestion } from '../../lib/protocol';
import { dirOf, englishResources, loadResources, resolveLanguage, suggestionMessage, translate, type Resources } from '../../lib/i18n/resources';
import type { Platform } from '../platform';
import { countryName, flag, formatTime, languageName } from '../format';
import { dismissContact, draftPosition, formalityVerdict, groupSuggestions } from '../logic';
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

/** How many suggestions the popup lists; the rest are in the side panel. */
export const POPUP_SUGGESTIONS = 3;

export interface PopupHandle {
  /** Resolves once the drafts (or the empty state, or an error) are on screen. */
  ready: Promise<void>;
  destroy(): void;
}

/** Render the popup into `root` (which may hold the static frame from popup.html). */
export function renderPopup(root: HTMLElement, platform: Platform): PopupHandle {
  let res: Resources = englishResources;
  let lang = resolveLanguage(null, platform.languages);
  const t = (key: string, params?: Record<string, string | number>) => translate(res, key, params);
  let tabId: number | null = null;
  let state: StateAnswer | null = null;
  let error: string | null = null;
  let countries: Array<{ country: string; name: string }> = [];
  /** Suggestions applied or dismissed here, hidden until the background's next analysis. */
  const done = new Set<string>();
  const timers: Array<ReturnType<typeof setInterval>> = [];
  let unsubscribe: () => void = () => undefined;

  const applyDocument = (settings: Settings | null) => {
    const d = document.documentElement;
    d.lang = lang === 'zh' ? 'zh-CN' : lang;
    d.dir = dirOf(lang);
    if (settings && settings.theme !== 'system') d.dataset.theme = settings.theme;
    else delete d.dataset.theme;
  };

  const recipientCard = (r: RecipientInference): HTMLElement => {
    const top = r.abstain ? null : (r.candidates[0] ?? null);
    const second = r.candidates.find((c) => c.country !== top?.country) ?? null;
    const name = top ? countryName(top.country, lang) : '';
    const status = el('div', { role: 'status', className: 'small' });
    const correct = async (country: string) => {
      const override: Override = { scope: 'contact', key: r.email.toLowerCase(), country, lang: null, firstNames: null, note: '', updatedAt: 0 };
      try {
        await platform.api.setOverride(override);
        status.textContent = t('recipient.saved');
        await refresh();
      } catch (e) {
        status.textContent = t('common.error', { message: (e as Error).message });
      }
    };
    const card = el(
      'article',
      { className: 'card recipient stack', 'data-testid': 'recipient-card' },
      el(
        'div',
        { className: 'row' },
        el('span', { className: 'flag', 'aria-hidden': 'true' }, top ? flag(top.country) : '🌐'),
        el(
          'div',
          { style: 'min-inline-size:0;flex:1' },
          el('div', { className: 'who clamp' }, r.name || r.email),
          r.name ? el('div', { className: 'muted small clamp' }, r.email) : null,
        ),
      ),
      top
        ? el(
            'div',
            {},
            el('strong', {}, name),
            r.language ? el('span', { className: 'muted' }, ` · ${t('recipient.language', { lang: languageName(r.language.lang, lang) })}`) : null,
            r.overridden ? el('span', { className: 'status working', style: 'margin-inline-start:6px' }, t('recipient.overridden')) : null,
            el('div', { className: 'small' }, t('recipient.confidence', { percent: Math.round(top.probability * 100) })),
            top.reasons.length ? el('p', { className: 'small muted', style: 'margin:2px 0' }, top.reasons.join('; ')) : null,
          )
        : el('p', { className: 'muted' }, t('recipient.abstain')),
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
            ws.holidayTomorrow ? el('span', { className: 'muted' }, ` · ${t('recipient.holidayTomorrow', { name: ws.holidayTomorrow })}`) : null,
          ]),
        );
        time.hidden = false;
      };
      void tick();
      timers.push(setInterval(() => void tick(), 60_000));
      card.append(time);
    }
    if (top && second) {
      card.append(
        el(
          'button',
          { type: 'button', 'data-testid': 'quick-correct', onclick: () => void correct(second.country) },
          `${t('recipient.notCountry', { country: name })} ${t('recipient.correctTo', { country: countryName(second.country, lang) })}`,
        ),
      );
    }
    if (top && countries.length && r.email) {
      const select = el('select', { 'aria-label': t('recipient.chooseCountry') }, el('option', { value: '' }, t('recipient.other'))) as HTMLSelectElement;
      for (const c of countries) select.append(el('option', { value: c.country }, `${flag(c.country)} ${countryName(c.country, lang) || c.name}`));
      select.addEventListener('change', () => {
        if (select.value) void correct(select.value);
      });
      card.append(el('div', { className: 'row small' }, select));
    }
    card.append(status);
    return card;
  };

  const meter = (a: Analysis): HTMLElement => {
    const pos = Math.round(draftPosition(a.scores.formality) * 100);
    const target = a.target ? Math.round(a.target.formality * 100) : null;
    const verdict = a.target ? formalityVerdict(a.scores.formality, a.target.formality) : null;
    const cc = a.target?.country ?? a.audience?.targetCountry ?? null;
    return el(
      'section',
      { className: 'card', 'data-testid': 'formality-meter' },
      el('h3', { style: 'margin-block-start:0' }, t('formality.title')),
      el(
        'div',
        { role: 'meter', 'aria-label': t('formality.draft'), 'aria-valuemin': 0, 'aria-valuemax': 100, 'aria-valuenow': pos, className: 'meter-track' },
        el('span', { className: 'meter-mark draft', style: `inset-inline-start:${pos}%` }),
        target !== null ? el('span', { className: 'meter-mark target', style: `inset-inline-start:${target}%` }) : null,
      ),
      el(
        'div',
        { className: 'row small' },
        el('span', { className: 'legend' }, el('span', { className: 'swatch', style: 'background:var(--you)', 'aria-hidden': 'true' }), ` ${t('formality.draft')} ${pos}`),
        target !== null
          ? el('span', { className: 'legend' }, el('span', { className: 'swatch', style: 'background:var(--them)', 'aria-hidden': 'true' }), ` ${t('formality.target', { country: cc ? countryName(cc, lang) : '' })} ${target}`)
          : null,
      ),
      verdict ? el('p', { style: 'margin:4px 0 0' }, t(`formality.${verdict}`)) : null,
    );
  };

  const suggestionItem = (a: Analysis, s: Suggestion): HTMLElement => {
    const li = el(
      'li',
      { className: 'card', 'data-testid': 'suggestion', 'data-severity': s.severity },
      el('span', { className: `sev ${s.severity}` }, `${t(`suggestions.severity.${s.severity}`)} · ${t(`suggestions.category.${s.category}`)}`),
      el('p', { style: 'margin:2px 0' }, suggestionMessage(s, t)),
      s.replacement !== undefined ? el('p', { className: 'small', style: 'margin:2px 0' }, t('suggestions.replaceWith', { text: s.replacement })) : null,
    );
    const act = async (fn: () => Promise<unknown>) => {
      try {
        await fn();
        done.add(`${a.composeId}|${s.id}`);
        // Repaint rather than remove `li`: a repaint may have replaced it while we waited.
        paint();
      } catch (e) {
        li.append(el('p', { role: 'alert', className: 'banner bad' }, t('common.error', { message: (e as Error).message })));
      }
    };
    const row = el('div', { className: 'row' });
    if (s.replacement !== undefined && tabId !== null) {
      const replacement = s.replacement;
      row.append(
        el('button', { type: 'button', className: 'primary', 'data-testid': 'apply', onclick: () => void act(() => platform.api.apply({ tabId: tabId as number, composeId: a.composeId, start: s.start, end: s.end, original: s.original ?? '', replacement })) }, t('suggestions.apply')),
      );
    }
    row.append(el('button', { type: 'button', 'data-testid': 'dismiss', onclick: () => void act(() => platform.api.dismiss(dismissContact(a), s.id)) }, t('suggestions.dismiss')));
    li.append(row);
    return li;
  };

  const draft = (a: Analysis): HTMLElement => {
    const ordered = groupSuggestions(a.suggestions.filter((s) => !done.has(`${a.composeId}|${s.id}`))).flatMap((g) => g.items);
    const sorted = [...ordered].sort((x, y) => ['critical', 'warning', 'info'].indexOf(x.severity) - ['critical', 'warning', 'info'].indexOf(y.severity));
    const shown = sorted.slice(0, POPUP_SUGGESTIONS);
    const audience = a.audience && a.recipients.length > 1 && a.audience.mixed ? a.audience : null;
    return el(
      'div',
      { className: 'stack', 'data-compose': a.composeId },
      el('p', { className: 'small muted', style: 'margin:0' }, a.record ? t('panel.record') : t('panel.composeOn', { site: a.site })),
      el('ul', { className: 'plain stack', 'aria-label': t('panel.tabs.recipients') }, ...a.recipients.map((r) => el('li', {}, recipientCard(r)))),
      audience
        ? el(
            'section',
            { className: 'banner', 'data-testid': 'audience' },
            el('p', { style: 'margin:0' }, t('audience.mixed', { countries: audience.countries.map((c) => `${flag(c)} ${countryName(c, lang)}`).join(', ') })),
            el('p', { className: 'small', style: 'margin:2px 0 0' }, t('audience.mixedAdvice')),
          )
        : null,
      meter(a),
      el('h2', {}, t('suggestions.title')),
      shown.length ? el('ul', { className: 'plain stack' }, ...shown.map((s) => suggestionItem(a, s))) : el('p', { className: 'muted' }, t('suggestions.none')),
    );
  };

  const frame = el('main', { className: 'app popup', 'data-testid': 'popup' });
  const content = el('div', { 'data-testid': 'popup-content', className: 'stack', style: 'margin-block-start:10px' });

  const header = () =>
    el(
      'header',
      { className: 'header' },
      el('h1', { className: 'brand' }, el('img', { src: '/icon/32.png', alt: '' }), ' ', t('app.name')),
      el(
        'div',
        { className: 'row' },
        platform.openSidePanel ? el('button', { type: 'button', className: 'primary', 'data-testid': 'open-panel', onclick: () => void platform.openSidePanel?.(tabId) }, t('popup.openPanel')) : null,
        platform.openOptions ? el('button', { type: 'button', onclick: () => platform.openOptions?.() }, t('popup.openOptions')) : null,
      ),
    );

  const paint = () => {
    for (const id of timers.splice(0)) clearInterval(id);
    const children: Child[] = [];
    if (error) children.push(el('p', { className: 'banner bad', role: 'alert' }, t('common.error', { message: error })));
    else if (!state) children.push(el('p', { className: 'muted' }, t('common.loading')));
    else if (!state.analyses.length) children.push(el('p', {}, t('popup.noCompose')), el('p', { className: 'small muted' }, t('popup.hint')));
    else children.push(...state.analyses.slice(0, 2).map(draft));
    content.replaceChildren(...kids(children));
    if (state || error) content.dataset.ready = 'true';
    frame.replaceChildren(header(), content);
  };

  const refresh = async () => {
    try {
      state = await platform.api.getState(tabId);
      error = null;
    } catch (e) {
      error = (e as Error).message;
    }
    const wanted = resolveLanguage(state?.settings.uiLanguage, platform.languages);
    if (wanted !== lang) {
      res = wanted === 'en' ? englishResources : await loadResources(wanted).catch(() => englishResources);
      lang = wanted;
    }
    applyDocument(state?.settings ?? null);
    paint();
  };

  applyDocument(null);
  paint();
  root.replaceChildren(frame);
  const ready = (async () => {
    // The browser's language is known at once; load it before the first data paint.
    if (lang !== 'en') res = await loadResources(lang).catch(() => englishResources);
    tabId = await platform.tabId();
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
