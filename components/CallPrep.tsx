import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordFields } from '../lib/protocol';
import type { CallPrepResult } from '../lib/callprep/service';
import type { CountryEntry } from './api';
import { BriefView } from './Brief';
import { CountryOptions } from './CountryOptions';
import { countryName, flag } from './format';
import { usePlatform } from './platform';
import './callprep.css';

const hasRecord = (r: RecordFields | undefined): r is RecordFields => !!r && Object.values(r).some((v) => typeof v === 'string' && v.trim() !== '');

function yourZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || undefined;
  } catch {
    return undefined;
  }
}

/**
 * "Prepare for a call with <name>" on a CRM record: prefilled from the record (country, company,
 * job title), the counterpart's local time, the best call windows in both working days, the
 * holidays and seasons ahead, rank-matching advice, then the country brief. Exports as Markdown
 * and prints on one or two pages. Everything is computed in the background from the record the
 * page showed; nothing is stored.
 */
export function CallPrep({ record, fallbackCountry, home, countries }: { record?: RecordFields; fallbackCountry: string | null; home: string | null; countries: CountryEntry[] }) {
  const { t, i18n } = useTranslation();
  const platform = usePlatform();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [to, setTo] = useState('');
  const [company, setCompany] = useState(record?.company ?? '');
  const [title, setTitle] = useState(record?.role ?? '');
  const [result, setResult] = useState<CallPrepResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    setCompany(record?.company ?? '');
    setTitle(record?.role ?? '');
  }, [record?.company, record?.role]);

  useEffect(() => {
    if (!open || !hasRecord(record)) return;
    let live = true;
    setError(null);
    const ask = (cc: string | undefined) =>
      platform.api.callPrep({ record: { ...record, company: company || undefined, role: title || undefined }, to: cc, from: home, tz: yourZone(), at: platform.now().getTime() });
    ask(to || undefined)
      .catch((e: Error) => {
        // No country on the record: fall back to the country inferred for the draft's recipient.
        if (!to && fallbackCountry) return ask(fallbackCountry);
        throw e;
      })
      .then(
        (r) => live && setResult(r),
        (e: Error) => live && setError(e.message),
      );
    return () => {
      live = false;
    };
  }, [open, to, company, title, record, home, fallbackCountry, platform]);

  if (!hasRecord(record)) return null;
  const lang = i18n.language;
  const name = record.name?.trim();
  const prep = result?.prep;
  const time = (ms: number, tz: string | null, withDay = true) =>
    new Intl.DateTimeFormat(lang, { timeZone: tz ?? 'UTC', ...(withDay ? { weekday: 'short', day: 'numeric', month: 'short' } : {}), hour: '2-digit', minute: '2-digit' }).format(new Date(ms));
  const day = (key: string) => new Intl.DateTimeFormat(lang, { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'long' }).format(new Date(`${key}T12:00:00Z`));

  const print = () => {
    const root = document.documentElement;
    root.dataset.print = 'callprep';
    const done = () => {
      delete root.dataset.print;
      window.removeEventListener('afterprint', done);
    };
    window.addEventListener('afterprint', done);
    if (platform.print) platform.print();
    else window.print();
  };

  return (
    <div className="callprep-host stack" data-testid="callprep-host">
      {!open && (
        <button type="button" className="primary no-print" data-testid="callprep-open" onClick={() => setOpen(true)}>
          {name ? t('callprep.button', { name }) : t('callprep.buttonNoName')}
        </button>
      )}
      {open && (
        <div className="row no-print" role="group" aria-label={t('callprep.prefill')}>
          <label htmlFor={`${id}-to`}>{t('callprep.country')}</label>
          <select id={`${id}-to`} value={to} onChange={(e) => setTo(e.target.value)} data-testid="callprep-country">
            <option value="">{t('callprep.countryFromRecord')}</option>
            <CountryOptions countries={countries} lang={lang} />
          </select>
          <label htmlFor={`${id}-company`}>{t('callprep.company')}</label>
          <input id={`${id}-company`} value={company} maxLength={120} onChange={(e) => setCompany(e.target.value)} data-testid="callprep-company" />
          <label htmlFor={`${id}-title`}>{t('callprep.jobTitle')}</label>
          <input id={`${id}-title`} value={title} maxLength={120} onChange={(e) => setTitle(e.target.value)} data-testid="callprep-title" />
        </div>
      )}
      {open && error && (
        <p className="banner bad" role="alert">
          {t('common.error', { message: error })}
        </p>
      )}
      {open && !result && !error && <p className="muted">{t('common.loading')}</p>}
      {open && result && prep && (
        <>
          <div className="row no-print">
            <button type="button" onClick={print} data-testid="callprep-print">
              {t('callprep.print')}
            </button>
            <button
              type="button"
              data-testid="callprep-export"
              onClick={() => {
                platform.download?.(`glocal-call-${prep.country}.md`, result.markdown, 'text/markdown');
                setSaved(true);
              }}
            >
              {t('callprep.export')}
            </button>
            <span role="status" className="small muted">
              {saved ? t('callprep.saved') : ''}
            </span>
          </div>
          <article className="callprep stack" data-testid="callprep" aria-labelledby={`${id}-h`}>
            <h2 id={`${id}-h`}>
              {t('callprep.heading', { name: prep.name ?? t('callprep.contact') })} · {flag(prep.country)} {countryName(prep.country, lang) || prep.countryName}
            </h2>
            {(prep.title || prep.company) && <p className="who">{[prep.title, prep.company].filter(Boolean).join(' · ')}</p>}
            <p data-testid="callprep-localtime">
              {t('callprep.localTime', { time: time(prep.now, prep.their.timeZone), zone: prep.their.timeZone ?? 'UTC', status: t(`callprep.status.${prep.their.status}`) })}
              {prep.their.holidayToday ? ` (${prep.their.holidayToday})` : ''}
            </p>
            <section aria-labelledby={`${id}-rank`}>
              <h3 id={`${id}-rank`}>{t('callprep.rank')}</h3>
              <ul lang="en">
                {prep.rankAdvice.map((a, i) => (
                  <li key={i}>
                    {a.text}
                    {a.basis.length > 0 && <div className="basis small muted">{a.basis.join(' · ')}</div>}
                  </li>
                ))}
              </ul>
            </section>
            <section aria-labelledby={`${id}-win`}>
              <h3 id={`${id}-win`}>{t('callprep.windows')}</h3>
              {prep.windows.length === 0 && <p className="muted">{t('callprep.noWindows')}</p>}
              <ul className="windows" data-testid="callprep-windows">
                {prep.windows.map((w) => (
                  <li key={w.start}>
                    {t('callprep.window', {
                      yours: `${time(w.start, prep.yourTimeZone)}–${time(w.end, prep.yourTimeZone, false)}`,
                      theirs: `${time(w.start, prep.their.timeZone)}–${time(w.end, prep.their.timeZone, false)}`,
                    })}
                    {w.extended ? ` · ${t('callprep.extended')}` : ''}
                  </li>
                ))}
              </ul>
            </section>
            <section aria-labelledby={`${id}-ev`}>
              <h3 id={`${id}-ev`}>{t('callprep.events')}</h3>
              {prep.events.length === 0 && <p className="muted">{t('callprep.noEvents')}</p>}
              <ul className="events" data-testid="callprep-events">
                {prep.events.map((e) => (
                  <li key={`${e.kind}:${e.start}`}>
                    {e.start === e.end ? day(e.start) : `${day(e.start)} – ${day(e.end)}`}: {e.season ? t(`pq.season.${e.season}`) : e.name}
                    {e.kind === 'season' ? ` — ${t('callprep.seasonEffect')}` : ` — ${t('callprep.holidayEffect')}`}
                  </li>
                ))}
              </ul>
            </section>
            <BriefView brief={result.brief} />
            <details className="small no-print">
              <summary>{t('brief.sources')}</summary>
              <ul>
                {prep.sources.map((s) => (
                  <li key={s}>{s}</li>
                ))}
              </ul>
            </details>
          </article>
        </>
      )}
    </div>
  );
}
