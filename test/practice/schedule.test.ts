/** FSRS scheduling, progress figures and session picking. */
import { describe, expect, it } from 'vitest';
import { State } from 'ts-fsrs';
import { HISTORY_LIMIT, isDue, newCardState, parseCardState, retrievability, review, type CardState } from '../../lib/practice/schedule';
import { computeProgress, dayKey } from '../../lib/practice/progress';
import { pickSession } from '../../lib/practice/session';
import type { Question } from '../../lib/practice/questions';

const DAY = 86_400_000;
const T0 = new Date(2026, 2, 2, 10, 0, 0); // a Monday, local time

describe('FSRS wrapper', () => {
  it('a right answer schedules the question days ahead; a wrong one sooner, with a lapse later on', () => {
    const fresh = newCardState('JP', 'greeting', T0);
    expect(fresh.fsrs.state).toBe(State.New);
    expect(isDue(fresh, T0)).toBe(false); // new, not due
    const right = review(fresh, true, T0);
    const wrong = review(fresh, false, T0);
    expect(right.fsrs.due).toBeGreaterThan(T0.getTime() + DAY / 2);
    expect(wrong.fsrs.due).toBeLessThan(right.fsrs.due);
    expect(right.history).toEqual([{ at: T0.getTime(), correct: true }]);

    // Reviewed on time and right again: the interval grows.
    const t1 = new Date(right.fsrs.due);
    const right2 = review(right, true, t1);
    expect(right2.fsrs.due - t1.getTime()).toBeGreaterThan(right.fsrs.due - T0.getTime());
    // Forgotten after being learnt: a lapse, and a short interval.
    const t2 = new Date(right2.fsrs.due);
    const lapsed = review(right2, false, t2);
    expect(lapsed.fsrs.lapses).toBe(right2.fsrs.lapses + 1);
    expect(lapsed.fsrs.due - t2.getTime()).toBeLessThan(right2.fsrs.due - t1.getTime());
  });

  it('is due exactly from its due time, and retrievability falls with time', () => {
    const s = review(newCardState('JP', 'time', T0), true, T0);
    expect(isDue(s, new Date(s.fsrs.due - 1))).toBe(false);
    expect(isDue(s, new Date(s.fsrs.due))).toBe(true);
    const r1 = retrievability(s, new Date(T0.getTime() + DAY))!;
    const r2 = retrievability(s, new Date(T0.getTime() + 30 * DAY))!;
    expect(r1).toBeGreaterThan(r2);
    expect(retrievability(newCardState('JP', 'time', T0), T0)).toBeNull();
  });

  it('stores plain JSON that survives a round trip, and rejects malformed states', () => {
    const s = review(review(newCardState('SA', 'weekend', T0), true, T0), false, new Date(T0.getTime() + 3 * DAY));
    const back = parseCardState(JSON.parse(JSON.stringify(s)));
    expect(back).toEqual(s);
    // The revived state schedules exactly as the original.
    const t = new Date(T0.getTime() + 5 * DAY);
    expect(review(back!, true, t)).toEqual(review(s, true, t));
    expect(parseCardState(null)).toBeNull();
    expect(parseCardState({ ...s, country: 'saudi' })).toBeNull();
    expect(parseCardState({ ...s, fsrs: { ...s.fsrs, due: 'tomorrow' } })).toBeNull();
  });

  it('keeps a bounded history', () => {
    let s = newCardState('DE', 'trust', T0);
    for (let i = 0; i < HISTORY_LIMIT + 15; i++) s = review(s, i % 3 !== 0, new Date(T0.getTime() + i * DAY));
    expect(s.history.length).toBe(HISTORY_LIMIT);
    expect(s.history[s.history.length - 1].at).toBe(T0.getTime() + (HISTORY_LIMIT + 14) * DAY);
  });
});

function stateWith(country: string, answers: { daysAgo: number; correct: boolean }[], now: Date): CardState {
  let s = newCardState(country, 'x', now);
  for (const a of [...answers].sort((x, y) => y.daysAgo - x.daysAgo)) s = review(s, a.correct, new Date(now.getTime() - a.daysAgo * DAY));
  return s;
}

