import { useTranslation } from 'react-i18next';
import type { Analysis, Override, Suggestion } from '../lib/protocol';
import type { CountryEntry } from './api';
import { AudienceView } from './AudienceView';
import { FormalityMeter } from './FormalityMeter';
import { RecipientCard } from './RecipientCard';
import { SuggestionList } from './SuggestionList';
import { languageName } from './format';

export interface DraftViewProps {
  analysis: Analysis;
  countries: CountryEntry[];
  now: () => Date;
  onCorrect(o: Override): Promise<void>;
  onApply(a: Analysis, s: Suggestion): Promise<void>;
  onDismiss(a: Analysis, s: Suggestion): Promise<void>;
  /** The popup shows fewer suggestions and no audience details. */
  compact?: boolean;
}

/** One compose window or CRM record: recipients, audience, formality and suggestions. */
export function DraftView({ analysis, countries, now, onCorrect, onApply, onDismiss, compact }: DraftViewProps) {
  const { t, i18n } = useTranslation();
  const a = analysis;
  const targetCountry = a.target?.country ?? a.audience?.targetCountry ?? null;
  return (
    <div className="stack" data-compose={a.composeId}>
      <p className="small muted" style={{ margin: 0 }}>
        {a.record ? t('panel.record') : t('panel.composeOn', { site: a.site })}
        {a.lang?.lang && a.lang.lang !== 'und' ? ` · ${t('panel.draftIn', { lang: languageName(a.lang.lang, i18n.language) })}` : ''}
      </p>
      {a.failures.length > 0 && <p className="banner small">{t('panel.failures', { list: a.failures.slice(0, 5).join('; ') })}</p>}
      {a.analysedChars < a.totalChars && <p className="banner small">{t('panel.partial', { analysed: a.analysedChars, total: a.totalChars })}</p>}
      <ul className="plain stack" aria-label={t('panel.tabs.recipients')}>
        {a.recipients.map((r, i) => (
          <li key={`${r.email}-${i}`}>
            <RecipientCard recipient={r} countries={countries} onCorrect={onCorrect} now={now} />
          </li>
        ))}
      </ul>
      {a.audience && a.recipients.length > 1 && !compact && <AudienceView audience={a.audience} />}
      {a.audience && a.recipients.length > 1 && compact && a.audience.mixed && <AudienceView audience={a.audience} />}
      <FormalityMeter draft={a.scores.formality} target={a.target?.formality ?? null} country={targetCountry} />
      <section aria-labelledby={`sugg-${a.composeId}`}>
        <h2 id={`sugg-${a.composeId}`}>{t('suggestions.title')}</h2>
        <SuggestionList suggestions={a.suggestions} onApply={(s) => onApply(a, s)} onDismiss={(s) => onDismiss(a, s)} />
      </section>
    </div>
  );
}
