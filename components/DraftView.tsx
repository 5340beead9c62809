import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Analysis, Override, Suggestion } from '../lib/protocol';
import type { CountryEntry } from './api';
import { FixList, type Edit } from './FixList';
import { FormalityMeter } from './FormalityMeter';
import { ReadingLens } from './ReadingLens';
import { RecipientChips } from './RecipientChips';
import { SentenceScores } from './SentenceScores';
import { countryName, languageName } from './format';
import { dismissContact, draftVerdict, fixGroups, unreadLanguage } from './logic';

export interface DraftViewProps {
  analysis: Analysis;
  countries: CountryEntry[];
  now: () => Date;
  onCorrect(o: Override): Promise<void>;
  onEdit(a: Analysis, edits: Edit[]): Promise<void>;
  onDismiss(a: Analysis, items: Suggestion[], how: 'contact' | 'rule'): Promise<void>;
  onWritingFor(a: Analysis, country: string | null): Promise<void>;
  /** The draft's text from the worker's memory (never stored), or null when it is not held. */
  draftText?(a: Analysis): Promise<string | null>;
}

/**
 * The draft text the analysis was computed on, fetched again whenever a new analysis arrives.
 * A text whose length no longer covers the sentence spans belongs to another revision: none.
 */
function useDraftText(a: Analysis, load?: (a: Analysis) => Promise<string | null>): string | null {
  const [text, setText] = useState<{ at: number; body: string } | null>(null);
  // The loader is a new function on each render of the panel: only a new analysis refetches.
  const loader = useRef(load);
  loader.current = load;
  const wanted = !!load && !!a.sentenceBreakdown?.length;
  useEffect(() => {
    if (!wanted || !loader.current) return;
    let live = true;
    loader.current(a).then(
      (body) => live && setText(body === null ? null : { at: a.at, body }),
      () => live && setText(null),
    );
    return () => {
      live = false;
    };
    // A new analysis (its `at`) is a new revision of the draft.
  }, [a.composeId, a.at, wanted]);
  if (!text || text.at !== a.at) return null;
  const end = Math.max(0, ...(a.sentenceBreakdown ?? []).map((s) => s.end));
  return end <= text.body.length ? text.body : null;
}

/** The one-line verdict: "Too casual for Japan · 5 fixes". */
export function Verdict({ analysis }: { analysis: Analysis }) {
  const { t, i18n } = useTranslation();
  const v = draftVerdict(analysis);
  const n = fixGroups(analysis.suggestions).length;
  const country = v.country ? countryName(v.country, i18n.language) : '';
  const head = v.verdict && v.country ? t(`verdict.${v.verdict}`, { country }) : t('verdict.noTarget');
  return (
    <h2 className={`verdict ${v.verdict ?? 'none'}`} data-testid="verdict">
      {head} · {n ? t('verdict.fixes', { count: n }) : t('verdict.none')}
    </h2>
  );
}

/** "Writing for: Japan ▾": whose norms the fixes follow, switchable when the readers differ. */
function WritingFor({ analysis, onChange }: { analysis: Analysis; onChange(country: string | null): Promise<void> }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const current = analysis.target?.country ?? analysis.audience?.targetCountry ?? null;
  const strictest = analysis.audience?.targetCountry ?? null;
  const options = analysis.audience?.countries ?? [];
  if (!current) return null;
  const name = (cc: string) => countryName(cc, i18n.language);
  return (
    <div className="writing-for">
      <div className="row small">
        <label htmlFor={`${id}-wf`}>{t('writingFor.label')}:</label>
        {options.length > 1 ? (
          <select
            id={`${id}-wf`}
            data-testid="writing-for"
            value={current}
            aria-describedby={`${id}-help`}
            onChange={(e) => {
              const cc = e.target.value;
              setError(null);
              onChange(cc === strictest ? null : cc).catch((err: Error) => setError(err.message));
            }}
          >
            {options.map((cc) => (
              <option key={cc} value={cc}>
                {cc === strictest ? t('writingFor.auto', { country: name(cc) }) : name(cc)}
              </option>
            ))}
          </select>
        ) : (
          <strong id={`${id}-wf`}>{name(current)}</strong>
        )}
      </div>
      {options.length > 1 && (
        <p id={`${id}-help`} className="sr-only">
          {t('writingFor.help')}
        </p>
      )}
      {error && (
        <p className="banner bad small" role="alert">
          {t('writingFor.failed', { message: error })}
        </p>
      )}
    </div>
  );
}

/**
 * One compose window or CRM record, task first: the verdict, whose norms it follows, the fixes
 * by impact, then the recipients as chips.
 */
export function DraftView({ analysis, countries, now, onCorrect, onEdit, onDismiss, onWritingFor, draftText }: DraftViewProps) {
  const { t, i18n } = useTranslation();
  const a = analysis;
  const text = useDraftText(a, draftText);
  const unread = unreadLanguage(a);
  return (
    <section className="draft stack" data-compose={a.composeId} aria-labelledby={`v-${a.composeId}`}>
      <div id={`v-${a.composeId}`}>
        <Verdict analysis={a} />
      </div>
      <p className="small muted" style={{ margin: 0 }}>
        {a.record ? t('panel.record') : t('panel.composeOn', { site: a.site })}
        {a.lang?.lang && a.lang.lang !== 'und' ? ` · ${t('panel.draftIn', { lang: languageName(a.lang.lang, i18n.language) })}` : ''}
      </p>
      <WritingFor analysis={a} onChange={(cc) => onWritingFor(a, cc)} />
      {unread && (
        <p className="banner" role="note" data-testid="language-warning">
          {t('langWarning', { lang: languageName(unread.lang, i18n.language) })}
        </p>
      )}
      <FormalityMeter draft={a.scores.formality} target={a.target?.formality ?? null} country={a.target?.country ?? null} />
      {a.failures.length > 0 && <p className="banner small">{t('panel.failures', { list: a.failures.slice(0, 5).join('; ') })}</p>}
      {a.analysedChars < a.totalChars && <p className="banner small">{t('panel.partial', { analysed: a.analysedChars, total: a.totalChars })}</p>}
      <FixList analysis={a} contact={dismissContact(a)} onEdit={(edits) => onEdit(a, edits)} onDismiss={(items, how) => onDismiss(a, items, how)} />
      {text !== null && a.sentenceBreakdown && a.sentenceBreakdown.length > 0 && (
        <SentenceScores draft={text} sentences={a.sentenceBreakdown} draftLang={a.lang?.lang && a.lang.lang !== 'und' ? a.lang.lang : undefined} />
      )}
      <RecipientChips recipients={a.recipients} countries={countries} onCorrect={onCorrect} now={now} />
      <ReadingLens messages={a.lens ?? []} />
    </section>
  );
}
