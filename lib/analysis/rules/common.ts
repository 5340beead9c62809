/**
 * What every suggestion rule shares: its input, the draft suggestion it emits, and the cultural
 * basis (the target's explanation and source) it cites.
 */
import type { CommunicationTarget, Suggestion, SuggestionCategory } from '../../protocol';
import type { SentenceDetail } from '../score';

/** A reader of the draft, as the page shows them (names untrusted until `safeName`). */
export interface Reader {
  name?: string;
  email?: string;
  country?: string;
  /** to, cc, bcc or record. */
  field?: string;
}

export interface SuggestInput {
  /** The analysed text (a prefix of the draft: offsets are the draft's). */
  text: string;
  lang: string;
  sentences: SentenceDetail[];
  target: CommunicationTarget | null;
  recipient?: Reader;
  /** Every reader of the draft (To, Cc …), when known: the greeting fix greets the one the draft greets. */
  readers?: Reader[];
  /** True when the draft starts a conversation (no earlier messages in the thread). */
  firstContact?: boolean;
  now: Date;
}

export type Draft = Omit<Suggestion, 'id'> & { key: string };

/** Per category, how many suggestions at most: a draft full of contractions needs one nudge, not 40. */
export const CAP: Partial<Record<SuggestionCategory, number>> = { formality: 8, 'address-form': 6, idiom: 6, humour: 4, directness: 4 };

export const ENGLISH_NATIVE = new Set(['US', 'GB', 'AU', 'NZ', 'IE', 'CA']);

// ---------------------------------------------------------------------------------------------
// Cultural basis

/**
 * The explanation of the target that best fits a topic, as message text and source. `topics` are
 * tried in order against the explanations' opening words ("Formality …", "Directness …",
 * "Address: …", "Relationship-building …", "Deadline sensitivity …").
 */
export function basis(target: CommunicationTarget | null, ...topics: RegExp[]): { text: string; source?: string } {
  if (!target) return { text: 'No recipient culture is known, so this follows general international business usage.' };
  let hit: CommunicationTarget['explanations'][number] | undefined;
  for (const t of topics) if ((hit = target.explanations.find((e) => t.test(e.text)))) break;
  hit ??= target.explanations[0];
  if (!hit) return { text: `Expected in ${target.country}.`, source: `Glocal communication target for ${target.country}` };
  return { text: hit.text, source: hit.sources.join('; ') || `Glocal communication target for ${target.country}` };
}

export const T_ADDRESS = /^address/i;
export const T_FORMALITY = /^formality/i;
export const T_DIRECT = /^directness/i;
export const T_RELATION = /^relationship/i;
export const T_DEADLINE = /^deadline/i;

export const formalTarget = (t: CommunicationTarget | null, min = 0.6) => !!t && t.formality >= min;

