import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../lib/protocol';
import { SITES } from '../../lib/sites/registry';
import type { CountryEntry } from '../api';
import { usePlatform } from '../platform';
import { HomeSection, PrivacySection, SITE_KIND, useSettings } from '../options/OptionsApp';

/** Where "Try it in Gmail" goes: a new message, so the badge and the panel have a draft to read. */
export const GMAIL_COMPOSE = 'https://mail.google.com/mail/u/0/#inbox?compose=new';
/** The default of the `open-side-panel` command (wxt.config.ts). */
export const PANEL_SHORTCUT = 'Alt+Shift+G';

/**
 * The first-run page: confirm the home country and language (guessed from the browser), see
 * which sites Glocal reads and what stays on the device, then try it in Gmail.
 */
export function WelcomeApp({ onSettings }: { onSettings?: (s: Settings) => void }) {
  const { t } = useTranslation();
  const platform = usePlatform();
  const [countries, setCountries] = useState<CountryEntry[]>([]);
  const [saved, setSaved] = useState(false);
  // The background sets home country and language on install; the hook falls back to the locale.
  const { settings, error, save: saveSettings } = useSettings(onSettings);
  useEffect(() => {
    platform.api.listCountries().then(setCountries, () => setCountries([]));
  }, [platform]);
  const save = async (patch: Partial<Settings>) => {
    if (await saveSettings(patch)) setSaved(true);
  };
  const enabled = SITES.filter((s) => !settings?.disabledSites.includes(s.id));
  return (
    <main className="options welcome" data-testid="welcome">
      <header className="header">
        <h1 className="brand">
          <img src="/icon/32.png" alt="" /> {t('welcome.title')}
        </h1>
      </header>
      <p className="lead">{t('welcome.intro')}</p>
      {error && (
        <p role="alert" className="banner bad">
          {t('common.error', { message: error })}
        </p>
      )}
      <p>{t('welcome.youHelp')}</p>
      {settings ? <HomeSection settings={settings} save={save} countries={countries} /> : !error && <p className="muted">{t('common.loading')}</p>}
      <p role="status" className="small" data-testid="welcome-saved">
        {saved ? t('welcome.saved') : ''}
      </p>
      <section aria-labelledby="w-sites">
        <h2 id="w-sites">{t('welcome.sitesTitle')}</h2>
        <p className="muted">{t('welcome.sitesHelp')}</p>
        <ul>
          {enabled.map((s) => (
            <li key={s.id}>
              <strong>{s.name}</strong> — {t(`siteKind.${SITE_KIND[s.id] ?? 'mail'}`, { name: s.name })}
            </li>
          ))}
        </ul>
      </section>
      <PrivacySection headingId="w-privacy" title={t('welcome.privacyTitle')} />
      <section aria-labelledby="w-try">
        <h2 id="w-try">{t('welcome.tryTitle')}</h2>
        <p>{t('welcome.tryHelp')}</p>
        <p className="small muted">{t('welcome.shortcut', { keys: PANEL_SHORTCUT })}</p>
        <div className="row">
          <a className="button primary" href={GMAIL_COMPOSE} target="_blank" rel="noopener noreferrer" data-testid="try-gmail">
            {t('welcome.tryGmail')}
          </a>
          {platform.openOptions && (
            <button type="button" onClick={() => platform.openOptions?.()}>
              {t('settingsButton')}
            </button>
          )}
        </div>
      </section>
    </main>
  );
}
