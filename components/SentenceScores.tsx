import { useTranslation } from 'react-i18next';
import type { SentenceBreakdown } from '../lib/protocol';

export type { SentenceBreakdown } from '../lib/protocol';

/** Props of `SentenceScores`. */
export interface SentenceScoresProps {
  /** The draft text the spans of `sentences` point into (Analysis was computed on it). */
  draft: string;
  /** `Analysis.sentenceBreakdown` (or `DraftAnalysis.sentenceBreakdown` from lib/analysis). */
  sentences: SentenceBreakdown[];
  /** The draft's language (primary subtag): sentences scored in another language say so. */
  draftLang?: string;
  /** How many sentences to list, strongest pull first. Default 3. */
  limit?: number;
  /** Called with a sentence's span when the user picks it (e.g. to highlight it in the draft). */
  onSelect?: (span: { start: number; end: number }) => void;
}

// A sentence reads as text that can be clicked, not as a command button.
const LINK = { background: 'none', border: 'none', padding: 0, textAlign: 'start', color: 'inherit', font: 'inherit', cursor: 'pointer', textDecoration: 'underline dotted' } as const;

const excerpt = (s: string, max = 90) => (s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s);

/**
 * Which sentences set the draft's formality: the counted sentences with the largest pull on the
 * draft's score, each with its own formality and whether it lifts the draft or pulls it down.
 * Quoted thread text and signature lines are not counted, and the list says how many there were.
 */
export function SentenceScores({ draft, sentences, draftLang, limit = 3, onSelect }: SentenceScoresProps) {
  const { t } = useTranslation();
  const counted = sentences.filter((s) => s.weight > 0);
  const excluded = sentences.filter((s) => s.role === 'quote' || s.role === 'signature').length;
  const top = [...counted].filter((s) => s.pull !== 0).sort((a, b) => Math.abs(b.pull) - Math.abs(a.pull)).slice(0, limit);
  return (
    <section className="card" data-testid="sentence-scores" aria-labelledby="sentence-scores-title">
      <h3 id="sentence-scores-title" style={{ marginBlockStart: 0 }}>{t('sentenceScores.title')}</h3>
      {top.length === 0 ? (
        <p className="small muted">{t('sentenceScores.none')}</p>
      ) : (
        <ol className="sentence-scores" style={{ paddingInlineStart: 18, margin: 0 }}>
          {top.map((s) => {
            const text = draft.slice(s.start, s.end);
            const down = s.pull < 0;
            return (
              <li key={`${s.start}-${s.end}`} data-pull={down ? 'down' : 'up'} style={{ marginBlockEnd: 6 }}>
                {onSelect ? (
                  <button type="button" style={LINK} title={t('sentenceScores.select')} onClick={() => onSelect({ start: s.start, end: s.end })}>
                    “{excerpt(text)}”
                  </button>
                ) : (
                  <span>“{excerpt(text)}”</span>
                )}
                <div className="small muted">
                  <span aria-hidden="true">{down ? '▼ ' : '▲ '}</span>
                  {down ? t('sentenceScores.pullsDown') : t('sentenceScores.lifts')}
                  {' · '}
                  {t('sentenceScores.formality', { value: s.formality.toFixed(2) })}
                  {s.role === 'greeting' && ` · ${t('sentenceScores.greeting')}`}
                  {s.role === 'sign-off' && ` · ${t('sentenceScores.signOff')}`}
                  {draftLang && s.lang !== draftLang && ` · ${t('sentenceScores.scoredAs', { lang: s.lang })}`}
                </div>
              </li>
            );
          })}
        </ol>
      )}
      {excluded > 0 && <p className="small muted" style={{ margin: '4px 0 0' }}>{t('sentenceScores.excluded', { count: excluded })}</p>}
    </section>
  );
}
