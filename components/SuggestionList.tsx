import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Severity, Suggestion } from '../lib/protocol';

const RANK: Record<Severity, number> = { critical: 0, warning: 1, info: 2 };

/**
 * Suggestions grouped by category, groups ordered by their most severe item, items by severity
 * then position in the draft. Pure, so the order is tested without rendering.
 */
export function groupSuggestions(list: Suggestion[]): Array<{ category: Suggestion['category']; items: Suggestion[] }> {
  const groups = new Map<Suggestion['category'], Suggestion[]>();
  for (const s of list) {
    const g = groups.get(s.category) ?? [];
    g.push(s);
    groups.set(s.category, g);
  }
  const out = [...groups.entries()].map(([category, items]) => ({
    category,
    items: [...items].sort((a, b) => RANK[a.severity] - RANK[b.severity] || a.start - b.start),
  }));
  return out.sort((a, b) => RANK[a.items[0].severity] - RANK[b.items[0].severity] || b.items.length - a.items.length || a.category.localeCompare(b.category));
}

export interface SuggestionListProps {
  suggestions: Suggestion[];
  onApply(s: Suggestion): Promise<void>;
  onDismiss(s: Suggestion): Promise<void>;
}

/** The draft's suggestions with their explanation and source, and Apply / Dismiss for each. */
export function SuggestionList({ suggestions, onApply, onDismiss }: SuggestionListProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<string | null>(null);
  const [done, setDone] = useState<Set<string>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const visible = suggestions.filter((s) => !done.has(s.id));
  if (!visible.length) return <p className="muted">{t('suggestions.none')}</p>;

  const act = async (s: Suggestion, fn: (s: Suggestion) => Promise<void>) => {
    setBusy(s.id);
    setError(null);
    try {
      await fn(s);
      setDone((d) => new Set(d).add(s.id));
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="stack">
      {error && (
        <p className="banner bad" role="alert">
          {t('common.error', { message: error })}
        </p>
      )}
      {groupSuggestions(visible).map((g) => (
        <section key={g.category} aria-labelledby={`cat-${g.category}`}>
          <h3 id={`cat-${g.category}`}>{t(`suggestions.category.${g.category}`)}</h3>
          <ul className="plain stack">
            {g.items.map((s) => (
              <li key={s.id} className="card" data-testid="suggestion" data-severity={s.severity}>
                <span className={`sev ${s.severity}`}>{t(`suggestions.severity.${s.severity}`)}</span>
                <p style={{ margin: '2px 0' }}>{s.message}</p>
                {s.replacement !== undefined && <p className="small" style={{ margin: '2px 0' }}>{t('suggestions.replaceWith', { text: s.replacement })}</p>}
                {s.source && <p className="small muted" style={{ margin: '2px 0' }}>{t('suggestions.source', { source: s.source })}</p>}
                <div className="row">
                  {s.replacement !== undefined && (
                    <button type="button" className="primary" data-testid="apply" disabled={busy === s.id} onClick={() => void act(s, onApply)}>
                      {t('suggestions.apply')}
                    </button>
                  )}
                  <button type="button" data-testid="dismiss" disabled={busy === s.id} onClick={() => void act(s, onDismiss)}>
                    {t('suggestions.dismiss')}
                  </button>
                </div>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
