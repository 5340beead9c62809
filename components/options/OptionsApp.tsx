import { isNarrowOrigin } from '../../lib/service/user-sites';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RuleToggles } from './RuleToggles';
import { PresendSection } from './PresendSection';
import { LIMITS, type Override, type Settings } from '../../lib/protocol';
import { LANGUAGE_NAMES, UI_LANGUAGES } from '../../lib/i18n/index';
import { SITES } from '../../lib/sites/registry';
import type { CountryEntry } from '../api';
import { countryName } from '../format';
import { Flag } from '../Flag';
import { usePlatform } from '../platform';
import { DATA_SOURCES } from './sources';
import { LearnedDomains } from './LearnedDomains';
import { CountryOptions } from '../CountryOptions';
import { NotesSection } from './NotesSection';
import { DimensionImport } from './DimensionImport';

/** Home country from the browser locale (`de-AT` → AT), used until the user picks one. */
export function countryFromLocale(languages: readonly string[]): string | null {
  for (const tag of languages) {
    try {
      const region = new Intl.Locale(tag).maximize().region;
      if (region && /^[A-Z]{2}$/.test(region)) return region;
    } catch {
      // not a valid tag: try the next one
    }
  }
  return null;
}

/** An origin pattern for optional host permissions, or null when the input is not an http(s) URL. */
export function originPattern(input: string): string | null {
  try {
    const u = new URL(input.trim());
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
    const pattern = `${u.protocol}//${u.hostname}/*`;
    // Never more than one registrable domain (`https://*.com` would be every .com site).
    return isNarrowOrigin(pattern) ? pattern : null;
  } catch {
    return null;
  }
}

function useCountries() {
  const platform = usePlatform();
  const [list, setList] = useState<CountryEntry[]>([]);
  useEffect(() => {
    platform.api.listCountries().then(setList, () => setList([]));
  }, [platform]);
  return list;
}

/** What a site module reads, in plain words: mail, CRM record or messages. */
export const SITE_KIND: Record<string, 'mail' | 'crm' | 'messaging'> = {
  gmail: 'mail',
  outlook: 'mail',
  yahoo: 'mail',
  proton: 'mail',
  salesforce: 'crm',
  hubspot: 'crm',
  pipedrive: 'crm',
  zoho: 'crm',
  dynamics: 'crm',
  linkedin: 'messaging',
};

