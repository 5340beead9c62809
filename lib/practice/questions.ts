/**
 * Scenario questions generated from the knowledge base. Every question is multiple choice, has
 * exactly one keyed answer that follows from the country's data, and wrong options that are
 * real values of the same field elsewhere (another country's greeting, another weekend pattern,
 * another country's holiday, another band of the same scale) — plausible, but not true here.
 *
 * Each option carries a machine-readable `key` saying what it claims (an enum value, a date, a
 * numeric range …), so a test can re-check every question against the raw data without trusting
 * the generator. Numeric facts are put into bands; a value within a small margin of a band edge
 * gets no question, because a learner cannot fairly be marked wrong for the neighbouring band.
 *
 * Prompts and fixed option texts are message keys (lib/practice/messages.ts) rendered in the UI
 * language; `prompt` and each option's `text` are their English rendering, for the CLI. The
 * explanation quotes curated English text from the knowledge base and stays English.
 *
 * Mix (issue #17): date and score trivia (weekend, holiday, hofstede, contrast) is capped at 20%
 * of a curated country's questions; the rest are scenarios in the style of the culture
 * assimilator (lib/practice/scenarios.ts). Countries without curated norms have only facts to
 * ask about, so the cap does not apply to them.
 */
import { HOLIDAY_SOURCE, HOFSTEDE_DIMS, factsFor, holidaysByDate, practiceCountries, type HofstedeDim, type PracticeFacts } from './facts';
import { fnv1a, shuffled, slug } from './hash';
import { literal, renderMsg, type Msg } from './messages';
import enMessages from '../i18n/locales/practice/en.json';
import { scenarioQuestions } from './scenarios';

export const QUESTION_KINDS = [
  'greeting',
  'firstNames',
  'formality',
  'directness',
  'context',
  'decisions',
  'trust',
  'time',
  'taboo',
  'topic',
  'weekend',
  'holiday',
  'hofstede',
  'contrast',
  'indirect',
  'afterNo',
  'agenda',
  'salutation',
  'opener',
  'reschedule',
  'idiom',
] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** Date and score trivia: at most TRIVIA_SHARE of a curated country's questions. */
export const TRIVIA_KINDS: readonly QuestionKind[] = ['weekend', 'holiday', 'hofstede', 'contrast'];
export const TRIVIA_SHARE = 0.2;
export const isTrivia = (k: QuestionKind) => TRIVIA_KINDS.includes(k);

/** One option: what it says and what it claims, in a form a checker can compare to the data. */
export interface Choice {
  text: string;
  key: string;
  /** The option as a message, for the UI language. */
  msg: Msg;
}

/** A generated multiple-choice question. */
export interface Question {
  /** Stable id: `<CC>:<kind>[:<detail>]`; the same data always gives the same id. */
  id: string;
  country: string;
  kind: QuestionKind;
  prompt: string;
  /** The prompt as a message, for the UI language. */
  promptMsg: Msg;
  choices: Choice[];
  /** Index of the keyed choice in `choices`. */
  answer: number;
  /** Why the keyed answer is right, quoting the data. */
  explanation: string;
  /** Where the data comes from (citations, dataset versions). */
  sources: string[];
}

/** What questions depend on besides the country. */
export interface QuestionContext {
  /** The user's home country, for dimension contrasts; none when null or unknown. */
  home?: string | null;
  /** The calendar year holiday questions are about. */
  year: number;
  /** Generate only these kinds (all when omitted); lets a lookup skip the costly holiday pass. */
  kinds?: readonly QuestionKind[];
  /**
   * Facts for the country asked about and the home country: the user's effective (edited)
   * profiles. Shipped profiles when omitted. Wrong options always come from shipped data.
   */
  facts?: FactsResolver;
}

/** Looks up the facts of a country; null when there is no profile. */
export type FactsResolver = (cc: string) => PracticeFacts | null;

// ---------------------------------------------------------------------------------------------
// Option texts live in lib/i18n/locales/practice/<lang>.json (`pq.<field>.<value>`); each enum
// value has one fixed text, so the wrong options of a question are exactly the texts of the
// values other countries have. English is rendered here for the CLI and the fallback.

const FIRST_NAMES = ['immediate', 'soon', 'invited', 'rare'] as const;
const DECISIONS = ['consensual', 'top-down', 'mixed'] as const;
const TRUST = ['task', 'relationship', 'mixed'] as const;
const TIME = ['linear', 'flexible', 'mixed'] as const;
const CONTEXT = ['low', 'medium', 'high'] as const;

