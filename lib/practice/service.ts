/**
 * The background's practice requests (`practiceToday`, `practiceAnswer`, `practiceProgress`,
 * `setFocus`; schemas in lib/protocol.ts). The UI never sees a keyed answer before it answers:
 * a session carries prompts and option texts only, and the answer is checked here.
 */
import type { FocusRow, GlocalDb } from '../db/schema';
import { Requests, type RequestInput, type RequestOutput } from '../protocol';
import { pickDailyCard, type DailyCard } from './daily';
import { getEffectiveProfile, getSettings } from '../db/repo';
import { factsFor, factsFromProfile, type PracticeFacts } from './facts';
import { computeProgress, dayKey, type Progress } from './progress';
import { generateQuestions, questionById, type Question, type QuestionKind } from './questions';
import { newCardState, review } from './schedule';
import { DEFAULT_SESSION, pickSession } from './session';
import { focusCountries, listFocus, loadState, loadStates, saveState, setFocus } from '../db/practice';

/** A question as the UI gets it: no keyed answer. */
export interface QuestionView {
  id: string;
  country: string;
  countryName: string;
  kind: QuestionKind;
  prompt: string;
  choices: string[];
  /** True when never answered before. */
  isNew: boolean;
}

export interface PracticeToday {
  date: string;
  home: string | null;
  card: DailyCard | null;
  session: QuestionView[];
  progress: Progress;
  focus: FocusRow[];
}

export interface AnswerResult {
  correct: boolean;
  /** Index of the right option. */
  answer: number;
  explanation: string;
  sources: string[];
  /** When this question comes back (ms). */
  nextDue: number;
  progress: Progress;
}

export type PracticeRequest = 'practiceToday' | 'practiceAnswer' | 'practiceProgress' | 'setFocus';

async function homeCountry(db: GlocalDb): Promise<string | null> {
  return (await getSettings(db)).homeCountry;
}

function view(q: Question, isNew: boolean): QuestionView {
  return { id: q.id, country: q.country, countryName: factsFor(q.country)?.name ?? q.country, kind: q.kind, prompt: q.prompt, choices: q.choices.map((c) => c.text), isNew };
}

/**
 * Facts from the user's effective profiles (their edits over the shipped data) for the given
 * countries; any other country resolves to its shipped profile.
 */
async function effectiveFacts(db: GlocalDb, codes: readonly (string | null)[]): Promise<(cc: string) => PracticeFacts | null> {
  const wanted = [...new Set(codes.filter((c): c is string => !!c))];
  const profiles = await Promise.all(wanted.map((cc) => getEffectiveProfile(db, cc)));
  const map = new Map(wanted.map((cc, i) => [cc, profiles[i] ? factsFromProfile(profiles[i]!) : null]));
  return (cc) => (map.has(cc) ? map.get(cc)! : factsFor(cc));
}

async function questionsByCountry(db: GlocalDb, now: Date) {
  const [focus, home] = await Promise.all([focusCountries(db), homeCountry(db)]);
  const year = now.getFullYear();
  const facts = await effectiveFacts(db, [...focus, home]);
  return { focus, home, facts, byCountry: focus.map((country) => ({ country, questions: generateQuestions(country, { home, year, facts }) })) };
}

type ByCountry = { country: string; questions: Question[] }[];
const totalsOf = (b: ByCountry) => new Map(b.map((c) => [c.country, c.questions.length]));
const idsOf = (b: ByCountry) => new Set(b.flatMap((c) => c.questions.map((q) => q.id)));

/** Progress over the focus countries at `now`. */
export async function practiceProgress(db: GlocalDb, now: Date): Promise<Progress> {
  const { byCountry } = await questionsByCountry(db, now);
  const states = await loadStates(db);
  return computeProgress(states, totalsOf(byCountry), now, idsOf(byCountry));
}

/** Today's card, session and progress. `more` lifts the daily limit on new questions. */
export async function practiceToday(db: GlocalDb, now: Date, more = false): Promise<PracticeToday> {
  const { focus, home, facts, byCountry } = await questionsByCountry(db, now);
  const states = await loadStates(db);
  const opts = more ? { ...DEFAULT_SESSION, newPerDay: Number.POSITIVE_INFINITY } : DEFAULT_SESSION;
  const session = pickSession(byCountry, states, now, opts).map((q) => view(q, !(states.get(q.id)?.history.length ?? 0)));
  const date = dayKey(now);
  return {
    date,
    home,
    card: pickDailyCard(focus, date, now, home, facts),
    session,
    progress: computeProgress(states, totalsOf(byCountry), now, idsOf(byCountry)),
    focus: await listFocus(db),
  };
}

/** Check an answer, schedule the question's next review and return the explanation. */
export async function practiceAnswer(db: GlocalDb, questionId: string, choice: number, now: Date): Promise<AnswerResult> {
  const cc = questionId.slice(0, 2);
  const contrastHome = /^[A-Z]{2}:contrast:[a-z]+:([A-Z]{2})$/.exec(questionId)?.[1] ?? null;
  const q = questionById(questionId, now.getFullYear(), await effectiveFacts(db, [cc, contrastHome]));
  if (!q) throw new Error('This question is no longer in the knowledge base.');
  if (!Number.isInteger(choice) || choice < 0 || choice >= q.choices.length) throw new Error('No such option.');
  const correct = choice === q.answer;
  const before = (await loadState(db, q.id)) ?? newCardState(q.country, q.kind, now);
  const after = review(before, correct, now);
  await saveState(db, q.id, after, now);
  return { correct, answer: q.answer, explanation: q.explanation, sources: q.sources, nextDue: after.fsrs.due, progress: await practiceProgress(db, now) };
}

/** The practice requests' handlers, typed from `Requests` in lib/protocol.ts: a wrong answer shape fails `tsc`. */
export const practiceHandlers: { [T in PracticeRequest]: (db: GlocalDb, input: RequestInput<T>, now: Date) => Promise<RequestOutput<T>> } = {
  practiceToday: (db, { more }, now) => practiceToday(db, now, more === true),
  practiceAnswer: (db, { questionId, choice }, now) => practiceAnswer(db, questionId, choice, now),
  practiceProgress: (db, _input, now) => practiceProgress(db, now),
  setFocus: (db, edit) => setFocus(db, edit),
};

/** Run one practice request from an unparsed payload: it is parsed with the protocol's schema first. */
export async function handlePractice<T extends PracticeRequest>(db: GlocalDb, type: T, payload: unknown, now: Date): Promise<RequestOutput<T>> {
  const input = Requests[type].schema.parse({ ...(payload && typeof payload === 'object' ? payload : {}), type }) as RequestInput<T>;
  const run = practiceHandlers[type] as unknown as (db: GlocalDb, input: RequestInput<T>, now: Date) => Promise<RequestOutput<T>>;
  return run(db, input, now);
}
