/**
 * Cultural-intelligence practice (issue #8): focus list, daily card, scenario questions from the
 * knowledge base, FSRS spaced repetition and progress. Background-only: it pulls in the profile
 * data and the holiday rules.
 */
export { factsFor, practiceCountries, DATA_VERSION, type PracticeFacts } from './facts';
export { generateQuestions, questionById, greetingFeatures, parseBandKey, weekendKey, QUESTION_KINDS, type Question, type QuestionKind, type Choice, type QuestionContext } from './questions';
export { newCardState, review, isDue, retrievability, parseCardState, CardState } from './schedule';
export { computeProgress, dayKey, type Progress, type CountryCoverage } from './progress';
export { pickDailyCard, tipsFor, upcomingHoliday, type DailyCard, type TipKind } from './daily';
export { pickSession, DEFAULT_SESSION, type SessionOptions } from './session';
export { recordSeen, listFocus, focusCountries, setFocus, loadStates, loadState, saveState, FOCUS_LIMIT } from '../db/practice';
export { handlePractice, practiceToday, practiceAnswer, practiceProgress, type PracticeRequest, type PracticeToday, type AnswerResult, type QuestionView } from './service';
export { nextDailyAlarm, notificationOf, dailyNotification, DAILY_CARD_ALARM } from './notify';