/** A numeric band: [lo, hi) on the data's scale. */
interface Band {
  id: string;
  lo: number;
  hi: number;
}

export const DIRECTNESS_BANDS: Band[] = [
  { id: 'indirect', lo: 0, hi: 0.375 },
  { id: 'middle', lo: 0.375, hi: 0.625 },
  { id: 'direct', lo: 0.625, hi: 1.0001 },
];

const FORMALITY_BANDS: Band[] = [
  { id: 'relaxed', lo: 0, hi: 0.45 },
  { id: 'moderate', lo: 0.45, hi: 0.675 },
  { id: 'formal', lo: 0.675, hi: 1.0001 },
];

/** Scale margins: a value closer than this to a band edge gets no question (see module comment). */
export const UNIT_MARGIN = 0.02;
const HOFSTEDE_MARGIN = 1.5;

const HOFSTEDE_BANDS: Band[] = [
  { id: 'low', lo: 0, hi: 35 },
  { id: 'moderate', lo: 35, hi: 50 },
  { id: 'fairly-high', lo: 50, hi: 70 },
  { id: 'high', lo: 70, hi: 1000 },
];

const CONTRAST_BANDS: Band[] = [
  { id: 'much-lower', lo: -1000, hi: -24.5 },
  { id: 'lower', lo: -24.5, hi: -9.5 },
  { id: 'similar', lo: -9.5, hi: 9.5 },
  { id: 'higher', lo: 9.5, hi: 24.5 },
  { id: 'much-higher', lo: 24.5, hi: 1000 },
];

/** The key of a band option: `band:<id>:<lo>:<hi>` — a checker can parse the range from it. */
export function bandKey(b: Band): string {
  return `band:${b.id}:${b.lo}:${b.hi}`;
}

/** Parse a band key back into its half-open range [lo, hi). */
export function parseBandKey(key: string): { id: string; lo: number; hi: number } | null {
  const m = /^band:([a-z-]+):(-?[\d.]+):(-?[\d.]+)$/.exec(key);
  return m ? { id: m[1], lo: Number(m[2]), hi: Number(m[3]) } : null;
}

export function bandOf(bands: Band[], v: number, margin: number): Band | null {
  const b = bands.find((x) => v >= x.lo && v < x.hi);
  if (!b) return null;
  const edges = [b.lo, b.hi].filter((e) => bands.some((x) => x !== b && (x.lo === e || x.hi === e)));
  return edges.some((e) => Math.abs(v - e) < margin) ? null : b;
}

const HOFSTEDE_LABELS: Record<HofstedeDim, { label: string; gloss: string; high: string; low: string }> = {
  pdi: {
    label: 'power distance',
    gloss: 'how much hierarchy and deference to rank people expect',
    high: 'expect deference to rank: write to the senior person, use titles, and expect decisions from the top.',
    low: 'expect a flat hierarchy: juniors speak up, and you can go straight to the person doing the work.',
  },
  idv: {
    label: 'individualism',
    gloss: 'how far people look after themselves rather than their group',
    high: 'people speak for themselves; individual credit and personal accountability are normal.',
    low: "loyalty to the group comes first: relationships, the team and 'we' matter more than individual credit.",
  },
  mas: {
    label: 'masculinity',
    gloss: 'how much competition and achievement drive people, rather than consensus and quality of life',
    high: 'competition, achievement and decisiveness are valued; expect hard bargaining.',
    low: 'consensus, modesty and quality of life are valued; aggressive selling backfires.',
  },
  uai: {
    label: 'uncertainty avoidance',
    gloss: 'how uneasy people are with ambiguity, and how much they want rules and detail',
    high: 'send detailed plans, specifications and written agreements early; surprises are unwelcome.',
    low: 'people are comfortable with ambiguity and improvising; too many rules can feel rigid.',
  },
  lto: {
    label: 'long-term orientation',
    gloss: 'how much people invest in future rewards rather than tradition and quick results',
    high: 'patience and long-term payoff count; expect persistence and investment in the relationship.',
    low: 'quick results and tradition matter; show short-term value.',
  },
  ivr: {
    label: 'indulgence',
    gloss: 'how freely people enjoy life rather than restrain their wants',
    high: 'a relaxed, optimistic tone and talk of leisure are welcome.',
    low: 'restraint is valued; keep the tone measured and serious.',
  },
};

