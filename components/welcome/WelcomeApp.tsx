import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../lib/protocol';
import { SITES } from '../../lib/sites/registry';
import type { CountryEntry } from '../api';
import { usePlatform } from '../platform';
import { HomeSection, PrivacySection, SITE_KIND, countryFromLocale } from '../options/OptionsApp';

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
  const [settings, setSettings] = useState<Settings | null>(null);
  const [countries, setCountries] = useState<CountryEntry[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const load = useCallback(() => platform.api.getSettings().then(setSettings, (e: Error) => setError(e.message)), [platform]);
  useEffect(() => {
    void load();
    platform.api.listCountries().then(setCountries, () => setCountries([]));
  }, [load, platform]);
  useEffect(() => {
    if (settings) onSettings?.(settings);
  }, [settings, onSettings]);
  // The background sets these on install; if it could not, start from the browser locale here.
  useEffect(() => {
    if (!settings || settings.homeCountry || settings.homeLanguage) return;
    const cc = countryFromLocale(platform.languages);
    const lang = platform.languages[0]?.split(/[-_]/)[0]?.toLowerCase() ?? null;
    if (cc) void platform.api.setSettings({ homeCountry: cc, homeLanguage: lang }).then(setSettings, () => undefined);
  }, [settings, platform]);
  const save = async (patch: Partial<Settings>) => {
    try {
      setSettings(await platform.api.setSettings(patch));
      setSaved(true);
    } catch (e) {
      setError((e as Error).message);
    }
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
