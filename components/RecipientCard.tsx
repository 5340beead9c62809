import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Override, RecipientInference } from '../lib/protocol';
import type { CountryEntry } from './api';
import { countryName, emailDomain, formatTime, languageName } from './format';
import { Flag } from './Flag';
import type { WorkingStatus } from './api';
import { ContactNotes } from './ContactNotes';
import { usePlatform } from './platform';
import { CountryOptions } from './CountryOptions';

/**
 * The recipient's working status now, refreshed every minute. The background answers it: the
 * holiday rules are large, and the side panel should not load them.
 */
export function useWorkingStatus(cc: string | null, now: () => Date): WorkingStatus | null {
  const platform = usePlatform();
  const [status, setStatus] = useState<WorkingStatus | null>(null);
  useEffect(() => {
    if (!cc) return;
    let live = true;
    const tick = () =>
      platform.api.workingStatus(cc, now()).then(
        (s) => live && setStatus(s),
        () => undefined,
      );
    void tick();
    const timer = setInterval(() => void tick(), 60_000);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [cc, now, platform]);
  return status;
}

export interface RecipientCardProps {
  recipient: RecipientInference;
  countries: CountryEntry[];
  onCorrect(override: Override): Promise<void>;
  now: () => Date;
  testId?: string;
}

/** One recipient: flag, country, language, confidence with reasons, local time and a correction. */
export function RecipientCard({ recipient, countries, onCorrect, now, testId = 'recipient-card' }: RecipientCardProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const top = recipient.abstain ? null : recipient.candidates[0] ?? null;
  const second = recipient.candidates.find((c) => c.country !== top?.country) ?? null;
  const domain = emailDomain(recipient.email);
  const [scope, setScope] = useState<'contact' | 'domain'>('contact');
  const [other, setOther] = useState('');
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const status = useWorkingStatus(top?.country ?? null, now);
  const id = useId();
  const name = top ? countryName(top.country, lang) : '';
  const details = useRef<HTMLDetailsElement>(null);

  const correct = async (country: string) => {
    setError(null);
    const key = scope === 'contact' ? recipient.email.toLowerCase() : domain;
    if (!key) return;
    try {
      await onCorrect({ scope, key, country, lang: null, firstNames: null, note: '', updatedAt: 0 });
      setSaved(true);
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <article className="card recipient stack" data-testid={testId} aria-labelledby={`${id}-who`}>
      <div className="row">
        <Flag country={top?.country} size={27} />
        <div style={{ minInlineSize: 0, flex: 1 }}>
          <div className="who clamp" id={`${id}-who`} title={recipient.name || recipient.email}>
            {recipient.name || recipient.email}
          </div>
          {recipient.name && <div className="muted small clamp">{recipient.email}</div>}
        </div>
      </div>
      {top ? (
        <div>
          <strong>{name}</strong>
          {recipient.language && <span className="muted"> · {t('recipient.language', { lang: languageName(recipient.language.lang, lang) })}</span>}
          {recipient.overridden && <span className="status working" style={{ marginInlineStart: 6 }}>{t('recipient.overridden')}</span>}
          <div className="row small">
            <span className="confidence" aria-hidden="true">
              <span style={{ inlineSize: `${Math.round(top.probability * 100)}%` }} />
            </span>
            <span>{t('recipient.confidence', { percent: Math.round(top.probability * 100) })}</span>
          </div>
          {/* The reasons come from the inference in English: marked so, whatever the UI language. */}
          {top.reasons.length > 0 && (
            <p className="small muted" style={{ margin: '2px 0' }} lang={lang.startsWith('en') ? undefined : 'en'}>
              {top.reasons.join('; ')}
            </p>
          )}
        </div>
      ) : (
        <p className="muted">{t('recipient.abstain')}</p>
      )}
      {status && top && (
        <p className="small" style={{ margin: 0 }} data-testid="local-time">
          {t('recipient.localTime', { time: formatTime(status.local.hour, status.local.minute, lang) })}{' '}
          <span className={`status ${status.status}`}>{t(`recipient.status.${status.status}`, { name: status.holidayToday ?? '' })}</span>
          {status.holidayTomorrow && <span className="muted"> · {t('recipient.holidayTomorrow', { name: status.holidayTomorrow })}</span>}
        </p>
      )}
      <div className="correct">
        {top && second && (
          <button type="button" onClick={() => void correct(second.country)} data-testid="quick-correct">
            {t('recipient.notCountry', { country: name })} {t('recipient.correctTo', { country: countryName(second.country, lang) })}
          </button>
        )}
        <details
          ref={details}
          onKeyDown={(e) => {
            // Escape closes the picker it opened and returns to its summary.
            if (e.key === 'Escape' && details.current?.open) {
              e.preventDefault();
              details.current.open = false;
              details.current.querySelector('summary')?.focus();
            }
          }}
        >
          <summary className="small">{t('recipient.correct')}</summary>
          <fieldset className="stack" style={{ border: 0, padding: 0, margin: '6px 0 0' }}>
            <legend className="small">{t('recipient.saveFor')}</legend>
            <div className="row small">
              <label>
                <input type="radio" name={`${id}-scope`} checked={scope === 'contact'} onChange={() => setScope('contact')} /> {t('recipient.scopeContact')}
              </label>
              {domain && (
                <label>
                  <input type="radio" name={`${id}-scope`} checked={scope === 'domain'} onChange={() => setScope('domain')} /> {t('recipient.scopeDomain', { domain })}
                </label>
              )}
            </div>
            <div className="row">
              <label className="sr-only" htmlFor={`${id}-other`}>{t('recipient.chooseCountry')}</label>
              <select id={`${id}-other`} value={other} onChange={(e) => setOther(e.target.value)}>
                <option value="">{t('recipient.other')}</option>
                <CountryOptions countries={countries} lang={lang} />
              </select>
              <button type="button" disabled={!other} onClick={() => void correct(other)}>
                {t('common.save')}
              </button>
            </div>
          </fieldset>
        </details>
        {recipient.email && <ContactNotes email={recipient.email} />}
        <div role="status" className="small">
          {saved && t('recipient.saved')}
          {error && <span style={{ color: 'var(--bad)' }}>{t('common.error', { message: error })}</span>}
        </div>
      </div>
    </article>
  );
}
