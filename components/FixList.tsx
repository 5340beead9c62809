import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Analysis, Suggestion } from '../lib/protocol';
import { draftPosition, fixGroups, groupEdits, splitWhy, type FixGroup } from './logic';
import { suggestionMessage } from '../lib/i18n/resources';
import { countryName } from './format';

export interface Edit {
  start: number;
  end: number;
  original: string;
  /** The span is the whole draft (on-device translation or rewrite): refused if text follows it. */
  whole?: boolean;
  replacement: string;
}

export type DismissHow = 'once' | 'contact' | 'rule';

export interface FixListProps {
  analysis: Analysis;
  /** Apply the edits in the given order (last first, so offsets stay valid). */
  onEdit(edits: Edit[]): Promise<void>;
  /** 'once' only hides the card here; 'contact' and 'rule' are remembered by the background. */
  onDismiss(items: Suggestion[], how: Exclude<DismissHow, 'once'>): Promise<void>;
  /** The contact a "Not for this contact" dismissal is stored for (shown in the announcement). */
  contact: string;
}

/** Quote page text for a card, shortened so a long sentence does not fill the panel. */
const short = (s: string, max = 80) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/**
 * The draft's fixes, one card each, ordered by impact: a title, before → after, one sentence of
 * why, and "Why · Sources" collapsed. Apply, Undo and Dismiss announce themselves in a status
 * region, and focus moves to the next card, so the list works from the keyboard alone.
 */
