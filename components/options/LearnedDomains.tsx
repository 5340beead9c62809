/**
 * Domains learned from CRM records (lib/db/learned.ts), with undo: the user sees what Glocal
 * concluded from records other people typed, for how long, and can forget any of it.
 */
import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LearnedDomainView } from '../../lib/db/learned';
import { countryName, flag } from '../format';
import { usePlatform } from '../platform';

export function LearnedDomains() {
  const { t, i18n } = useTranslation();
  const platform = usePlatform();
  const id = useId();
  const [list, setList] = useState<LearnedDomainView[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(() => platform.api.listLearnedDomains().then(setList, (e: Error) => setError(e.message)), [platform]);
  useEffect(() => {
    void reload();
  }, [reload]);
  const forget = async (domain: string) => {
    try {
      await platform.api.forgetLearnedDomain(domain);
      await reload();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const date = (ms: number) => new Date(ms).toLocaleDateString(i18n.language);
  return (
    <section aria-labelledby={`${id}-h`} data-testid="learned-domains">
      <h2 id={`${id}-h`}>{t('security.learned.title')}</h2>
      <p className="small">{t('security.learned.intro', { days: 180 })}</p>
      {error && (
        <p role="alert" className="banner bad">
          {t('common.error', { message: error })}
        </p>
      )}
      {list && list.length === 0 && <p className="muted">{t('security.learned.empty')}</p>}
      {list && list.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('security.learned.domain')}</th>
              <th scope="col">{t('security.learned.country')}</th>
              <th scope="col">{t('security.learned.status')}</th>
              <th scope="col">{t('security.learned.expires')}</th>
              <th scope="col">
                <span className="sr-only">{t('security.learned.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.map((d) => (
              <tr key={d.domain}>
                <td>{d.domain}</td>
                <td>
                  {flag(d.country)} {countryName(d.country, i18n.language)}
                </td>
                <td>{d.active ? t('security.learned.active', { count: d.records }) : t('security.learned.pending')}</td>
                <td>{date(d.expiresAt)}</td>
                <td>
                  <button type="button" onClick={() => void forget(d.domain)}>
                    {t('security.learned.forget', { domain: d.domain })}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
