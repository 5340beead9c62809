import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CountryEntry } from '../api';
import { countryName, flag } from '../format';
import { usePlatform } from '../platform';
import type { AnswerResult, DailyCard, FocusRow, PracticeApi, PracticeToday, Progress, QuestionView } from './api';
import { renderMsg, type Msg } from '../../lib/practice/messages';
import { matchingPoints, type DraftPoint } from '../../lib/practice/points';
import { MasteryChart } from './MasteryChart';

/** A question message in the UI language; English uses the background's own rendering. */
function useMsg() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (msg: Msg | undefined, english: string) =>
    lang === 'en' || !msg ? english : renderMsg(msg, lang, (k, p) => t(k, p ?? {}), (cc) => countryName(cc, lang) || cc);
}

/**
 * Practice in the side panel: today's card, a short question session with FSRS scheduling,
 * progress, and the focus-list editor. Questions and tips are generated in the background from
 * the knowledge base; this view only shows them and sends the chosen option.
 */
export function PracticeView({ countries, api: given }: { countries: CountryEntry[]; api?: PracticeApi }) {
  const { t } = useTranslation();
  const platform = usePlatform();
  const api = given ?? platform.api.practice;
  const [today, setToday] = useState<PracticeToday | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [index, setIndex] = useState(0);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(
    async (more = false) => {
      try {
        const d = await api.today(more);
        setToday(d);
        setProgress(d.progress);
        setIndex(0);
        setError(null);
      } catch (e) {
        setError((e as Error).message);
      }
    },
    [api],
  );
  useEffect(() => {
    void load();
  }, [load]);

  const editFocus = async (edit: Parameters<PracticeApi['setFocus']>[0]) => {
    try {
      await api.setFocus(edit);
      await load();
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <div className="stack" data-testid="practice">
      {error && (
        <p className="banner bad" role="alert">
          {t('common.error', { message: error })}
        </p>
      )}
      {!today && !error && <p className="muted">{t('common.loading')}</p>}
      {today && today.card && <DailyCardView card={today.card} />}
      {today && today.focus.filter((f) => !f.hidden && (f.pinned || f.count > 0)).length === 0 && <p className="muted">{t('practice.noFocus')}</p>}
      {today && today.session.length > 0 && index < today.session.length && (
        <QuestionCard
          key={today.session[index].id}
          q={today.session[index]}
          n={index + 1}
          total={today.session.length}
          onAnswer={async (choice) => {
            const r = await api.answer(today.session[index].id, choice);
            setProgress(r.progress);
            return r;
          }}
          onNext={() => setIndex((i) => i + 1)}
        />
      )}
      {today && today.session.length > 0 && index >= today.session.length && (
        <>
          <div className="row">
            <p data-testid="session-done">{t('practice.done')}</p>
            <button type="button" onClick={() => void load(true)}>
              {t('practice.more')}
            </button>
          </div>
          <SessionReview points={matchingPoints(today.session, today.points ?? [])} />
        </>
      )}
      {today && today.session.length === 0 && today.focus.some((f) => !f.hidden && (f.pinned || f.count > 0)) && (
        <div className="row">
          <p className="muted">{t('practice.nothingDue')}</p>
          <button type="button" onClick={() => void load(true)}>
            {t('practice.more')}
          </button>
        </div>
      )}
      {progress && <ProgressView progress={progress} />}
      {today && <FocusEditor focus={today.focus} countries={countries} onEdit={editFocus} />}
      <NotificationSetting />
    </div>
  );
}

function Sources({ sources }: { sources: string[] }) {
  const { t } = useTranslation();
  if (!sources.length) return null;
  return (
    <details className="small">
      <summary>{t('practice.sources')}</summary>
      <ul>
        {sources.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
    </details>
  );
}

function DailyCardView({ card }: { card: DailyCard }) {
  const { t, i18n } = useTranslation();
  return (
    <section className="card" data-testid="daily-card" aria-labelledby="daily-card-h">
      <h3 id="daily-card-h">
        {t('practice.dailyTitle')} · {flag(card.country)} {countryName(card.country, i18n.language) || card.countryName}
      </h3>
      <p>
        <strong>{card.title}</strong>
      </p>
      <p>{card.text}</p>
      <Sources sources={card.sources} />
    </section>
  );
}

function QuestionCard({
  q,
  n,
  total,
  onAnswer,
  onNext,
}: {
  q: QuestionView;
  n: number;
  total: number;
  onAnswer: (choice: number) => Promise<AnswerResult>;
  onNext: () => void;
}) {
  const { t, i18n } = useTranslation();
  const msg = useMsg();
  const [chosen, setChosen] = useState<number | null>(null);
  const [result, setResult] = useState<AnswerResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const fmt = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
  return (
    <section className="card" data-testid="question" aria-labelledby={`q-${q.id}`}>
      <p className="small muted">
        {t('practice.questionOf', { n, total })} · {flag(q.country)} {countryName(q.country, i18n.language) || q.countryName} · <span data-testid="question-kind">{t(`pq.kind.${q.kind}`)}</span> · {q.isNew ? t('practice.new') : t('practice.review')}
      </p>
      <p id={`q-${q.id}`}>
        <strong>{msg(q.promptMsg, q.prompt)}</strong>
      </p>
      <div role="group" aria-labelledby={`q-${q.id}`} style={{ display: 'grid', gap: 6 }}>
        {q.choices.map((c, i) => {
          const state = result ? (i === result.answer ? 'correct' : i === chosen ? 'wrong' : '') : '';
          return (
            <button
              key={i}
              type="button"
              data-testid="choice"
              data-state={state || undefined}
              className={state === 'correct' ? 'primary' : undefined}
              // Shown by a mark as well as by colour, so the result does not depend on seeing colour.
              style={{ textAlign: 'start', ...(state === 'wrong' ? { borderColor: 'var(--bad)', borderWidth: 2 } : {}) }}
              disabled={chosen !== null}
              aria-pressed={chosen === i}
              onClick={async () => {
                setChosen(i);
                try {
                  setResult(await onAnswer(i));
                } catch (e) {
                  setError((e as Error).message);
                  setChosen(null);
                }
              }}
            >
              {state === 'correct' ? '✓ ' : state === 'wrong' ? '✗ ' : ''}
              {msg(q.choiceMsgs?.[i], c)}
            </button>
          );
        })}
      </div>
      {error && (
        <p className="banner bad" role="alert">
          {t('common.error', { message: error })}
        </p>
      )}
      {result && (
        <div className="stack" data-testid="feedback" role="status">
          <p>
            <strong>{result.correct ? t('practice.correct') : t('practice.wrong', { answer: msg(q.choiceMsgs?.[result.answer], q.choices[result.answer]) })}</strong>
          </p>
          <p lang="en">{result.explanation}</p>
          <Sources sources={result.sources} />
          <p className="small" data-testid="question-next-due">
            {t('practice.nextReview', { date: fmt.format(new Date(result.nextDue)) })}
          </p>
          <button type="button" className="primary" data-testid="next-question" onClick={onNext}>
            {t('practice.next')}
          </button>
        </div>
      )}
    </section>
  );
}

function ProgressView({ progress }: { progress: Progress }) {
  const { t, i18n } = useTranslation();
  const fmt = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const pct = new Intl.NumberFormat(i18n.language, { style: 'percent' });
  return (
    <section aria-labelledby="practice-progress-h" data-testid="progress">
      <h3 id="practice-progress-h">{t('practice.progressTitle')}</h3>
      <dl className="data">
        <dt>{t('practice.due')}</dt>
        <dd data-testid="due-count">{progress.due}</dd>
        <dt>{t('practice.retention')}</dt>
        <dd>{progress.retention === null ? t('practice.none') : pct.format(progress.retention)}</dd>
        <dt>{t('practice.streak')}</dt>
        <dd>{t('practice.streakDays', { count: progress.streak })}</dd>
        <dt>{t('practice.nextDue')}</dt>
        <dd data-testid="next-due">{progress.nextDue === null ? t('practice.none') : fmt.format(new Date(progress.nextDue))}</dd>
      </dl>
      {progress.coverage.length > 0 && (
        <table className="small">
          <caption>{t('practice.coverage')}</caption>
          <tbody>
            {progress.coverage.map((c) => (
              <tr key={c.country} data-testid="coverage-row">
                <th scope="row">
                  {flag(c.country)} {countryName(c.country, i18n.language)}
                </th>
                <td>
                  <progress max={c.total || 1} value={c.seen} aria-label={countryName(c.country, i18n.language)} />
                </td>
                <td>{t('practice.coverageRow', { seen: c.seen, total: c.total, known: c.known })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <MasteryChart coverage={progress.coverage} />
    </section>
  );
}

/** After a session: how many of the user's recent drafts raised the same points (counts only). */
function SessionReview({ points }: { points: DraftPoint[] }) {
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby="practice-review-h" data-testid="session-review" className="card">
      <h3 id="practice-review-h">{t('pq.review.title')}</h3>
      {points.length === 0 ? (
        <p className="small muted">{t('pq.review.none')}</p>
      ) : (
        <>
          <p className="small muted">{t('pq.review.intro')}</p>
          <ul>
            {points.map((p) => (
              <li key={`${p.country}:${p.category}`} data-testid="review-row">
                {flag(p.country)} {countryName(p.country, i18n.language)} · {t('pq.review.row', { category: t(`suggestions.category.${p.category}`, { defaultValue: p.category }), count: p.drafts })}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function FocusEditor({ focus, countries, onEdit }: { focus: FocusRow[]; countries: CountryEntry[]; onEdit: (edit: { country: string; pinned?: boolean; hidden?: boolean; remove?: boolean }) => void }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [add, setAdd] = useState('');
  const listed = new Set(focus.map((f) => f.country));
  return (
    <section aria-labelledby={`${id}-h`} data-testid="focus">
      <h3 id={`${id}-h`}>{t('practice.focusTitle')}</h3>
      <p className="small muted">{t('practice.focusHint')}</p>
      <ul className="stack">
        {focus.map((f) => (
          <li key={f.country} className="row" data-testid="focus-row" data-country={f.country}>
            <span>
              {flag(f.country)} {countryName(f.country, i18n.language)}
            </span>
            <span className="small muted">
              {t('practice.count', { count: f.count })}
              {f.pinned ? ` · ${t('practice.pinned')}` : ''}
              {f.hidden ? ` · ${t('practice.hidden')}` : ''}
            </span>
            <button type="button" onClick={() => onEdit({ country: f.country, pinned: !f.pinned })}>
              {f.pinned ? t('practice.unpin') : t('practice.pin')}
            </button>
            <button type="button" onClick={() => onEdit({ country: f.country, hidden: !f.hidden })}>
              {f.hidden ? t('practice.show') : t('practice.hide')}
            </button>
            <button type="button" onClick={() => onEdit({ country: f.country, remove: true })}>
              {t('practice.remove')}
            </button>
          </li>
        ))}
      </ul>
      <form
        className="row"
        onSubmit={(e) => {
          e.preventDefault();
          if (add) onEdit({ country: add, pinned: true, hidden: false });
          setAdd('');
        }}
      >
        <label htmlFor={`${id}-add`}>{t('practice.addLabel')}</label>
        <select id={`${id}-add`} value={add} onChange={(e) => setAdd(e.target.value)} data-testid="focus-add-country">
          <option value="">—</option>
          {countries
            .filter((c) => !listed.has(c.country))
            .map((c) => (
              <option key={c.country} value={c.country}>
                {flag(c.country)} {countryName(c.country, i18n.language) || c.name}
              </option>
            ))}
        </select>
        <button type="submit" data-testid="focus-add" disabled={!add}>
          {t('practice.add')}
        </button>
      </form>
    </section>
  );
}

/** The optional daily-card notification: off by default, at a time the user picks. */
function NotificationSetting() {
  const { t } = useTranslation();
  const platform = usePlatform();
  const id = useId();
  const [settings, setSettings] = useState<{ dailyCard: boolean; dailyCardTime: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    platform.api.getSettings().then(
      (s) => live && setSettings({ dailyCard: s.dailyCard, dailyCardTime: s.dailyCardTime }),
      (e: Error) => live && setError(e.message),
    );
    return () => {
      live = false;
    };
  }, [platform]);
  const save = async (patch: Partial<{ dailyCard: boolean; dailyCardTime: string }>) => {
    try {
      const s = await platform.api.setSettings(patch);
      setSettings({ dailyCard: s.dailyCard, dailyCardTime: s.dailyCardTime });
    } catch (e) {
      setError((e as Error).message);
    }
  };
  if (!settings) return error ? <p className="banner bad">{t('common.error', { message: error })}</p> : null;
  return (
    <div className="row small" data-testid="daily-notification">
      <input
        id={`${id}-on`}
        type="checkbox"
        checked={settings.dailyCard}
        onChange={(e) => {
          const on = e.target.checked;
          // Notifications are an optional permission: ask for it on this click, not at install.
          const granted = on && platform.requestNotifications ? platform.requestNotifications() : Promise.resolve(true);
          void granted.then(
            (ok) => (ok ? save({ dailyCard: on }) : setError(t('practice.notifyDenied'))),
            (err: Error) => setError(err.message),
          );
        }}
      />
      <label htmlFor={`${id}-on`}>{t('practice.notify')}</label>
      <label htmlFor={`${id}-time`} className="sr-only">
        {t('practice.notifyTime')}
      </label>
      <input
        id={`${id}-time`}
        type="time"
        value={settings.dailyCardTime}
        disabled={!settings.dailyCard}
        onChange={(e) => /^\d\d:\d\d$/.test(e.target.value) && void save({ dailyCardTime: e.target.value })}
      />
      {error && <span className="banner bad">{t('common.error', { message: error })}</span>}
    </div>
  );
}
