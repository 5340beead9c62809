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
 * Question text is English: it quotes curated English text from the knowledge base.
 */
import type { FirstNameReadiness } from '../profiles/norms-schema';
import { HOLIDAY_SOURCE, HOFSTEDE_DIMS, factsFor, holidaysByDate, practiceCountries, type HofstedeDim, type PracticeFacts } from './facts';
import { fnv1a, shuffled, slug } from './hash';

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
] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** One option: what it says and what it claims, in a form a checker can compare to the data. */
export interface Choice {
  text: string;
  key: string;
}

/** A generated multiple-choice question. */
export interface Question {
  /** Stable id: `<CC>:<kind>[:<detail>]`; the same data always gives the same id. */
  id: string;
  country: string;
  kind: QuestionKind;
  prompt: string;
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
// Option texts. Each enum value has one fixed description, so the wrong options of a question are
// exactly the descriptions of the values other countries have.

const FIRST_NAMES: Record<FirstNameReadiness, string> = {
  immediate: 'From the first email: first names are normal straight away.',
  soon: 'After a few exchanges, or as soon as they sign with their own first name.',
  invited: 'Only once they invite you to; until then, title and surname.',
  rare: 'Rarely: titles and surnames stay for a long time, even with regular contacts.',
};

const DECISIONS: Record<'consensual' | 'top-down' | 'mixed', string> = {
  consensual: 'It is built by consensus: the proposal circulates, the decision is slow, and then it sticks.',
  'top-down': 'The senior person decides: find out who that is, and expect quick decisions that can still change.',
  mixed: 'It depends on the company: some decide at the top, others build consensus — ask how it will be decided.',
};

const TRUST: Record<'task' | 'relationship' | 'mixed', string> = {
  task: 'Through the work: deliver reliably and on time, and trust follows.',
  relationship: 'Through the relationship: personal contact, meals and time together come before business.',
  mixed: 'Both: reliable work matters, and so does personal rapport built up over time.',
};

const TIME: Record<'linear' | 'flexible' | 'mixed', string> = {
  linear: 'As firm commitments: agree exact dates, keep them, and announce any slip early.',
  flexible: 'As targets that move with circumstances and relationships: check in well before the date.',
  mixed: 'Firm in some settings and flexible in others: confirm which dates are hard commitments.',
};

const CONTEXT: Record<'low' | 'medium' | 'high', string> = {
  low: 'Little: messages say exactly what they mean, and yours should too.',
  medium: 'Some: the main point is stated, but tone and relationship carry part of the message.',
  high: 'A lot: meaning rides on context, tone and what is not said — read between the lines.',
};

/** A numeric band: [lo, hi) on the data's scale. */
interface Band {
  id: string;
  lo: number;
  hi: number;
  text: string;
}

const DIRECTNESS_BANDS: Band[] = [
  {
    id: 'indirect',
    lo: 0,
    hi: 0.375,
    text: 'Something serious: criticism is usually softened there, so a blunt no means strong objection or a strained relationship.',
  },
  {
    id: 'middle',
    lo: 0.375,
    hi: 0.625,
    text: 'A real objection, stated plainly but not lightly: take it seriously and ask what would make the offer work.',
  },
  {
    id: 'direct',
    lo: 0.625,
    hi: 1.0001,
    text: 'Ordinary negotiating: plain disagreement is normal there, so answer with facts or a counter-offer — the deal is not in trouble.',
  },
];

const FORMALITY_BANDS: Band[] = [
  { id: 'relaxed', lo: 0, hi: 0.45, text: 'Relaxed: a friendly, plain tone; first names and short sentences are fine.' },
  { id: 'moderate', lo: 0.45, hi: 0.675, text: 'Polite and businesslike: a courteous greeting and a clear structure, but not stiff.' },
  { id: 'formal', lo: 0.675, hi: 1.0001, text: 'Formal: title and surname, careful courtesy phrases and a structured letter.' },
];

/** Scale margins: a value closer than this to a band edge gets no question (see module comment). */
const UNIT_MARGIN = 0.02;
const HOFSTEDE_MARGIN = 1.5;

const HOFSTEDE_BANDS: Band[] = [
  { id: 'low', lo: 0, hi: 35, text: 'Low (below 35)' },
  { id: 'moderate', lo: 35, hi: 50, text: 'Moderate (35–49)' },
  { id: 'fairly-high', lo: 50, hi: 70, text: 'Fairly high (50–69)' },
  { id: 'high', lo: 70, hi: 1000, text: 'High (70 and above)' },
];

const CONTRAST_BANDS: Band[] = [
  { id: 'much-lower', lo: -1000, hi: -24.5, text: 'Much lower (25 points or more below)' },
  { id: 'lower', lo: -24.5, hi: -9.5, text: 'Lower (10–24 points below)' },
  { id: 'similar', lo: -9.5, hi: 9.5, text: 'About the same (within 9 points)' },
  { id: 'higher', lo: 9.5, hi: 24.5, text: 'Higher (10–24 points above)' },
  { id: 'much-higher', lo: 24.5, hi: 1000, text: 'Much higher (25 points or more above)' },
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

function bandOf(bands: Band[], v: number, margin: number): Band | null {
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

function make(id: string, f: PracticeFacts, kind: QuestionKind, prompt: string, keyed: Choice, wrong: Choice[], explanation: string, sources: string[]): Question | null {
  // Two wrong options at least, or it is not much of a question.
  if (wrong.length < 2) return null;
  // Shuffle from a canonical order (by key), so an option keeps its place whichever one is keyed:
  // an edited profile changes the answer, not the layout.
  const choices = shuffled([keyed, ...wrong].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)), id);
  return { id, country: f.country, kind, prompt, choices, answer: choices.indexOf(keyed), explanation, sources };
}

function enumQuestion<K extends string>(
  f: PracticeFacts,
  kind: QuestionKind,
  value: K,
  texts: Record<K, string>,
  prompt: string,
  explanation: string,
): Question | null {
  const keyed = { text: texts[value], key: value };
  const wrong = (Object.keys(texts) as K[]).filter((k) => k !== value).map((k) => ({ text: texts[k], key: k }));
  return make(`${f.country}:${kind}`, f, kind, prompt, keyed, wrong, explanation, f.normsSources);
}

function bandQuestion(id: string, f: PracticeFacts, kind: QuestionKind, bands: Band[], value: number, margin: number, prompt: string, explanation: string, sources: string[]): Question | null {
  const b = bandOf(bands, value, margin);
  if (!b) return null;
  const keyed = { text: b.text, key: bandKey(b) };
  const wrong = bands.filter((x) => x !== b).map((x) => ({ text: x.text, key: bandKey(x) }));
  return make(id, f, kind, prompt, keyed, wrong, explanation, sources);
}

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
        `Your first email to a purchasing manager in ${name}: which opening fits?`,
        { text: n.greeting.en, key: `greeting:${feat}` },
        others.map(([k, text]) => ({ text, key: `greeting:${k}` })),
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
        `You have just started working with a new contact in ${name}. When do you switch to first names?`,
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
        FORMALITY_BANDS,
        n.formality,
        UNIT_MARGIN,
        `Your first email to a new business contact in ${name}: how formal should it be?`,
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
        DIRECTNESS_BANDS,
        n.directness,
        UNIT_MARGIN,
        `A partner in ${name} replies bluntly that your offer is too high. What does that usually signal?`,
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
        `How much of a business message in ${name} is left unsaid, for you to read from context?`,
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
        `You need a yes from a partner organisation in ${name}. How is the decision usually made?`,
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
        `You are starting a partnership in ${name}. How is business trust usually built?`,
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
        `Your project with a team in ${name} has a delivery date. How are deadlines usually treated?`,
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
    const wrong = shuffled(safeTopics, id).slice(0, 3).map((t) => ({ text: t, key: `topic:${t}` }));
    out.push(make(id, f, 'taboo', `Small talk before a meeting in ${name}: which topic is best avoided?`, { text: taboo, key: `taboo:${taboo}` }, wrong, talk, f.normsSources));
  }
  for (const topic of safeTopics) {
    const id = `${f.country}:topic:${slug(topic)}`;
    const wrong = shuffled(taboos, id).slice(0, 3).map((t) => ({ text: t, key: `taboo:${t}` }));
    out.push(make(id, f, 'topic', `Small talk with a new contact in ${name}: which topic is a safe start?`, { text: topic, key: `topic:${topic}` }, wrong, talk, f.normsSources));
  }
  return out.filter((q): q is Question => q !== null);
}

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
    `Your deadline is a Friday and your partner works in ${f.the}. Which days are their weekend?`,
    { text: weekendText(f.weekend), key: weekendKey(f.weekend) },
    others.map((w) => ({ text: weekendText(w), key: weekendKey(w) })),
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
      `Which of these dates is a public holiday in ${f.the} in ${year}?`,
      { text: `${dateText(h.date)} — ${h.name}`, key: `date:${h.date}` },
      picked.map((p) => ({ text: `${dateText(p.date)} — ${p.name}`, key: `date:${p.date}` })),
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
        HOFSTEDE_BANDS,
        s.value,
        HOFSTEDE_MARGIN,
        `On Hofstede's ${L.label} (${L.gloss}), where does ${f.the} score, on a scale of 0–100?`,
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
          CONTRAST_BANDS,
          d,
          HOFSTEDE_MARGIN,
          `Compared with ${home.the}, how does ${f.the} score on ${L.label} (${L.gloss})?`,
          `${L.label[0].toUpperCase()}${L.label.slice(1)}: ${f.the} ${s.value}${est}, ${home.the} ${h.value} — a difference of ${d > 0 ? '+' : ''}${d}. ${Math.abs(d) < 10 ? 'Little to adjust on this dimension.' : `Compared with home, ${d > 0 ? L.high : L.low}`}`,
          [...new Set([s.source, h.source])],
        ),
      );
    }
  }
  return out.filter((q): q is Question => q !== null);
}

