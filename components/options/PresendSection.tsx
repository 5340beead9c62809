/**
 * Options → the pause before a costly send (lib/presend.ts, entrypoints/content/presend.ts): on or
 * off, also for info-level items (off by default), and per site, for the sites whose Send control
 * Glocal knows (the site modules with `sendControl`).
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../lib/protocol';
import { SITES } from '../../lib/sites/registry';

export function PresendSection({ settings, save }: { settings: Settings; save: (s: Partial<Settings>) => Promise<void> }) {
  const { t } = useTranslation();
  const id = useId();
  const off = new Set(settings.presendOffSites);
  const sites = SITES.filter((s) => s.sendControl);
  const toggle = (site: string, on: boolean) => {
    const rest = [...off].filter((s) => s !== site);
    void save({ presendOffSites: on ? rest : [...rest, site] });
  };
  return (
    <section aria-labelledby={`${id}-h`} data-testid="presend">
      <h2 id={`${id}-h`}>{t('presend.options.title')}</h2>
      <p className="muted">{t('presend.options.intro')}</p>
      <p>
        <label>
          <input type="checkbox" checked={settings.presendPause} onChange={(e) => void save({ presendPause: e.target.checked })} data-testid="presend-on" />{' '}
          {t('presend.options.on')}
        </label>
      </p>
      <fieldset disabled={!settings.presendPause} style={{ border: 0, padding: 0 }}>
        <p>
          <label>
            <input type="checkbox" checked={settings.presendInfo} onChange={(e) => void save({ presendInfo: e.target.checked })} data-testid="presend-info" />{' '}
            {t('presend.options.info')}
          </label>
        </p>
        <h3>{t('presend.options.sites')}</h3>
        <ul className="plain">
          {sites.map((s) => (
            <li key={s.id}>
              <label>
                <input type="checkbox" checked={!off.has(s.id)} onChange={(e) => toggle(s.id, e.target.checked)} data-testid={`presend-site-${s.id}`} /> {s.name}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <p className="small muted">{t('presend.options.budget')}</p>
    </section>
  );
}
