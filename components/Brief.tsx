import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Brief } from '../lib/brief/index';
import { briefLang, renderMessage, type MessageParams } from '../lib/brief/messages';
import { briefToMarkdown } from '../lib/brief/markdown';
import { useBriefLang } from './useBriefLang';
import { countryName } from './format';
import type { RecordFields } from '../lib/protocol';
import type { CountryEntry } from './api';
import { usePlatform } from './platform';
import { CountryOptions } from './CountryOptions';

/**
 * The one-pager itself: sections, each statement with its basis. Printable as it is. Every
 * sentence is re-rendered from its i18next key in the UI language; curated free text stays
 * English and is marked `lang="en"` (with a small "EN" tag), openers carry their own language.
 */
export function BriefView({ brief }: { brief: Brief }) {
  const { t, i18n } = useTranslation();
  const lang = useBriefLang(i18n.language);
  const toName = countryName(brief.to, lang);
  const fromName = brief.from ? countryName(brief.from, lang) : null;
  // Country names in the parameters were rendered in the build language: swap in the UI's.
  const local = (params: MessageParams): MessageParams => {
    const out: MessageParams = {};
    for (const [k, v] of Object.entries(params)) out[k] = v === brief.toName ? toName : v === brief.fromName && fromName ? fromName : v;
    return out;
  };
  const title = fromName ? renderMessage('title.pair', { to: toName, from: fromName }, lang) : renderMessage('title.single', { to: toName }, lang);
  return (
    <article className="brief" data-testid="brief" aria-labelledby="brief-title" lang={lang}>
      <h2 id="brief-title">{title}</h2>
      {brief.sections
        .filter((s) => s.items.length)
        .map((s) => (
          <section key={s.id} aria-labelledby={`brief-${s.id}`} data-section={s.id}>
            <h3 id={`brief-${s.id}`}>{renderMessage(`section.${s.id}`, {}, lang)}</h3>
            <ul>
              {s.items.map((i, k) => (
                <li key={k} data-topic={i.topic} data-stance={i.stance}>
                  <span lang={i.lang}>{renderMessage(i.key, local(i.params), lang)}</span>
                  {i.lang === 'en' && lang !== 'en' && (
                    <span className="small muted" title="curated text, English"> [EN]</span>
                  )}
                  {i.note && <span className="muted"> ({i.note})</span>}
                  {i.differs && (
                    <span className="small muted">
                      {' '}
                      ({renderMessage('differs', { from: fromName ?? i.differs.name }, lang)}: {renderMessage(`stance.${i.differs.stance}`, {}, lang)})
                    </span>
                  )}
                  {i.basis.length > 0 && (
                    <div className="basis" lang="en">
                      {i.basis.join(' · ')}
                    </div>
                  )}
                </li>
              ))}
            </ul>
          </section>
        ))}
      <p className="small muted">{renderMessage('caveat', {}, lang)}</p>
      {brief.sources.length > 0 && (
        <>
          <h3>{t('brief.sources')}</h3>
          <ul className="small" lang="en">
            {brief.sources.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </>
      )}
    </article>
  );
}

/**
 * "Prepare for a call": pick the two countries (prefilled from the recipient and the user's home),
 * optionally enriched from the open CRM record; print or export the result as Markdown.
 */
export function BriefPanel({ to, from, record, countries }: { to: string | null; from: string | null; record?: RecordFields; countries: CountryEntry[] }) {
  const { t, i18n } = useTranslation();
  const platform = usePlatform();
  const id = useId();
  const [toCc, setTo] = useState(to ?? '');
  const [fromCc, setFrom] = useState(from ?? '');
  const [useRecord, setUseRecord] = useState(Boolean(record));
  const [result, setResult] = useState<{ brief: Brief; markdown: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  useEffect(() => setTo((v) => v || to || ''), [to]);
  useEffect(() => setFrom((v) => v || from || ''), [from]);

  useEffect(() => {
    if (!toCc) return;
    let live = true;
    setError(null);
    // `from` is required by the protocol; without a home country the brief contrasts nothing, so
    // the counterpart's own code stands in and buildBrief sees an identical pair.
    platform.api.brief(toCc, fromCc || toCc, useRecord ? record : undefined).then(
      (r) => live && setResult(r),
      (e: Error) => live && setError(e.message),
    );
    return () => {
      live = false;
    };
  }, [toCc, fromCc, useRecord, record, platform]);

  const lang = i18n.language;
  const options = <CountryOptions countries={countries} lang={lang} />;
  return (
    <div className="stack">
      <div className="row no-print">
        <label htmlFor={`${id}-to`}>{t('brief.to')}</label>
        <select id={`${id}-to`} value={toCc} onChange={(e) => setTo(e.target.value)} data-testid="brief-to">
          <option value="">—</option>
          {options}
        </select>
        <label htmlFor={`${id}-from`}>{t('brief.from')}</label>
        <select id={`${id}-from`} value={fromCc} onChange={(e) => setFrom(e.target.value)}>
          <option value="">—</option>
          {options}
        </select>
      </div>
      {record && (
        <label className="row no-print small">
          <input type="checkbox" checked={useRecord} onChange={(e) => setUseRecord(e.target.checked)} /> {t('brief.fromRecord')}
        </label>
      )}
      {!toCc && <p className="muted">{t('brief.none')}</p>}
      {error && (
        <p className="banner bad" role="alert">
          {t('common.error', { message: error })}
        </p>
      )}
      {result && toCc && (
        <>
          <div className="row no-print">
            <button type="button" onClick={() => (platform.print ? platform.print() : window.print())}>
              {t('brief.print')}
            </button>
            <button
              type="button"
              data-testid="export-markdown"
              onClick={() => {
                // Exported in the UI language, with each item's basis (English markdown from the
                // background when the UI is English).
                const b = result.brief;
                const md = briefLang(lang) === 'en' ? result.markdown : briefToMarkdown(b, lang, { to: countryName(b.to, lang), from: b.from ? countryName(b.from, lang) : null });
                platform.download?.(`glocal-brief-${b.to}.md`, md, 'text/markdown');
                setSaved(true);
              }}
            >
              {t('brief.export')}
            </button>
            <span role="status" className="small muted">{saved ? t('brief.copied') : ''}</span>
          </div>
          <BriefView brief={result.brief} />
        </>
      )}
    </div>
  );
}
