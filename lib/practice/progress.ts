/**
 * Progress figures from stored review states: cards due, retention, streak and coverage per
 * focus country. Pure functions over plain data; days are calendar days in the runtime's own time
 * zone (the background runs in the user's), so "today" means the user's today.
 */
import type { CardState } from './schedule';
import { isDue, retrievability } from './schedule';

/** `YYYY-MM-DD` of an instant in the runtime's local time zone. */
export function dayKey(t: number | Date): string {
  const d = typeof t === 'number' ? new Date(t) : t;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

function previousDay(key: string): string {
  const [y, m, d] = key.split('-').map(Number);
  return dayKey(new Date(y, m - 1, d - 1, 12));
}

/** Coverage of one focus country. */
export interface CountryCoverage {
  country: string;
  /** Questions the knowledge base can generate for it. */
  total: number;
  /** Questions answered at least once. */
  seen: number;
  /** Questions whose latest answer was right. */
  known: number;
  /** Reviewed questions due now. */
  due: number;
  /** Mastery: FSRS retrievability now, averaged over the country's answered questions; null before any. */
  mastery: number | null;
}

export interface Progress {
  /** Reviewed questions due now (new questions are not counted as due). */
  due: number;
  /** Questions never answered, over the focus countries. */
  fresh: number;
  /** Share of right answers over the last 30 days, or null with no answers in that window. */
  retention: number | null;
  /** Answers in the last 30 days. */
  answers30d: number;
  /** Consecutive days with at least one answer, ending today (or yesterday, if not yet today). */
  streak: number;
  /** Whether there is an answer today. */
  practisedToday: boolean;
  /** Earliest next review among answered questions (ms), or null before the first answer. */
  nextDue: number | null;
  coverage: CountryCoverage[];
}

const DAY = 86_400_000;

/**
 * Compute progress. `states` maps question id → review state (every stored state, whichever
 * country); `totals` maps each focus country → how many questions it has, in display order.
 */
export function computeProgress(
  states: ReadonlyMap<string, CardState>,
  totals: ReadonlyMap<string, number>,
  now: Date,
  /**
   * The questions practice can ask now (focus countries, this year's holidays). When given, only
   * these count as due and for the next due date: a hidden country's cards or last year's holiday
   * cards are never asked, so they must not show as waiting. History counts in full either way.
   */
  current?: ReadonlySet<string>,
): Progress {
  const t = now.getTime();
  let due = 0;
  let right = 0;
  let answers = 0;
  let nextDue: number | null = null;
  const days = new Set<string>();
  const retrievable = new Map<string, { sum: number; n: number }>();
  const cov = new Map<string, CountryCoverage>([...totals.entries()].map(([country, total]) => [country, { country, total, seen: 0, known: 0, due: 0, mastery: null as number | null }]));
  for (const [id, s] of states) {
    for (const h of s.history) {
      days.add(dayKey(h.at));
      if (h.at > t - 30 * DAY && h.at <= t) {
        answers++;
        if (h.correct) right++;
      }
    }
    if (s.history.length === 0) continue;
    const askable = !current || current.has(id);
    const d = askable && isDue(s, now);
    if (d) due++;
    if (askable && (nextDue === null || s.fsrs.due < nextDue)) nextDue = s.fsrs.due;
    const c = cov.get(s.country);
    if (c) {
      const r = askable ? retrievability(s, now) : null;
      if (r !== null) {
        const n = (retrievable.get(s.country) ?? { sum: 0, n: 0 });
        retrievable.set(s.country, { sum: n.sum + r, n: n.n + 1 });
      }
      c.seen++;
      if (s.history[s.history.length - 1].correct) c.known++;
      if (d) c.due++;
    }
  }
  // A stored state can outlive its question (the data changed); never report more seen than exist.
  for (const c of cov.values()) {
    const r = retrievable.get(c.country);
    c.mastery = r && r.n ? r.sum / r.n : null;
    c.seen = Math.min(c.seen, c.total);
    c.known = Math.min(c.known, c.seen);
  }
  const today = dayKey(now);
  let streak = 0;
  let day = days.has(today) ? today : previousDay(today);
  while (days.has(day)) {
    streak++;
    day = previousDay(day);
  }
  const coverage = [...cov.values()];
  return {
    due,
    fresh: coverage.reduce((n, c) => n + (c.total - c.seen), 0),
    retention: answers ? right / answers : null,
    answers30d: answers,
    streak,
    practisedToday: days.has(today),
    nextDue,
    coverage,
  };
}
