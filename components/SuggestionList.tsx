import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Suggestion } from '../lib/protocol';
import { suggestionMessage } from '../lib/i18n/resources';
import { groupSuggestions } from './logic';

export { groupSuggestions } from './logic';

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
                <p style={{ margin: '2px 0' }}>{suggestionMessage(s, (k, p) => t(k, p))}</p>
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
