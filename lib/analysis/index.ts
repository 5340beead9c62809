/**
 * Draft analysis: formality, politeness, directness and warmth scores, and culture-relative
 * suggestions against the recipient's communication target. Pure and synchronous: the
 * background and the CLI call the same functions.
 */
import type { CommunicationTarget, Scores, Suggestion } from '../protocol';
import { breakdown, scoreDetailed, type SentenceBreakdown, type SentenceScore } from './score';
import { suggest } from './suggestions';

export { scoreText, normLang, breakdown, type SentenceBreakdown, type SentenceScore, type TextScore } from './score';
export { applyReplacement } from './apply';
export { guessLang, REGISTER_LANGS } from './languages';
export { parseName, type ParsedName } from './names';

/** Drafts longer than this are analysed only up to here (the rest is reported, not read). */
export const DEFAULT_MAX_CHARS = 20_000;

export interface AnalyzeInput {
  draft: string;
  /** BCP 47 language of the draft; guessed cheaply when absent. */
  lang?: string;
  target: CommunicationTarget | null;
  recipient?: { name?: string; email?: string; country?: string };
  /** The instant "now", for deadlines and the recipient's local time. Default: the clock. */
  now?: Date;
  maxChars?: number;
}

export interface DraftAnalysis {
  lang: string;
  scores: Scores;
  sentences: SentenceScore[];
  /**
   * Added in #14: which sentences set the draft's formality, one entry per entry of `sentences`
   * (same order and spans): the language each was scored in, its role (body, greeting, sign-off,
   * signature, quote), its share of the weight and its pull on the draft's formality.
   */
  sentenceBreakdown: SentenceBreakdown[];
  suggestions: Suggestion[];
  analysedChars: number;
  totalChars: number;
}

/**
 * Cut a long draft at `max` characters, backing up to the last line break or space (within 200
 * characters) so no word or surrogate pair is split.
 */
function boundedPrefix(draft: string, max: number): string {
  if (draft.length <= max) return draft;
  let cut = max;
  const floor = Math.max(0, max - 200);
  for (let i = max; i > floor; i--) {
    if (draft[i] === '\n' || draft[i] === ' ') {
      cut = i;
      break;
    }
  }
  const c = draft.charCodeAt(cut - 1);
  if (c >= 0xd800 && c <= 0xdbff) cut--;
  return draft.slice(0, cut);
}

/**
 * Analyse a draft for a recipient. Suggestion spans are offsets into `input.draft`; ids are
 * stable for the same issue in the same draft (category plus the normalised matched text), so a
 * dismissal can be remembered per contact.
 */
export function analyzeDraft(input: AnalyzeInput): DraftAnalysis {
  const draft = typeof input.draft === 'string' ? input.draft : '';
  const max = input.maxChars && input.maxChars > 0 ? input.maxChars : DEFAULT_MAX_CHARS;
  const text = boundedPrefix(draft, max);
  const detail = scoreDetailed(text, input.lang);
  // An empty draft has nothing to advise on yet (not even a send time).
  const suggestions = !text.trim() ? [] : suggest(
    {
      text,
      lang: detail.lang,
      sentences: detail.sentences,
      target: input.target,
      recipient: input.recipient,
      now: input.now ?? new Date(),
    },
    detail.scores.formality,
  );
  return {
    lang: detail.lang,
    scores: detail.scores,
    sentences: detail.sentences.map((s) => ({ start: s.start, end: s.end, scores: s.scores })),
    sentenceBreakdown: breakdown(detail.sentences),
    suggestions,
    analysedChars: text.length,
    totalChars: draft.length,
  };
}
