/**
 * What every suggestion rule shares: its input, the draft suggestion it emits, and the cultural
 * basis (the target's explanation and source) it cites.
 */
import type { CommunicationTarget, Suggestion, SuggestionCategory } from '../../protocol';
import type { SentenceDetail } from '../score';
import enRules from '../../i18n/locales/rules/en.json';

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
  /** Rule ids the user turned off in the options. */
  disabledRules?: ReadonlySet<string>;
  now: Date;
}

export type Draft = Omit<Suggestion, 'id'> & { key: string };

/**
 * A registered suggestion rule. `id` is stable (dismissals, the options' rule toggles and tests
 * use it); `langs` lists the draft languages it reads ('*' for any); `applies` says whether it has
 * anything to say for this target at all.
 */
export interface Rule {
  id: string;
  topic: 'address' | 'register' | 'time' | 'disagreeing' | 'feedback' | 'trust' | 'humour' | 'clarity';
  langs: string[] | '*';
  applies(target: CommunicationTarget | null, input: SuggestInput): boolean;
  run(input: SuggestInput, out: Draft[], ctx: RuleContext): void;
}

/** What rules share within one run: the greeting's end (the relationship line goes after it). */
export interface RuleContext {
  greetingEnd: number | null;
  overallFormality: number;
  country: string | null;
}

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


// ---------------------------------------------------------------------------------------------
// Messages: a key and parameters (rendered in the UI language by the UI), plus the English text.


export type MessageParams = Record<string, string | number>;

function lookup(res: unknown, key: string): string | undefined {
  let cur: unknown = res;
  for (const part of key.split('.')) {
    if (!cur || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return typeof cur === 'string' ? cur : undefined;
}

/**
 * Render a rule message from a resource tree. A parameter whose value starts with "@" is itself a
 * message key (a season's name, a piece of advice) and is rendered first, in the same language.
 */
export function renderMessage(resources: unknown, key: string, params: MessageParams = {}, fallback: unknown = enRules): string {
  const get = (k: string) => lookup(resources, k) ?? lookup(fallback, k);
  const tpl = get(key) ?? key;
  return tpl.replace(/\{\{\s*(\w+)\s*\}\}/g, (_m, p: string) => {
    const v = params[p];
    if (v === undefined) return '';
    const s = String(v);
    return s.startsWith('@') ? (get(s.slice(1)) ?? s.slice(1)) : s;
  });
}

/** The English text of a rule message (the `message` field every suggestion still carries). */
export const englishMessage = (key: string, params: MessageParams = {}) => renderMessage(enRules, key, params);
