/**
 * Spaced repetition with FSRS (ts-fsrs). A question's review state is a plain JSON object —
 * numbers and millisecond timestamps only — so it survives IndexedDB, the user-data export and
 * an import without Date revival, and a malformed imported row is rejected by `parseCardState`
 * instead of crashing the scheduler.
 *
 * Grading: practice questions are multiple choice, so there is no self-rating; a right answer is
 * FSRS `Good`, a wrong one `Again`. Short-term (minute) learning steps are off: practice is a daily
 * habit, and a missed question comes back the next day rather than five minutes later.
 */
import { createEmptyCard, fsrs, Rating, State, type Card } from 'ts-fsrs';
import { z } from 'zod';

/** How many past answers are kept per question (enough for 30-day retention and streaks). */
export const HISTORY_LIMIT = 60;

const FsrsCard = z.object({
  due: z.number().finite(),
  stability: z.number().finite().min(0),
  difficulty: z.number().finite().min(0),
  elapsed_days: z.number().finite().min(0),
  scheduled_days: z.number().finite().min(0),
  learning_steps: z.number().int().min(0),
  reps: z.number().int().min(0),
  lapses: z.number().int().min(0),
  state: z.number().int().min(0).max(3),
  last_review: z.number().finite().nullable(),
});

/** The stored review state of one question (the `card` column of the `learning` table). */
export const CardState = z.object({
  /** The country the question is about, so progress can be grouped without regenerating it. */
  country: z.string().regex(/^[A-Z]{2}$/),
  kind: z.string().max(40),
  fsrs: FsrsCard,
  /** Past answers, oldest first, at most HISTORY_LIMIT. */
  history: z.array(z.object({ at: z.number().finite(), correct: z.boolean() })).max(HISTORY_LIMIT * 2),
});
export type CardState = z.infer<typeof CardState>;

/** Validate a stored card; null when it is not a card this version understands. */
export function parseCardState(raw: unknown): CardState | null {
  const r = CardState.safeParse(raw);
  return r.success ? r.data : null;
}

const scheduler = fsrs({ enable_fuzz: false, enable_short_term: false });

function toFsrs(s: CardState['fsrs']): Card {
  return {
    due: new Date(s.due),
    stability: s.stability,
    difficulty: s.difficulty,
    elapsed_days: s.elapsed_days,
    scheduled_days: s.scheduled_days,
    learning_steps: s.learning_steps,
    reps: s.reps,
    lapses: s.lapses,
    state: s.state as State,
    ...(s.last_review !== null ? { last_review: new Date(s.last_review) } : {}),
  };
}

function fromFsrs(c: Card): CardState['fsrs'] {
  return {
    due: c.due.getTime(),
    stability: c.stability,
    difficulty: c.difficulty,
    elapsed_days: c.elapsed_days,
    scheduled_days: c.scheduled_days,
    learning_steps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state,
    last_review: c.last_review ? c.last_review.getTime() : null,
  };
}

/** A question never answered: due now, no history. */
export function newCardState(country: string, kind: string, now: Date): CardState {
  return { country, kind, fsrs: fromFsrs(createEmptyCard(now)), history: [] };
}

/** Record one answer and schedule the next review. Pure: returns a new state. */
export function review(state: CardState, correct: boolean, now: Date): CardState {
  const next = scheduler.next(toFsrs(state.fsrs), now, correct ? Rating.Good : Rating.Again);
  const history = [...state.history, { at: now.getTime(), correct }].slice(-HISTORY_LIMIT);
  return { ...state, fsrs: fromFsrs(next.card), history };
}

/** Whether the question is due for review at `now` (never-answered cards are not "due": they are new). */
export function isDue(state: CardState, now: Date): boolean {
  return state.history.length > 0 && state.fsrs.due <= now.getTime();
}

/** FSRS's estimate (0–1) that the answer is still remembered at `now`; null before the first review. */
export function retrievability(state: CardState, now: Date): number | null {
  if (state.fsrs.state === State.New || state.fsrs.last_review === null) return null;
  return scheduler.get_retrievability(toFsrs(state.fsrs), now, false);
}
