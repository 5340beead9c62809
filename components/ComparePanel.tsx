import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProfileLike } from '../lib/brief/profile';
import type { CountryEntry } from './api';
import { CultureChart } from './CultureChart';
import { countryName } from './format';
import { usePlatform } from './platform';
import { CountryOptions } from './CountryOptions';
import { stanceDifferences } from '../lib/brief/stance';
import { renderMessage } from '../lib/brief/messages';
import { useBriefLang } from './useBriefLang';

/**
 * The curated stances that differ between the two countries, in the UI language. Scores are
 * context (the chart); these are the behavioural differences, each from a cited curated entry.
 */
export function StanceDifferences({ you, them }: { you: ProfileLike | null; them: ProfileLike }) {
  const { i18n } = useTranslation();
  const lang = useBriefLang(i18n.language);
  if (!you) return null;
  const diffs = stanceDifferences(you, them);
  const a = countryName(you.country, i18n.language);
  const b = countryName(them.country, i18n.language);
  if (!diffs) {
    const who = [you, them].filter((p) => !(p as { norms?: unknown }).norms).map((p) => countryName(p.country, i18n.language)).join(', ');
    return <p className="small muted" data-testid="stance-none">{renderMessage('compare.none', { who }, lang)}</p>;
  }
  return (
    <ul className="small" data-testid="stance-differences">
      {diffs.map((d) => (
        <li key={d.topic} data-topic={d.topic} data-opposite={d.opposite || undefined}>
          {renderMessage('compare.stance', {
            topic: renderMessage(`topic.${d.topic}`, {}, lang),
            a,
            sa: renderMessage(`stance.${d.a}`, {}, lang),
            b,
            sb: renderMessage(`stance.${d.b}`, {}, lang),
          }, lang)}
          {d.opposite && <strong> · {renderMessage('compare.opposite', {}, lang)}</strong>}
        </li>
      ))}
    </ul>
  );
}

/** Loads the two profiles and shows the comparison chart; the recipient country can be changed. */
export function ComparePanel({ home, initial, countries }: { home: string | null; initial: string | null; countries: CountryEntry[] }) {
  const { t, i18n } = useTranslation();
  const platform = usePlatform();
  const id = useId();
  const [cc, setCc] = useState(initial ?? '');
  const [profiles, setProfiles] = useState<{ you: ProfileLike | null; them: ProfileLike | null } | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setCc((v) => v || initial || ''), [initial]);
  useEffect(() => {
    if (!cc) return;
    let live = true;
    Promise.all([platform.api.getProfile(cc), home ? platform.api.getProfile(home) : Promise.resolve(null)]).then(
      ([them, you]) => live && setProfiles({ them, you }),
      (e: Error) => live && setError(e.message),
    );
    return () => {
      live = false;
    };
  }, [cc, home, platform]);
  return (
    <div className="stack">
      <div className="row">
        <label htmlFor={`${id}-cc`}>{t('compare.pickCountry')}</label>
        <select id={`${id}-cc`} value={cc} onChange={(e) => setCc(e.target.value)} data-testid="compare-country">
          <option value="">—</option>
          <CountryOptions countries={countries} lang={i18n.language} />
        </select>
      </div>
      {error && <p className="banner bad" role="alert">{t('common.error', { message: error })}</p>}
      {cc && profiles && !profiles.them && <p className="muted">{t('compare.noProfile', { country: countryName(cc, i18n.language) })}</p>}
      {cc && profiles?.them && <CultureChart you={profiles.you} them={profiles.them} />}
      {cc && profiles?.them && <StanceDifferences you={profiles.you} them={profiles.them} />}
    </div>
  );
}