export function HomeSection({ settings, save, countries }: { settings: Settings; save: (s: Partial<Settings>) => Promise<void>; countries: CountryEntry[] }) {
  const { t, i18n } = useTranslation();
  const platform = usePlatform();
  const id = useId();
  const guessed = countryFromLocale(platform.languages);
  // Languages business mail is commonly written in; the user's own stays selectable if it is not here.
  const langs = [...new Set(['en', 'de', 'fr', 'es', 'pt', 'it', 'nl', 'ja', 'zh', 'ko', 'ar', 'ru', 'pl', 'tr', 'sv', 'hi', ...(settings.homeLanguage ? [settings.homeLanguage] : [])])];
  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('options.home.title')}</h2>
      <label className="field">
        {t('options.home.country')}
        <select value={settings.homeCountry ?? ''} onChange={(e) => void save({ homeCountry: e.target.value || null })} data-testid="home-country">
          <option value="">{guessed ? `${t('options.home.auto')} (${countryName(guessed, i18n.language)})` : '—'}</option>
          <CountryOptions countries={countries} lang={i18n.language} />
        </select>
      </label>
      <label className="field">
        {t('options.home.language')}
        <select value={settings.homeLanguage ?? ''} onChange={(e) => void save({ homeLanguage: e.target.value || null })}>
          <option value="">{t('options.home.auto')}</option>
          {langs.map((l) => (
            <option key={l} value={l}>
              {new Intl.DisplayNames([i18n.language, 'en'], { type: 'language' }).of(l) ?? l}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        {t('options.home.uiLanguage')}
        <select value={settings.uiLanguage ?? ''} onChange={(e) => void save({ uiLanguage: e.target.value || null })} data-testid="ui-language">
          <option value="">{t('options.home.auto')}</option>
          {UI_LANGUAGES.map((l) => (
            <option key={l} value={l} lang={l}>
              {LANGUAGE_NAMES[l]}
            </option>
          ))}
        </select>
      </label>
      <fieldset style={{ border: 0, padding: 0 }}>
        <legend>{t('options.home.theme')}</legend>
        <div className="row">
          {(['system', 'light', 'dark'] as const).map((th) => (
            <label key={th}>
              <input type="radio" name={`${id}-theme`} checked={settings.theme === th} onChange={() => void save({ theme: th })} /> {t(`options.home.themes.${th}`)}
            </label>
          ))}
        </div>
      </fieldset>
    </section>
  );
}

function SitesSection({ settings, save }: { settings: Settings; save: (s: Partial<Settings>) => Promise<void> }) {
  const { t } = useTranslation();
  const platform = usePlatform();
  const id = useId();
  const [origin, setOrigin] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const toggle = (site: string, on: boolean) => {
    const rest = settings.disabledSites.filter((s) => s !== site);
    void save({ disabledSites: on ? rest : [...rest, site] });
  };
  const add = async () => {
    const pattern = originPattern(origin);
    if (!pattern) return setMessage(t('options.sites.invalid'));
    const granted = platform.requestOrigins ? await platform.requestOrigins([pattern]) : false;
    if (!granted) return setMessage(t('options.sites.denied'));
    setMessage(null);
    setOrigin('');
    await save({ extraOrigins: [...new Set([...settings.extraOrigins, pattern])] });
  };
  const remove = async (pattern: string) => {
    await platform.removeOrigins?.([pattern]);
    await save({ extraOrigins: settings.extraOrigins.filter((o) => o !== pattern) });
  };
  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('options.sites.title')}</h2>
      <p className="muted">{t('options.sites.intro')}</p>
      <ul className="plain">
        {SITES.map((s) => (
          <li key={s.id}>
            <label>
              <input type="checkbox" checked={!settings.disabledSites.includes(s.id)} onChange={(e) => toggle(s.id, e.target.checked)} data-testid={`site-${s.id}`} /> {s.name}
            </label>{' '}
            <span className="small muted">{t(`siteKind.${SITE_KIND[s.id] ?? 'mail'}`, { name: s.name })}</span>
          </li>
        ))}
      </ul>
      {settings.extraOrigins.length > 0 && (
        <>
          <h3>{t('options.sites.extra')}</h3>
          <ul className="plain">
            {settings.extraOrigins.map((o) => (
              <li key={o} className="row">
                <code>{o}</code>
                <button type="button" onClick={() => void remove(o)}>
                  {t('options.sites.remove')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <label className="field">
        {t('options.sites.addLabel')}
        <input type="url" value={origin} onChange={(e) => setOrigin(e.target.value)} placeholder="https://mail.example.com" aria-describedby={`${id}-hint`} />
      </label>
      <p id={`${id}-hint`} className="small muted">
        {t('options.sites.addHint')}
      </p>
      <button type="button" onClick={() => void add()}>
        {t('options.sites.add')}
      </button>
      <p role="status" className="small">
        {message}
      </p>
    </section>
  );
}

function OverridesSection({ countries }: { countries: CountryEntry[] }) {
  const { t, i18n } = useTranslation();
  const platform = usePlatform();
  const id = useId();
  const [list, setList] = useState<Override[] | null>(null);
  const [draft, setDraft] = useState({ scope: 'contact' as Override['scope'], key: '', country: '', firstNames: '', note: '' });
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(() => platform.api.listOverrides().then(setList, (e: Error) => setError(e.message)), [platform]);
  useEffect(() => {
    void reload();
  }, [reload]);
  const add = async () => {
    setError(null);
    try {
      await platform.api.setOverride({
        scope: draft.scope,
        key: draft.key.trim().toLowerCase(),
        country: draft.country || null,
        lang: null,
        firstNames: draft.firstNames === '' ? null : draft.firstNames === 'yes',
        note: draft.note,
        updatedAt: 0,
      });
      setDraft({ ...draft, key: '', note: '' });
      await reload();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <section aria-labelledby={`${id}-h`} data-testid="overrides">
      <h2 id={`${id}-h`}>{t('options.overrides.title')}</h2>
      <p className="muted">{t('options.overrides.intro')}</p>
      {list && !list.length && <p className="muted">{t('options.overrides.empty')}</p>}
      {list && list.length > 0 && (
        <table className="data">
          <thead>
            <tr>
              <th scope="col">{t('options.overrides.scope')}</th>
              <th scope="col">{t('options.overrides.key')}</th>
              <th scope="col">{t('options.overrides.country')}</th>
              <th scope="col">{t('options.overrides.firstNames')}</th>
              <th scope="col">{t('options.overrides.note')}</th>
              <th scope="col">
                <span className="sr-only">{t('common.delete')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.map((o) => (
              <tr key={`${o.scope}:${o.key}`} data-testid="override-row">
                <td>{t(`options.overrides.${o.scope}`)}</td>
                <td>{o.key}</td>
                <td>
                  {o.country ? (
                    <>
                      <Flag country={o.country} /> {countryName(o.country, i18n.language)}
                    </>
                  ) : (
                    '—'
                  )}
                </td>
                <td>{o.firstNames === null ? '—' : o.firstNames ? t('options.overrides.yes') : t('options.overrides.no')}</td>
                <td className="clamp">{o.note}</td>
                <td>
                  <button type="button" aria-label={t('options.overrides.deleteLabel', { key: o.key })} onClick={() => void platform.api.deleteOverride(o.scope, o.key).then(reload)}>
                    {t('common.delete')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>{t('options.overrides.add')}</h3>
      <div className="row">
        <label className="field">
          {t('options.overrides.scope')}
          <select value={draft.scope} onChange={(e) => setDraft({ ...draft, scope: e.target.value as Override['scope'] })}>
            <option value="contact">{t('options.overrides.contact')}</option>
            <option value="domain">{t('options.overrides.domain')}</option>
          </select>
        </label>
        <label className="field">
          {t('options.overrides.key')}
          <input value={draft.key} onChange={(e) => setDraft({ ...draft, key: e.target.value })} data-testid="override-key" />
        </label>
        <label className="field">
          {t('options.overrides.country')}
          <select value={draft.country} onChange={(e) => setDraft({ ...draft, country: e.target.value })} data-testid="override-country">
            <option value="">—</option>
            <CountryOptions countries={countries} lang={i18n.language} />
          </select>
        </label>
        <label className="field">
          {t('options.overrides.firstNames')}
          <select value={draft.firstNames} onChange={(e) => setDraft({ ...draft, firstNames: e.target.value })}>
            <option value="">{t('options.overrides.firstNamesAuto')}</option>
            <option value="yes">{t('options.overrides.yes')}</option>
            <option value="no">{t('options.overrides.no')}</option>
          </select>
        </label>
      </div>
      <label className="field">
        {t('options.overrides.note')}
        <textarea rows={2} value={draft.note} maxLength={10_000} onChange={(e) => setDraft({ ...draft, note: e.target.value })} />
      </label>
      <button type="button" className="primary" disabled={!draft.key.trim()} onClick={() => void add()} data-testid="override-add">
        {t('options.overrides.add')}
      </button>
      {error && (
        <p role="alert" className="banner bad">
          {t('common.error', { message: error })}
        </p>
      )}
    </section>
  );
}

function DataSection({ onReset }: { onReset: () => void }) {
  const { t } = useTranslation();
  const platform = usePlatform();
  const id = useId();
  const file = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const run = async (fn: () => Promise<string>) => {
    try {
      setMessage(await fn());
    } catch (e) {
      setMessage(t('common.error', { message: (e as Error).message }));
    }
  };
  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('options.data.title')}</h2>
      <div className="row">
        <button
          type="button"
          onClick={() =>
            void run(async () => {
              const { json } = await platform.api.exportData();
              platform.download?.('glocal-export.json', json, 'application/json');
              return t('options.data.export');
            })
          }
        >
          {t('options.data.export')}
        </button>
        <label htmlFor={`${id}-file`}>{t('options.data.importLabel')}</label>
        <input
          id={`${id}-file`}
          ref={file}
          type="file"
          accept="application/json,.json"
          onChange={(e) => {
            const f = e.target.files?.[0];
            if (!f) return;
            void run(async () => {
              // Refuse before reading: a huge file would stall this page, and a message over the browser's limit fails unreadably.
              if (f.size > LIMITS.importBytes) {
                throw new Error(`the file is too large (${(f.size / 1048576).toFixed(1)} MB); the limit is ${LIMITS.importBytes / 1048576} MB`);
              }
              const { counts } = await platform.api.importData(await f.text());
              onReset();
              return t('options.data.imported', { counts: Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(', ') });
            });
          }}
        />
      </div>
      <div className="row" style={{ marginBlockStart: 8 }}>
        {!confirming ? (
          <button type="button" onClick={() => setConfirming(true)}>
            {t('options.data.reset')}
          </button>
        ) : (
          <>
            <span>{t('options.data.resetConfirm')}</span>
            <button
              type="button"
              className="primary"
              onClick={() =>
                void run(async () => {
                  await platform.api.resetData();
                  setConfirming(false);
                  onReset();
                  return t('options.data.resetDone');
                })
              }
            >
              {t('options.data.reset')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </button>
          </>
        )}
      </div>
      <p role="status" className="small">
        {message}
      </p>
    </section>
  );
}

function SourcesSection() {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('options.sources.title')}</h2>
      <p className="muted">{t('options.sources.intro')}</p>
      <table className="data" data-testid="sources">
        <thead>
          <tr>
            <th scope="col">{t('options.sources.name')}</th>
            <th scope="col">{t('options.sources.version')}</th>
            <th scope="col">{t('options.sources.terms')}</th>
          </tr>
        </thead>
        <tbody>
          {DATA_SOURCES.map((s) => (
            <tr key={s.id}>
              <td>
                {s.name}
                <div className="small muted">{s.use}</div>
              </td>
              <td>{s.version}</td>
              <td>
                {s.terms}
                {s.licenceFile && (
                  <>
                    {' '}
                    <a href={s.licenceFile} target="_blank" rel="noreferrer">
                      {t('security.sources.licence')}
                    </a>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** What stays on the device: first on the options page and on the welcome page. */
export function PrivacySection({ headingId = 'privacy-h', title }: { headingId?: string; title?: string }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={headingId} data-testid="privacy">
      <h2 id={headingId}>{title ?? t('options.privacy.title')}</h2>
      <p>{t('options.privacy.p1')}</p>
      <p>{t('options.privacy.p2')}</p>
      <p>{t('options.privacy.p3')}</p>
    </section>
  );
}

/**
 * The user's settings for a page: loaded (again whenever `reloadKey` changes), reported through
 * `onSettings`, defaulted from the browser locale the first time (so the comparison and the
 * analysis have a home culture without the user having to set one), and saved by `save`, which
 * resolves to whether it worked. Shared by the options and welcome pages.
 */
export function useSettings(onSettings?: (s: Settings) => void, reloadKey: unknown = 0) {
  const platform = usePlatform();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(() => platform.api.getSettings().then(setSettings, (e: Error) => setError(e.message)), [platform]);
  useEffect(() => {
    void load();
  }, [load, reloadKey]);
  useEffect(() => {
    if (settings) onSettings?.(settings);
  }, [settings, onSettings]);
  useEffect(() => {
    if (!settings || settings.homeCountry || settings.homeLanguage) return;
    const cc = countryFromLocale(platform.languages);
    const lang = platform.languages[0]?.split(/[-_]/)[0]?.toLowerCase() ?? null;
    if (cc) void platform.api.setSettings({ homeCountry: cc, homeLanguage: lang }).then(setSettings, () => undefined);
  }, [settings, platform]);
  const save = async (patch: Partial<Settings>): Promise<boolean> => {
    try {
      setSettings(await platform.api.setSettings(patch));
      return true;
    } catch (e) {
      setError((e as Error).message);
      return false;
    }
  };
  return { settings, error, save };
}

/** The options page: privacy first, then you, sites, corrections, your data and sources. */
export function OptionsApp({ onSettings }: { onSettings?: (s: Settings) => void }) {
  const { t } = useTranslation();
  const platform = usePlatform();
  const countries = useCountries();
  const [generation, setGeneration] = useState(0);
  const { settings, error, save: saveSettings } = useSettings(onSettings, generation);
  const save = async (patch: Partial<Settings>) => {
    await saveSettings(patch);
  };
  return (
    <main className="options" data-testid="options">
      <header className="header">
        <h1 className="brand">
          <img src="/icon/32.png" alt="" /> {t('options.title')}
        </h1>
      </header>
      <p className="muted">{t('app.tagline')}</p>
      {error && (
        <p role="alert" className="banner bad">
          {t('common.error', { message: error })}
        </p>
      )}
      <PrivacySection />
      {!settings && !error && <p className="muted">{t('common.loading')}</p>}
      {settings && (
        <>
          <HomeSection settings={settings} save={save} countries={countries} />
          <SitesSection settings={settings} save={save} />
          <RuleToggles settings={settings} save={save} />
          <PresendSection settings={settings} save={save} />
        </>
      )}
      <OverridesSection key={`o${generation}`} countries={countries} />
      <NotesSection key={`n${generation}`} />
      <LearnedDomains key={`l${generation}`} />
      <DataSection onReset={() => setGeneration((g) => g + 1)} />
      <SourcesSection />
      <DimensionImport />
      {platform.openWelcome && (
        <p>
          <button type="button" className="quiet" onClick={() => platform.openWelcome?.()}>
            {t('welcome.title')}
          </button>
        </p>
      )}
    </main>
  );
}