/** Hofstede's name and a plain-words gloss of each dimension, for cards and the UI. */
export function hofstedeLabel(dim: HofstedeDim): { label: string; gloss: string; high: string; low: string } {
  return HOFSTEDE_LABELS[dim];
}

const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** "Friday and Saturday", "Sunday only" for a weekend-day list. */
export function weekendText(days: readonly number[]): string {
  const names = sortWeekend(days).map((d) => DAY_NAMES[d]);
  if (names.length === 0) return 'No weekend days';
  if (names.length === 1) return `${names[0]} only`;
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

// Sort weekend days in week order starting on Monday, so Saturday–Sunday reads as such.
function sortWeekend(days: readonly number[]): number[] {
  return [...days].sort((a, b) => ((a + 6) % 7) - ((b + 6) % 7));
}

/** The key of a weekend pattern, e.g. `weekend:5,6` (days sorted numerically). */
export function weekendKey(days: readonly number[]): string {
  return `weekend:${[...days].sort((a, b) => a - b).join(',')}`;
}

// ---------------------------------------------------------------------------------------------
// Greetings are compared by what they signal, not by spelling: "Dear Mr./Ms. <Surname>," and
// "Dear Ms./Mr. <Surname>," are the same advice, so one can never be a wrong option for the other.

/** The features of a greeting that matter: salutation, which name, and whether a title comes with it. */
export function greetingFeatures(en: string): string {
  const s = en.trim();
  const salutation = /^hi\b/i.test(s) ? 'hi' : /^dear\b/i.test(s) ? 'dear' : (s.split(/\s+/)[0] ?? '').toLowerCase();
  const name = /<Surname>/.test(s) ? 'surname' : /<Given>/.test(s) ? 'given' : 'none';
  const between = s.replace(/^\S+\s*/, '').split('<')[0].trim();
  return `${salutation}|${name}|${between ? 'title' : 'plain'}`;
}

// ---------------------------------------------------------------------------------------------
// Pools of real values from all countries, computed once.

let greetingPool: Map<string, string> | null = null;
/** Feature class → its most common spelling across the curated norms. */
function greetingsByFeature(): Map<string, string> {
  if (greetingPool) return greetingPool;
  const counts = new Map<string, Map<string, number>>();
  for (const cc of practiceCountries()) {
    const en = factsFor(cc)?.norms?.greeting?.en;
    if (!en) continue;
    const f = greetingFeatures(en);
    const m = counts.get(f) ?? new Map<string, number>();
    m.set(en, (m.get(en) ?? 0) + 1);
    counts.set(f, m);
  }
  greetingPool = new Map(
    [...counts.entries()].map(([f, m]) => [f, [...m.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0]]),
  );
  return greetingPool;
}

let weekendPool: number[][] | null = null;
/** Every distinct weekend pattern in the calendar data, most common first. */
function weekendPatterns(): number[][] {
  if (weekendPool) return weekendPool;
  const counts = new Map<string, { days: number[]; n: number }>();
  for (const cc of practiceCountries()) {
    const w = factsFor(cc)?.weekend;
    if (!w) continue;
    const k = weekendKey(w);
    counts.set(k, { days: w, n: (counts.get(k)?.n ?? 0) + 1 });
  }
  weekendPool = [...counts.entries()].sort((a, b) => b[1].n - a[1].n || a[0].localeCompare(b[0])).map(([, v]) => v.days);
  return weekendPool;
}

interface ForeignHoliday {
  country: string;
  date: string;
  name: string;
}
const holidayPools = new Map<number, ForeignHoliday[]>();

/**
 * The calendars wrong holiday options come from: widely known ones across the major traditions
 * (Western and Orthodox Christian, Chinese lunar, Japanese, Hindu, Islamic, Latin American).
 * Fixed and short on purpose: each calendar costs ~40 ms to compute the first time, and a
 * service worker that was just woken must answer quickly.
 */
export const DISTRACTOR_CALENDARS = ['US', 'GB', 'DE', 'FR', 'RU', 'CN', 'JP', 'IN', 'SA', 'BR'] as const;

function holidayPool(year: number): ForeignHoliday[] {
  const hit = holidayPools.get(year);
  if (hit) return hit;
  const pool: ForeignHoliday[] = [];
  for (const cc of DISTRACTOR_CALENDARS) {
    for (const h of holidaysByDate(cc, year)) pool.push({ country: cc, date: h.date, name: h.name });
  }
  holidayPools.set(year, pool);
  if (holidayPools.size > 4) holidayPools.delete(holidayPools.keys().next().value as number);
  return pool;
}

// ---------------------------------------------------------------------------------------------
// English rendering of messages (the CLI, the fallback, and `prompt`/`text` of every question).

type Tree = { [k: string]: string | Tree };
/** Look up `pq.…` in the English practice messages and fill placeholders. */
export function lookupEn(key: string, params: Record<string, string | number> = {}): string {
  let node: string | Tree | undefined = enMessages as Tree;
  for (const part of key.split('.')) node = node && typeof node === 'object' ? node[part] : undefined;
  const text = typeof node === 'string' ? node : key;
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, n: string) => (n in params ? String(params[n]) : m));
}

