import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { DraftView } from './DraftView';
import { usePlatform } from './platform';
import { useTabState } from './useTabState';
import type { Settings } from '../lib/protocol';

/**
 * The popup: its frame renders at once, before the background answers (the popup must show
 * content within 100 ms), then the active tab's drafts. The comparison and brief live in the
 * side panel, which keeps this bundle small.
 */
export function PopupApp({ onSettings }: { onSettings?: (s: Settings) => void }) {
  const { t } = useTranslation();
  const platform = usePlatform();
  const { state, error, loading, actions, tabId } = useTabState(platform);
  useEffect(() => {
    if (state?.settings) onSettings?.(state.settings);
  }, [state?.settings, onSettings]);
  const analyses = state?.analyses ?? [];
  return (
    <main className="app popup" data-testid="popup">
      <header className="header">
        <h1 className="brand">
          <img src="/icon/32.png" alt="" /> {t('app.name')}
        </h1>
        <div className="row">
          {platform.openSidePanel && (
            <button type="button" className="primary" onClick={() => void platform.openSidePanel?.(tabId)} data-testid="open-panel">
              {t('popup.openPanel')}
            </button>
          )}
          {platform.openOptions && (
            <button type="button" onClick={() => platform.openOptions?.()}>
              {t('popup.openOptions')}
            </button>
          )}
        </div>
      </header>
      <div data-testid="popup-content" className="stack" style={{ marginBlockStart: 10 }}>
        {loading && <p className="muted">{t('common.loading')}</p>}
        {error && (
          <p className="banner bad" role="alert">
            {t('common.error', { message: error })}
          </p>
        )}
        {state && !analyses.length && (
          <>
            <p>{t('popup.noCompose')}</p>
            <p className="small muted">{t('popup.hint')}</p>
          </>
        )}
        {analyses.slice(0, 2).map((a) => (
          <DraftView key={a.composeId} analysis={a} countries={[]} now={platform.now} onCorrect={actions.correct} onApply={actions.apply} onDismiss={actions.dismiss} compact />
        ))}
      </div>
    </main>
  );
}