export function FixList({ analysis, onEdit, onDismiss, contact }: FixListProps) {
  const { t, i18n } = useTranslation();
  const uiLang = i18n.language;
  const id = useId();
  // Applied cards hide until the next analysis (which no longer has them); cards hidden "for now"
  // stay hidden while the panel is open, even when the draft changes.
  const [applied, setApplied] = useState<Set<string>>(new Set());
  const [hiddenOnce, setHiddenOnce] = useState<Set<string>>(new Set());
  const [seenAt, setSeenAt] = useState(analysis.at);
  if (seenAt !== analysis.at) {
    setSeenAt(analysis.at);
    setApplied(new Set());
  }
  const [busy, setBusy] = useState<string | null>(null);
  const [status, setStatus] = useState<{ text: string; undo?: { group: FixGroup; edits: Edit[]; title: string } } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [menu, setMenu] = useState<string | null>(null);
  const cards = useRef(new Map<string, HTMLElement>());
  const pendingFocus = useRef<string | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  const groups = fixGroups(analysis.suggestions);
  const visible = groups.filter((g) => !applied.has(g.key) && !hiddenOnce.has(g.key));

  useEffect(() => {
    const key = pendingFocus.current;
    if (key === null) return;
    pendingFocus.current = null;
    const el = key === '' ? statusRef.current : cards.current.get(key);
    el?.focus();
  });

  const title = (g: FixGroup) => t(`fix.title.${g.kind}`, { count: g.items.length });
  // The analyser explains in English; mark it so screen readers read it as English in any UI.
  const enLang = uiLang.startsWith('en') ? undefined : 'en';
  const draftLang = analysis.lang?.lang && analysis.lang.lang !== 'und' ? analysis.lang.lang : undefined;

  /** Hide a card and move focus to the next one (or the previous, or the status line). */
  const hide = (g: FixGroup, how: 'applied' | 'once') => {
    const i = visible.findIndex((x) => x.key === g.key);
    const next = visible[i + 1] ?? visible[i - 1] ?? null;
    pendingFocus.current = next ? next.key : '';
    (how === 'applied' ? setApplied : setHiddenOnce)((h) => new Set(h).add(g.key));
  };

  const run = async (g: FixGroup, fn: () => Promise<void>) => {
    setBusy(g.key);
    setError(null);
    try {
      await fn();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(null);
    }
  };

  const apply = (g: FixGroup) =>
    run(g, async () => {
      const { apply: edits, undo } = groupEdits(g.items);
      await onEdit(edits);
      hide(g, 'applied');
      setStatus({ text: t('fix.applied', { title: title(g) }), undo: { group: g, edits: undo, title: title(g) } });
    });

  const undo = async () => {
    const u = status?.undo;
    if (!u) return;
    setError(null);
    try {
      await onEdit(u.edits);
      setApplied((h) => {
        const n = new Set(h);
        n.delete(u.group.key);
        return n;
      });
      pendingFocus.current = u.group.key;
      setStatus({ text: t('fix.undone', { title: u.title }) });
    } catch (e) {
      setError((e as Error).message);
    }
  };

  const dismiss = (g: FixGroup, how: DismissHow) =>
    run(g, async () => {
      if (how !== 'once') await onDismiss(g.items, how);
      setMenu(null);
      hide(g, how === 'once' ? 'once' : 'applied');
      setStatus({
        text:
          how === 'contact' ? t('fix.dismissedContact', { contact: contact || '—' }) : how === 'rule' ? t('fix.ruleOff', { title: title(g) }) : t('fix.dismissed', { title: title(g) }),
      });
    });

  const closeMenu = (e: KeyboardEvent, g: FixGroup) => {
    if (e.key !== 'Escape' || menu !== g.key) return;
    e.stopPropagation();
    setMenu(null);
    document.getElementById(`${id}-${g.key}-dismiss`)?.focus();
  };

  const target = analysis.target;
  const numbers = target
    ? t('level.numbers', { draft: Math.round(draftPosition(analysis.scores.formality) * 100), target: Math.round(target.formality * 100), country: countryName(target.country, uiLang) })
    : null;

  return (
    <div className="stack fixes">
      <div className={status || error ? 'toast row' : 'row'}>
        <div role="status" tabIndex={-1} ref={statusRef} className="grow" data-testid="fix-status">
          {status?.text}
        </div>
        {status?.undo && (
          <button type="button" onClick={() => void undo()} data-testid="undo">
            {t('fix.undo')}
            <span className="sr-only"> · {status.undo.title}</span>
          </button>
        )}
        {error && (
          <p className="banner bad" role="alert" style={{ margin: 0 }}>
            {t('common.error', { message: error })}
          </p>
        )}
      </div>
      {!visible.length ? (
        <p className="muted">{groups.length ? t('fix.allDone') : t('suggestions.none')}</p>
      ) : (
        <ul className="plain stack" aria-label={t('fix.listLabel')}>
          {visible.map((g) => {
            const tid = `${id}-${g.key}-t`;
            const name = title(g);
            const first = g.items[0];
            const { why, more } = splitWhy(suggestionMessage(first, (k, p) => t(k, p)));
            const canApply = g.items.every((s) => s.replacement !== undefined);
            return (
              <li key={g.key}>
                <article
                  className={`card fix sev-${g.severity}`}
                  data-testid="suggestion"
                  data-severity={g.severity}
                  data-kind={g.kind}
                  aria-labelledby={tid}
                  tabIndex={-1}
                  ref={(el) => {
                    if (el) cards.current.set(g.key, el);
                    else cards.current.delete(g.key);
                  }}
                  onKeyDown={(e) => closeMenu(e, g)}
                >
                  <h3 id={tid} className="fix-title">
                    <span className={`sev-dot ${g.severity}`} aria-hidden="true" />
                    {name}
                    <span className="sr-only"> ({t(`suggestions.severity.${g.severity}`)})</span>
                  </h3>
                  {canApply && (
                    <ul className="plain diff-list">
                      {g.items.slice(0, 4).map((s) => (
                        <li key={s.id} className="diff">
                          {s.replacement === '' ? (
                            <span>{t('fix.remove', { text: short(s.original ?? '') })}</span>
                          ) : !s.original ? (
                            <span>{t('fix.insert', { text: short(s.replacement ?? '') })}</span>
                          ) : (
                            <>
                              <del lang={draftLang}>
                                <span className="sr-only">{t('fix.before')}: </span>
                                {short(s.original)}
                              </del>
                              <span aria-hidden="true"> → </span>
                              <ins lang={draftLang}>
                                <span className="sr-only"> {t('fix.after')}: </span>
                                {short(s.replacement ?? '')}
                              </ins>
                            </>
                          )}
                        </li>
                      ))}
                      {g.items.length > 4 && <li className="small muted">…</li>}
                    </ul>
                  )}
                  {!canApply && first.original && (
                    <p className="quote" lang={draftLang}>
                      “{short(first.original, 140)}”
                    </p>
                  )}
                  <p className="why" lang={enLang}>
                    {why}
                  </p>
                  <details className="sources">
                    <summary>{t('fix.whySources')}</summary>
                    {more && <p lang={enLang}>{more}</p>}
                    {g.kind !== 'calendar' && numbers && (first.category === 'formality' || first.category === 'greeting' || first.category === 'address-form') && <p>{numbers}</p>}
                    {first.source && <p className="small muted" lang={enLang}>{t('fix.source', { source: first.source })}</p>}
                  </details>
                  <div className="row actions">
                    {canApply && (
                      <button type="button" className="primary" data-testid="apply" disabled={busy === g.key} onClick={() => void apply(g)}>
                        {g.items.length > 1 ? t('fix.applyAll') : t('fix.apply')}
                        <span className="sr-only"> · {name}</span>
                      </button>
                    )}
                    <button
                      type="button"
                      id={`${id}-${g.key}-dismiss`}
                      data-testid="dismiss"
                      aria-expanded={menu === g.key}
                      aria-controls={`${id}-${g.key}-menu`}
                      disabled={busy === g.key}
                      onClick={() => setMenu(menu === g.key ? null : g.key)}
                    >
                      {t('fix.dismiss')} <span aria-hidden="true">▾</span>
                      <span className="sr-only"> · {name}</span>
                    </button>
                  </div>
                  {menu === g.key && (
                    <div className="row dismiss-menu" id={`${id}-${g.key}-menu`} role="group" aria-label={`${t('fix.dismiss')} · ${name}`}>
                      <button type="button" data-testid="dismiss-once" autoFocus onClick={() => void dismiss(g, 'once')}>
                        {t('fix.dismissOnce')}
                        <span className="sr-only"> · {name}</span>
                      </button>
                      <button type="button" data-testid="dismiss-contact" onClick={() => void dismiss(g, 'contact')}>
                        {t('fix.notForContact')}
                        <span className="sr-only"> · {name}</span>
                      </button>
                      <button type="button" data-testid="dismiss-rule" onClick={() => void dismiss(g, 'rule')}>
                        {t('fix.turnOffRule')}
                        <span className="sr-only"> · {name}</span>
                      </button>
                    </div>
                  )}
                </article>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
