import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CountryEntry } from './api';
import { BriefPanel } from './Brief';
import { CallPrep } from './CallPrep';
import { PracticeView } from './practice/PracticeView';
import { ComparePanel } from './ComparePanel';
import { DraftView } from './DraftView';
import { usePlatform } from './platform';
import { useTabState } from './useTabState';
import type { Settings } from '../lib/protocol';

/** The side panel: every draft of the tab, then the culture comparison and the call brief. */
export function SidePanelApp({ onSettings }: { onSettings?: (s: Settings) => void }) {
  const { t } = useTranslation();
  const platform = usePlatform();
  const { state, error, loading, actions } = useTabState(platform);
  const [countries, setCountries] = useState<CountryEntry[]>([]);
  useEffect(() => {
    platform.api.listCountries().then(setCountries, () => setCountries([]));
  }, [platform]);
  useEffect(() => {
    if (state?.settings) onSettings?.(state.settings);
  }, [state?.settings, onSettings]);

  const analyses = state?.analyses ?? [];
  const first = analyses[0];
  const recipientCountry = first ? (first.target?.country ?? first.audience?.targetCountry ?? first.recipients.find((r) => !r.abstain)?.candidates[0]?.country ?? null) : null;
  const home = state?.settings.homeCountry ?? null;

  return (
    <main className="app" data-testid="sidepanel">
      <header className="header">
        <h1 className="brand">
          <img src="/icon/32.png" alt="" /> {t('app.name')}
        </h1>
        {platform.openOptions && (
          <button type="button" onClick={() => platform.openOptions?.()}>
            {t('popup.openOptions')}
          </button>
        )}
      </header>
      <nav aria-label={t('panel.tabsLabel')} className="row small no-print" style={{ marginBlock: 8 }}>
        <a href="#draft">{t('panel.tabs.recipients')}</a>
        <a href="#compare">{t('panel.tabs.compare')}</a>
        <a href="#brief">{t('panel.tabs.brief')}</a>
        <a href="#practice">{t('practice.title')}</a>
      </nav>
      <section id="draft" aria-label={t('panel.tabs.recipients')} className="no-print">
        {loading && <p className="muted">{t('common.loading')}</p>}
        {error && (
          <div className="banner bad" role="alert">
            {t('common.error', { message: error })}{' '}
            <button type="button" onClick={() => void actions.retry()}>
              {t('common.retry')}
            </button>
          </div>
        )}
        {state && !analyses.length && <p className="muted">{t('panel.noAnalysis')}</p>}
        {analyses.map((a) => (
          <DraftView key={a.composeId} analysis={a} countries={countries} now={platform.now} onCorrect={actions.correct} onApply={actions.apply} onDismiss={actions.dismiss} />
        ))}
      </section>
      <section id="compare" aria-labelledby="compare-h" className="no-print">
        <h2 id="compare-h">{t('compare.title')}</h2>
        <ComparePanel home={home} initial={recipientCountry} countries={countries} />
      </section>
      <section id="brief" aria-labelledby="brief-h">
        <h2 id="brief-h" className="no-print">{t('brief.title')}</h2>
        <CallPrep record={first?.record} fallbackCountry={recipientCountry} home={home} countries={countries} />
        <BriefPanel to={recipientCountry} from={home} record={first?.record} countries={countries} />
      </section>
      <section id="practice" aria-labelledby="practice-h" className="no-print">
        <h2 id="practice-h">{t('practice.title')}</h2>
        <PracticeView countries={countries} />
      </section>
    </main>
  );
}