/** A message in English; country names read as in a sentence ("the Netherlands"). */
export function en(msg: Msg): string {
  return renderMsg(msg, 'en', lookupEn, (cc) => factsFor(cc)?.the ?? cc);
}

/** An option from a message (its English text rendered) and a key. */
export const opt = (msg: Msg, key: string): Choice => ({ text: en(msg), key, msg });
/** An option whose text is data (a greeting, a sentence): shown as it is in every language. */
export const lit = (text: string, key: string): Choice => ({ text, key, msg: literal(text) });

// ---------------------------------------------------------------------------------------------

export function make(id: string, f: PracticeFacts, kind: QuestionKind, prompt: Msg, keyed: Choice, wrong: Choice[], explanation: string, sources: string[]): Question | null {
  // Two wrong options at least, or it is not much of a question.
  if (wrong.length < 2) return null;
  // Shuffle from a canonical order (by key), so an option keeps its place whichever one is keyed:
  // an edited profile changes the answer, not the layout.
  const choices = shuffled([keyed, ...wrong].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)), id);
  return { id, country: f.country, kind, prompt: en(prompt), promptMsg: prompt, choices, answer: choices.indexOf(keyed), explanation, sources };
}

function enumQuestion<K extends string>(f: PracticeFacts, kind: QuestionKind, value: K, values: readonly K[], prompt: Msg, explanation: string): Question | null {
  const o = (k: K) => opt({ k: `${kind}.${k}` }, k);
  const wrong = values.filter((k) => k !== value).map(o);
  return make(`${f.country}:${kind}`, f, kind, prompt, o(value), wrong, explanation, f.normsSources);
}

/** `group` names the message group of the band texts (`pq.<group>.<band id>`). */
function bandQuestion(id: string, f: PracticeFacts, kind: QuestionKind, group: string, bands: Band[], value: number, margin: number, prompt: Msg, explanation: string, sources: string[]): Question | null {
  const b = bandOf(bands, value, margin);
  if (!b) return null;
  const o = (x: Band) => opt({ k: `${group}.${x.id}` }, bandKey(x));
  const wrong = bands.filter((x) => x !== b).map(o);
  return make(id, f, kind, prompt, o(b), wrong, explanation, sources);
}

const P = (kind: string, f: PracticeFacts, p: Record<string, string | number> = {}): Msg => ({ k: `prompt.${kind}`, p: { country: f.country, ...p } });

/** Upper-cases the first letter ("the Netherlands …" at the start of a sentence). */
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const pct = (v: number) => v.toFixed(2).replace(/0$/, '');

/** Joins the non-empty parts of an explanation with spaces. */
const join = (...parts: (string | null | undefined)[]) => parts.filter((x) => x && x.trim()).join(' ');