/** Every question the knowledge base can generate for one country (empty for an unknown code). */
export function generateQuestions(cc: string, ctx: QuestionContext): Question[] {
  const facts = ctx.facts ?? factsFor;
  const f = facts(cc);
  if (!f) return [];
  const home = ctx.home ? facts(ctx.home) : null;
  const want = (k: QuestionKind) => !ctx.kinds || ctx.kinds.includes(k);
  const weekend = want('weekend') ? weekendQuestion(f) : null;
  const all = [
    ...normsQuestions(f),
    ...(weekend ? [weekend] : []),
    ...(want('holiday') ? holidayQuestions(f, ctx.year) : []),
    ...(want('hofstede') || want('contrast') ? hofstedeQuestions(f, home) : []),
  ];
  return ctx.kinds ? all.filter((q) => want(q.kind)) : all;
}

/**
 * Regenerate one question from its id (the background keeps ids, not questions). The id carries
 * what the question depends on: the home country of a contrast, the year of a holiday.
 */
export function questionById(id: string, fallbackYear: number, facts?: FactsResolver): Question | null {
  if (typeof id !== 'string' || id.length > 200) return null;
  const parts = id.split(':');
  const [cc, kind] = parts;
  if (!cc || !kind) return null;
  const home = kind === 'contrast' ? (parts[3] ?? null) : null;
  const year = kind === 'holiday' && /^\d{4}-/.test(parts[2] ?? '') ? Number(parts[2].slice(0, 4)) : fallbackYear;
  if (!(QUESTION_KINDS as readonly string[]).includes(kind)) return null;
  return generateQuestions(cc, { home, year, kinds: [kind as QuestionKind], facts }).find((q) => q.id === id) ?? null;
}

/** A number in [0, 1) fixed by a question id and a salt, for deterministic ordering. */
export function questionRank(id: string, salt: string): number {
  return fnv1a(`${salt}|${id}`) / 4294967296;
}