describe('progress', () => {
  it('counts due cards, retention over 30 days, the streak and coverage per focus country', () => {
    const now = T0;
    const states = new Map<string, CardState>([
      ['JP:a', stateWith('JP', [{ daysAgo: 0, correct: true }], now)],
      ['JP:b', stateWith('JP', [{ daysAgo: 1, correct: false }], now)],
      ['JP:c', stateWith('JP', [{ daysAgo: 2, correct: true }, { daysAgo: 40, correct: false }], now)],
      ['DE:a', stateWith('DE', [{ daysAgo: 5, correct: true }], now)],
      ['FR:a', stateWith('FR', [{ daysAgo: 3, correct: true }], now)], // not a focus country
    ]);
    const p = computeProgress(states, new Map([['JP', 10], ['DE', 4]]), now);
    // 6 answers in all, 5 within 30 days, 4 of them right.
    expect(p.answers30d).toBe(5);
    expect(p.retention).toBeCloseTo(4 / 5);
    // Today, yesterday and the day before have answers; 3 days ago (FR) too; 4 days ago none.
    expect(p.streak).toBe(4);
    expect(p.practisedToday).toBe(true);
    const jp = p.coverage.find((c) => c.country === 'JP')!;
    expect(jp).toMatchObject({ total: 10, seen: 3, known: 2 });
    expect(p.coverage.map((c) => c.country)).toEqual(['JP', 'DE']);
    expect(p.fresh).toBe(10 - 3 + 4 - 1);
    const dueNow = [...states.values()].filter((s) => s.fsrs.due <= now.getTime()).length;
    expect(p.due).toBe(dueNow);
    expect(p.nextDue).toBe(Math.min(...[...states.values()].map((s) => s.fsrs.due)));
  });

  it('counts as due only the questions practice can ask now', () => {
    const states = new Map<string, CardState>([
      ['JP:holiday:2025-01-01', stateWith('JP', [{ daysAgo: 300, correct: true }], T0)],
      ['JP:trust', stateWith('JP', [{ daysAgo: 60, correct: true }], T0)],
    ]);
    expect(computeProgress(states, new Map([['JP', 30]]), T0).due).toBe(2);
    const p = computeProgress(states, new Map([['JP', 30]]), T0, new Set(['JP:trust']));
    expect(p.due).toBe(1);
    expect(p.nextDue).toBe(states.get('JP:trust')!.fsrs.due);
    expect(p.answers30d).toBe(0);
  });

  it('keeps a streak that ended yesterday, and breaks it after a missed day', () => {
    const yesterday = new Map([['JP:a', stateWith('JP', [{ daysAgo: 1, correct: true }, { daysAgo: 2, correct: true }], T0)]]);
    expect(computeProgress(yesterday, new Map(), T0)).toMatchObject({ streak: 2, practisedToday: false });
    const gap = new Map([['JP:a', stateWith('JP', [{ daysAgo: 2, correct: true }], T0)]]);
    expect(computeProgress(gap, new Map(), T0).streak).toBe(0);
    expect(computeProgress(new Map(), new Map([['JP', 5]]), T0)).toMatchObject({ retention: null, streak: 0, nextDue: null, due: 0, fresh: 5 });
  });

  it('day keys follow the local calendar', () => {
    expect(dayKey(new Date(2026, 0, 31, 23, 59))).toBe('2026-01-31');
    expect(dayKey(new Date(2026, 1, 1, 0, 1).getTime())).toBe('2026-02-01');
  });
});

function q(country: string, n: number): Question {
  return { id: `${country}:k:${n}`, country, kind: 'trust', prompt: '', promptMsg: { k: 'prompt.trust' }, choices: [], answer: 0, explanation: '', sources: [] };
}

describe('session', () => {
  const jp = Array.from({ length: 8 }, (_, i) => q('JP', i));
  const de = Array.from({ length: 8 }, (_, i) => q('DE', i));
  const by = [
    { country: 'JP', questions: jp },
    { country: 'DE', questions: de },
  ];

  it('introduces new questions in turn from each focus country, up to the daily allowance', () => {
    const s = pickSession(by, new Map(), T0, { size: 10, newPerDay: 5 });
    expect(s.length).toBe(5);
    expect(s.map((x) => x.country)).toEqual(['JP', 'DE', 'JP', 'DE', 'JP']);
    // Fixed for the day, different on another day.
    expect(pickSession(by, new Map(), T0, { size: 10, newPerDay: 5 })).toEqual(s);
    const days = new Set(Array.from({ length: 7 }, (_, d) => pickSession(by, new Map(), new Date(T0.getTime() + d * DAY)).map((x) => x.id).join()));
    expect(days.size).toBeGreaterThan(1);
  });

  it('puts due reviews first, most overdue first, and counts today’s new questions against the allowance', () => {
    const states = new Map<string, CardState>([
      [jp[0].id, stateWith('JP', [{ daysAgo: 10, correct: true }], T0)],
      [de[3].id, stateWith('DE', [{ daysAgo: 20, correct: true }], T0)],
      [jp[1].id, stateWith('JP', [{ daysAgo: 0, correct: true }], T0)], // introduced today, not due
    ]);
    const s = pickSession(by, states, T0, { size: 10, newPerDay: 3 });
    const due = [...states.entries()].filter(([, st]) => isDue(st, T0)).sort((a, b) => a[1].fsrs.due - b[1].fsrs.due);
    expect(due.length).toBe(2);
    expect(s.slice(0, 2).map((x) => x.id)).toEqual(due.map(([id]) => id));
    expect(s.length).toBe(2 + 2); // 3 new a day, one already introduced today
    expect(s.some((x) => x.id === jp[1].id)).toBe(false);
  });

  it('never exceeds the session size', () => {
    expect(pickSession(by, new Map(), T0, { size: 3, newPerDay: 50 }).length).toBe(3);
  });
});
