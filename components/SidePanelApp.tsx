import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CountryEntry } from './api';
import { BriefPanel } from './Brief';
import { CallPrep } from './CallPrep';
import { PracticeView } from './practice/PracticeView';
import { ComparePanel } from './ComparePanel';
import { DraftView } from './DraftView';
import { usePlatform } from './platform';
import { Tabs } from './Tabs';
import { useTabState } from './useTabState';
import { PANEL_TAB_KEY } from './logic';
import type { Settings } from '../lib/protocol';

export const PANEL_TABS = ['draft', 'compare', 'brief', 'practice'] as const;
export type PanelTab = (typeof PANEL_TABS)[number];

const isTab = (v: unknown): v is PanelTab => typeof v === 'string' && (PANEL_TABS as readonly string[]).includes(v);

/** The side panel: sticky tabs Draft · Compare · Call brief · Practice, one focused view each. */
export function SidePanelApp({ onSettings }: { onSettings?: (s: Settings) => void }) {
  const { t } = useTranslation();
  const platform = usePlatform();
  const { state, error, loading, actions } = useTabState(platform);
  const [countries, setCountries] = useState<CountryEntry[]>([]);
  const fromHash = typeof location !== 'undefined' ? location.hash.slice(1) : '';
  const [tab, setTab] = useState<PanelTab>(isTab(fromHash) ? fromHash : 'draft');
  const [visited, setVisited] = useState<Set<PanelTab>>(new Set([tab]));
  const select = (k: PanelTab) => {
    setTab(k);
    setVisited((v) => (v.has(k) ? v : new Set(v).add(k)));
  };
  useEffect(() => {
    platform.api.listCountries().then(setCountries, () => setCountries([]));
  }, [platform]);
  useEffect(() => {
    // The popup's "Prepare for a call" / "Practice today" leave the tab to open on, also when
    // the panel is already open.
    const session = platform.session;
    if (!session) return;
    const take = () =>
      void session.take(PANEL_TAB_KEY).then((v) => {
        if (isTab(v)) select(v);
      });
    take();
    return session.onSet?.(PANEL_TAB_KEY, take);
  }, [platform]);
  useEffect(() => {
    if (state?.settings) onSettings?.(state.settings);
  }, [state?.settings, onSettings]);

  const analyses = state?.analyses ?? [];
  const first = analyses[0];
  const recipientCountry = first ? (first.target?.country ?? first.audience?.targetCountry ?? first.recipients.find((r) => !r.abstain)?.candidates[0]?.country ?? null) : null;
  const home = state?.settings.homeCountry ?? null;

  const draft = (
    <>
      {loading && <p className="muted">{t('common.loading')}</p>}
      {error && (
        <div className="banner bad" role="alert">
          {t('common.error', { message: error })}{' '}
          <button type="button" onClick={() => void actions.retry()}>
            {t('common.retry')}
          </button>
        </div>
      )}
      {state && !analyses.length && (
        <div className="stack">
          <h2>{t('views.draft')}</h2>
          <p className="muted">{t('panel.noAnalysis')}</p>
          <div className="row">
            <button type="button" onClick={() => select('brief')}>
              {t('more.prepareCall')}
            </button>
            <button type="button" onClick={() => select('practice')}>
              {t('more.practiceToday')}
            </button>
          </div>
        </div>
      )}
      {analyses.map((a) => (
        <DraftView
          key={a.composeId}
          analysis={a}
          countries={countries}
          now={platform.now}
          onCorrect={actions.correct}
          onEdit={actions.edit}
          onDismiss={actions.dismiss}
          onWritingFor={actions.writingFor}
          draftText={actions.draftText}
        />
      ))}
    </>
  );

  return (
    <main className="app panel" data-testid="sidepanel">
      {/* Chrome draws the extension's name above the panel: the page title is for screen readers only. */}
      <h1 className="sr-only">{t('app.name')}</h1>
      <Tabs<PanelTab>
        label={t('views.label')}
        current={tab}
        onSelect={select}
        visited={visited}
        tabs={PANEL_TABS.map((k) => ({ key: k, label: t(`views.${k}`) }))}
        end={
          platform.openOptions && (
            <button type="button" className="icon" onClick={() => platform.openOptions?.()} aria-label={t('settingsButton')} title={t('settingsButton')}>
              <span aria-hidden="true">⚙</span>
            </button>
          )
        }
        render={(k) =>
          k === 'draft' ? (
            draft
          ) : k === 'compare' ? (
            <>
              <h2 className="sr-only">{t('compare.title')}</h2>
              <ComparePanel home={home} initial={recipientCountry} countries={countries} />
            </>
          ) : k === 'brief' ? (
            <>
              <h2 className="sr-only">{t('brief.title')}</h2>
              <CallPrep record={first?.record} fallbackCountry={recipientCountry} home={home} countries={countries} />
              <BriefPanel to={recipientCountry} from={home} record={first?.record} countries={countries} />
            </>
          ) : (
            <>
              <h2 className="sr-only">{t('practice.title')}</h2>
              <PracticeView countries={countries} />
            </>
          )
        }
      />
    </main>
  );
}