function normsQuestions(f: PracticeFacts): Question[] {
  const n = f.norms;
  if (!n) return [];
  const name = f.the;
  const out: (Question | null)[] = [];

  // Greeting: the wrong options are other countries' greetings that signal something different.
  if (n.greeting) {
    const feat = greetingFeatures(n.greeting.en);
    // The local field may name English alternatives ("Hi <Given>, / Dear <Given>,", "(Dear Mr/Ms
    // <Surname>, when formal)"): any of them is right too, so none of their kinds may be a wrong option.
    const accepted = new Set([...`${n.greeting.en} / ${n.greeting.local}`.matchAll(/\b(?:Dear|Hi)\s[^,()]*/g)].map((m) => greetingFeatures(m[0])));
    const others = [...greetingsByFeature().entries()].filter(([k]) => !accepted.has(k)).sort(([a], [b]) => a.localeCompare(b));
    out.push(
      make(
        `${f.country}:greeting`,
        f,
        'greeting',
        P('greeting', f),
        lit(n.greeting.en, `greeting:${feat}`),
        others.map(([k, text]) => lit(text, `greeting:${k}`)),
        join(
          `The usual opening for ${name} is "${n.greeting.en}" (in the local language: "${n.greeting.local}").`,
          f.addressPattern ? `The formal address is ${f.addressPattern}.` : null,
          n.titles,
        ),
        f.normsSources,
      ),
    );
  }

  if (n.firstNames) {
    out.push(
      enumQuestion(
        f,
        'firstNames',
        n.firstNames,
        FIRST_NAMES,
        P('firstNames', f),
        join(`First names in ${name}: ${n.firstNames}.`, n.honorifics, n.titles),
      ),
    );
  }

  if (n.formality !== null) {
    out.push(
      bandQuestion(
        `${f.country}:formality`,
        f,
        'formality',
        'formality',
        FORMALITY_BANDS,
        n.formality,
        UNIT_MARGIN,
        P('formality', f),
        join(
          `The curated formality of a first business email to ${name} is ${pct(n.formality)} on a scale from 0 (casual) to 1 (very formal).`,
          n.greeting ? `A fitting opening: "${n.greeting.en}".` : null,
          n.signOff ? `A fitting close: "${n.signOff.en}".` : null,
        ),
        f.normsSources,
      ),
    );
  }

  if (n.directness !== null) {
    out.push(
      bandQuestion(
        `${f.country}:directness`,
        f,
        'directness',
        'directness',
        DIRECTNESS_BANDS,
        n.directness,
        UNIT_MARGIN,
        P('directness', f),
        join(`Directness in ${name} is ${pct(n.directness)} on a scale from 0 (very indirect) to 1 (very direct).`, n.negativeFeedback, n.disagreement),
        f.normsSources,
      ),
    );
  }

  if (n.context) {
    out.push(
      enumQuestion(
        f,
        'context',
        n.context,
        CONTEXT,
        P('context', f),
        join(`${cap(name)} is a ${n.context}-context culture.`, n.negativeFeedback),
      ),
    );
  }
  if (n.decisions) {
    out.push(
      enumQuestion(
        f,
        'decisions',
        n.decisions.style,
        DECISIONS,
        P('decisions', f),
        join(`Decisions in ${name} are ${n.decisions.style}.`, n.decisions.text),
      ),
    );
  }
  if (n.trust) {
    out.push(
      enumQuestion(
        f,
        'trust',
        n.trust.basis,
        TRUST,
        P('trust', f),
        join(`Trust in ${name} is ${n.trust.basis}-based.`, n.trust.text),
      ),
    );
  }
  if (n.time) {
    out.push(
      enumQuestion(
        f,
        'time',
        n.time.style,
        TIME,
        P('time', f),
        join(`Time in ${name} is ${n.time.style}.`, n.time.text),
      ),
    );
  }

  // Small talk: a taboo is keyed against the country's own good topics, and the other way round.
  const { topics, taboos } = n;
  const talk = `Good small talk in ${name}: ${topics.join(', ')}. Best avoided: ${taboos.join(', ')}.`;
  const safeTopics = topics.filter((t) => !taboos.includes(t));
  for (const taboo of taboos) {
    const id = `${f.country}:taboo:${slug(taboo)}`;
    const wrong = shuffled(safeTopics, id).slice(0, 3).map((t) => lit(t, `topic:${t}`));
    out.push(make(id, f, 'taboo', P('taboo', f), lit(taboo, `taboo:${taboo}`), wrong, talk, f.normsSources));
  }
  for (const topic of safeTopics) {
    const id = `${f.country}:topic:${slug(topic)}`;
    const wrong = shuffled(taboos, id).slice(0, 3).map((t) => lit(t, `taboo:${t}`));
    out.push(make(id, f, 'topic', P('topic', f), lit(topic, `topic:${topic}`), wrong, talk, f.normsSources));
  }
  return out.filter((q): q is Question => q !== null);
}

