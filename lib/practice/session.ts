/**
 * Today's practice session: which questions to ask, in which order. Reviews that are due come
 * first (most overdue first), then a few new questions, taken in turn from each focus country so
 * one country does not crowd out the others. The order of new questions is fixed per day.
 */
import { dayKey } from './progress';
import { questionRank, type Question } from './questions';
import { isDue, type CardState } from './schedule';

export interface SessionOptions {
  /** At most this many questions per session. */
  size: number;
  /** At most this many never-seen questions introduced per day. */
  newPerDay: number;
}

export const DEFAULT_SESSION: SessionOptions = { size: 10, newPerDay: 5 };

/**
 * Pick the session. `byCountry` lists each focus country's questions (in focus order); `states`
 * holds the review states known so far.
 */
export function pickSession(
  byCountry: ReadonlyArray<{ country: string; questions: Question[] }>,
  states: ReadonlyMap<string, CardState>,
  now: Date,
  opts: SessionOptions = DEFAULT_SESSION,
): Question[] {
  const today = dayKey(now);
  const due: { q: Question; at: number }[] = [];
  const fresh: Question[][] = [];
  for (const { questions } of byCountry) {
    const mine: Question[] = [];
    for (const q of questions) {
      const s = states.get(q.id);
      if (s && s.history.length > 0) {
        if (isDue(s, now)) due.push({ q, at: s.fsrs.due });
      } else mine.push(q);
    }
    fresh.push(mine.sort((a, b) => questionRank(a.id, today) - questionRank(b.id, today)));
  }
  due.sort((a, b) => a.at - b.at || a.q.id.localeCompare(b.q.id));
  const out = due.slice(0, opts.size).map((d) => d.q);

  // New questions already introduced today count against today's allowance.
  let introducedToday = 0;
  for (const s of states.values()) if (s.history.length > 0 && dayKey(s.history[0].at) === today) introducedToday++;
  let allowance = Math.min(opts.newPerDay - introducedToday, opts.size - out.length);
  for (let round = 0; allowance > 0; round++) {
    let any = false;
    for (const list of fresh) {
      if (allowance <= 0) break;
      if (round < list.length) {
        out.push(list[round]);
        allowance--;
        any = true;
      }
    }
    if (!any) break;
  }
  return out;
}
