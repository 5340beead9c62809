import { useTranslation } from 'react-i18next';
import type { Analysis } from '../lib/protocol';
import { countryName, flag } from './format';

/** With several recipients: which cultures are on the thread, and a warning when they mix. */
export function AudienceView({ audience }: { audience: NonNullable<Analysis['audience']> }) {
  const { t, i18n } = useTranslation();
  const names = audience.countries.map((c) => `${flag(c)} ${countryName(c, i18n.language)}`).join(', ');
  return (
    <section className={audience.mixed ? 'banner' : 'card'} data-testid="audience" aria-labelledby="audience-title">
      <h3 id="audience-title" style={{ marginBlockStart: 0 }}>{t('audience.title')}</h3>
      {audience.mixed ? (
        <>
          <p style={{ margin: '2px 0' }}>{t('audience.mixed', { countries: names })}</p>
          <p className="small" style={{ margin: '2px 0' }}>{t('audience.mixedAdvice')}</p>
        </>
      ) : (
        <p style={{ margin: '2px 0' }}>{t('audience.single', { country: names })}</p>
      )}
      {audience.targetCountry && <p className="small muted" style={{ margin: '2px 0' }}>{t('audience.target', { country: countryName(audience.targetCountry, i18n.language) })}</p>}
    </section>
  );
}