const daysChoice = (w: readonly number[]): Choice => ({ text: weekendText(w), key: weekendKey(w), msg: { k: '@days', p: { days: [...w].join(',') } } });
const holidayChoice = (date: string, name: string): Choice => ({ text: `${dateText(date)} — ${name}`, key: `date:${date}`, msg: { k: 'holidayChoice', p: { date, name } } });

function weekendQuestion(f: PracticeFacts): Question | null {
  if (!f.weekend) return null;
  const own = weekendKey(f.weekend);
  const others = weekendPatterns().filter((w) => weekendKey(w) !== own).slice(0, 3);
  const friday = f.weekend.includes(5);
  const explanation = friday
    ? `The weekend in ${f.the} is ${weekendText(f.weekend)}, so a Friday deadline falls on their weekend: agree on Thursday or earlier, and expect replies from Sunday on.`
    : `The weekend in ${f.the} is ${weekendText(f.weekend)}; Friday is a working day there. Still check their public holidays before fixing the date.`;
  return make(
    `${f.country}:weekend`,
    f,
    'weekend',
    P('weekend', f),
    daysChoice(f.weekend),
    others.map(daysChoice),
    explanation,
    [f.weekendSource ?? 'CLDR weekData'],
  );
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** "1 May 2026" for "2026-05-01". */
export function dateText(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

function holidayQuestions(f: PracticeFacts, year: number): Question[] {
  const own = holidaysByDate(f.country, year);
  if (own.length === 0) return [];
  const ownDates = new Set(own.map((h) => h.date));
  const ownNames = new Set(own.flatMap((h) => h.name.toLowerCase().split(' / ')));
  // Wrong options: another country's holiday on a date that is an ordinary day here, under a name
  // this country does not celebrate on any date (so "Christmas Day" on the wrong date never appears).
  const candidates = holidayPool(year).filter(
    (h) => h.country !== f.country && !ownDates.has(h.date) && !h.name.toLowerCase().split(' / ').some((x) => ownNames.has(x)),
  );
  const out: Question[] = [];
  for (const h of own) {
    const id = `${f.country}:holiday:${h.date}`;
    const picked: ForeignHoliday[] = [];
    for (const c of shuffled(candidates, id)) {
      if (picked.length === 3) break;
      if (picked.some((p) => p.date === c.date || p.name === c.name)) continue;
      picked.push(c);
    }
    const elsewhere = picked.map((p) => `${dateText(p.date)} is ${p.name} in ${factsFor(p.country)?.the ?? p.country}`).join('; ');
    const q = make(
      id,
      f,
      'holiday',
      P('holiday', f, { year }),
      holidayChoice(h.date, h.name),
      picked.map((p) => holidayChoice(p.date, p.name)),
      `${dateText(h.date)} is ${h.name}, a public holiday in ${f.the}: expect offices to be closed. The other dates are holidays elsewhere but working days in ${f.the} (${elsewhere}).`,
      [HOLIDAY_SOURCE],
    );
    if (q) out.push(q);
  }
  return out;
}

function hofstedeQuestions(f: PracticeFacts, home: PracticeFacts | null): Question[] {
  const out: (Question | null)[] = [];
  for (const dim of HOFSTEDE_DIMS) {
    const s = f.hofstede[dim];
    if (!s) continue;
    const L = HOFSTEDE_LABELS[dim];
    const est = s.kind === 'estimated' ? ' (estimated from its region)' : '';
    out.push(
      bandQuestion(
        `${f.country}:hofstede:${dim}`,
        f,
        'hofstede',
        'hofBand',
        HOFSTEDE_BANDS,
        s.value,
        HOFSTEDE_MARGIN,
        P('hofstede', f, { dim }),
        `${cap(f.the)} scores ${s.value} on ${L.label}${est}. ${s.value >= 50 ? 'Scores of 50 and above suggest' : 'Scores below 50 suggest'}: ${s.value >= 50 ? L.high : L.low}`,
        [s.source],
      ),
    );
    const h = home && home.country !== f.country ? home.hofstede[dim] : undefined;
    if (h && home) {
      const d = s.value - h.value;
      out.push(
        bandQuestion(
          `${f.country}:contrast:${dim}:${home.country}`,
          f,
          'contrast',
          'contrastBand',
          CONTRAST_BANDS,
          d,
          HOFSTEDE_MARGIN,
          P('contrast', f, { home: home.country, dim }),
          `${L.label[0].toUpperCase()}${L.label.slice(1)}: ${f.the} ${s.value}${est}, ${home.the} ${h.value} — a difference of ${d > 0 ? '+' : ''}${d}. ${Math.abs(d) < 10 ? 'Little to adjust on this dimension.' : `Compared with home, ${d > 0 ? L.high : L.low}`}`,
          [...new Set([s.source, h.source])],
        ),
      );
    }
  }
  return out.filter((q): q is Question => q !== null);
}

/** Every question the knowledge base can generate for one country, before the trivia cap. */
function allQuestions(f: PracticeFacts, home: PracticeFacts | null, year: number, want: (k: QuestionKind) => boolean): Question[] {
  const weekend = want('weekend') ? weekendQuestion(f) : null;
  const scenarioKinds: QuestionKind[] = ['indirect', 'afterNo', 'agenda', 'salutation', 'opener', 'reschedule', 'idiom'];
  return [
    ...normsQuestions(f),
    ...(scenarioKinds.some(want) ? scenarioQuestions(f, year) : []),
    ...(weekend ? [weekend] : []),
    ...(want('holiday') ? holidayQuestions(f, year) : []),
    ...(want('hofstede') || want('contrast') ? hofstedeQuestions(f, home) : []),
  ];
}

/**
 * Keep at most TRIVIA_SHARE trivia among a curated country's questions: trivia ≤ ¼ of the rest.
 * The trivia kept is taken in turn from each trivia kind, in an order fixed by the question ids.
 */
export function capTrivia(questions: Question[]): Question[] {
  const rest = questions.filter((q) => !isTrivia(q.kind));
  const budget = Math.floor((rest.length * TRIVIA_SHARE) / (1 - TRIVIA_SHARE));
  const byKind = TRIVIA_KINDS.map((k) =>
    questions.filter((q) => q.kind === k).sort((a, b) => questionRank(a.id, 'trivia') - questionRank(b.id, 'trivia')),
  );
  const keep = new Set<string>();
  for (let round = 0; keep.size < budget; round++) {
    let any = false;
    for (const list of byKind) {
      if (keep.size >= budget) break;
      if (round < list.length) {
        keep.add(list[round].id);
        any = true;
      }
    }
    if (!any) break;
  }
  return questions.filter((q) => !isTrivia(q.kind) || keep.has(q.id));
}

/** Every question the knowledge base can generate for one country (empty for an unknown code). */
export function generateQuestions(cc: string, ctx: QuestionContext): Question[] {
  const facts = ctx.facts ?? factsFor;
  const f = facts(cc);
  if (!f) return [];
  const home = ctx.home ? facts(ctx.home) : null;
  // The cap depends on the whole set, so a curated country is always generated in full and
  // filtered afterwards; an uncurated one (no cap) can skip the costly kinds.
  const want = (k: QuestionKind) => !ctx.kinds || !!f.norms || ctx.kinds.includes(k);
  const all = allQuestions(f, home, ctx.year, want);
  const capped = f.norms ? capTrivia(all) : all;
  return ctx.kinds ? capped.filter((q) => ctx.kinds!.includes(q.kind)) : capped;
}

/**
 * Regenerate one question from its id (the background keeps ids, not questions). The id carries
 * what the question depends on: the home country of a contrast, the year of a holiday or season.
 */
export function questionById(id: string, fallbackYear: number, facts?: FactsResolver): Question | null {
  if (typeof id !== 'string' || id.length > 200) return null;
  const parts = id.split(':');
  const [cc, kind] = parts;
  if (!cc || !kind) return null;
  const home = kind === 'contrast' ? (parts[3] ?? null) : null;
  const dated = /^\d{4}-/.test(parts[2] ?? '') ? Number(parts[2].slice(0, 4)) : /^\d{4}$/.test(parts[3] ?? '') && kind === 'reschedule' ? Number(parts[3]) : null;
  const year = (kind === 'holiday' || kind === 'reschedule') && dated ? dated : fallbackYear;
  if (!(QUESTION_KINDS as readonly string[]).includes(kind)) return null;
  return generateQuestions(cc, { home, year, kinds: [kind as QuestionKind], facts }).find((q) => q.id === id) ?? null;
}

/** A number in [0, 1) fixed by a question id and a salt, for deterministic ordering. */
export function questionRank(id: string, salt: string): number {
  return fnv1a(`${salt}|${id}`) / 4294967296;
}
