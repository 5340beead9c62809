/**
 * The knowledge-base facts practice is built from: a flat, typed view of a `CountryProfile`
 * (lib/profiles, each value `{value, source, version, kind}` or null) plus the calendar's public
 * holidays. Everything downstream — questions, the daily card — sees only `PracticeFacts`, and a
 * fact that is missing stays missing: no question or tip is generated from a gap.
 */
import { getProfile, listCountries, DATA_VERSION as PROFILES_VERSION, DATA_SOURCES_VERSIONS, type CountryProfile } from '../profiles/index';
import { publicHolidays, type PublicHoliday } from '../profiles/calendar';
import type { FirstNameReadiness } from '../profiles/norms-schema';
import { HOFSTEDE_KEYS } from '../profiles/schema';

/** Hofstede's six dimensions in the published order. */
export const HOFSTEDE_DIMS = HOFSTEDE_KEYS;
export type HofstedeDim = (typeof HOFSTEDE_DIMS)[number];

/** One score with where it comes from. */
export interface ScoreFact {
  value: number;
  /** `measured` for the country's own row, `estimated` when it is its region's row. */
  kind: string;
  source: string;
}

/** The curated norms of a country, each field null when the knowledge base has none. */
export interface PracticeNorms {
  greeting: { en: string; local: string; lang: string } | null;
  signOff: { en: string; local: string } | null;
  firstNames: FirstNameReadiness | null;
  titles: string | null;
  honorifics: string | null;
  formality: number | null;
  context: 'low' | 'medium' | 'high' | null;
  directness: number | null;
  negativeFeedback: string | null;
  disagreement: string | null;
  decisions: { style: 'consensual' | 'top-down' | 'mixed'; text: string } | null;
  trust: { basis: 'task' | 'relationship' | 'mixed'; text: string } | null;
  time: { style: 'linear' | 'flexible' | 'mixed'; text: string } | null;
  gifts: string | null;
  meetings: string | null;
  topics: string[];
  taboos: string[];
}

/** Everything practice knows about one country. */
export interface PracticeFacts {
  country: string;
  name: string;
  /** The name as it reads inside a sentence: "the Netherlands", "Japan". */
  the: string;
  /** Curated norms, or null when the country has no curated entry. */
  norms: PracticeNorms | null;
  /** The norms' citations, chapter level ("Meyer, E. (2014). The Culture Map … — ch. …"). */
  normsSources: string[];
  /** The formal address pattern, e.g. "<Surname>様". */
  addressPattern: string | null;
  hofstede: Partial<Record<HofstedeDim, ScoreFact>>;
  /** CLDR weekend days (0 = Sunday … 6 = Saturday), or null when the calendar has none. */
  weekend: number[] | null;
  weekendSource: string | null;
  /** Whether public holidays are known for this country. */
  hasHolidays: boolean;
}

/** The version of the knowledge-base data the questions are generated from. */
export const DATA_VERSION: string = PROFILES_VERSION;

/** Source line for public holidays (lib/profiles/calendar.ts computes them from date-holidays). */
export const HOLIDAY_SOURCE = `date-holidays ${DATA_SOURCES_VERSIONS.dateHolidays}, public holidays`;

// English puts "the" before these names (CLDR short names, which omit it).
const WITH_ARTICLE = new Set(['AE', 'BS', 'CF', 'CK', 'DO', 'FK', 'FO', 'GB', 'GM', 'KY', 'MH', 'MV', 'NL', 'PH', 'SB', 'TC', 'US', 'VA', 'VG', 'VI']);

/** Country codes the knowledge base has a profile for, sorted. */
export function practiceCountries(): string[] {
  return listCountries()
    .map((c) => c.country)
    .sort();
}

const val = <T>(s: { value: T } | null | undefined): T | null => (s ? s.value : null);

/** The flat practice view of a profile (shipped, or the user's edited one). */
export function factsFromProfile(p: CountryProfile): PracticeFacts {
  const hofstede: PracticeFacts['hofstede'] = {};
  for (const dim of HOFSTEDE_DIMS) {
    // A regional row stands in only where the country has no score of its own, and says so.
    const s = p.dimensions.hofstede[dim] ?? p.dimensions.hofstedeRegion?.scores[dim] ?? null;
    if (s) hofstede[dim] = { value: s.value, kind: s.kind, source: `${s.source} (${s.kind}, ${s.version})` };
  }
  const n = p.norms;
  const small = val(n?.smallTalk);
  const etiquette = val(n?.etiquette);
  const norms: PracticeNorms | null = n
    ? {
        greeting: val(n.greeting),
        signOff: val(n.signOff),
        firstNames: val(n.firstNames),
        titles: val(n.titles),
        honorifics: val(n.honorifics),
        formality: val(n.formality),
        context: val(n.context),
        directness: val(n.directness),
        negativeFeedback: val(n.negativeFeedback),
        disagreement: val(n.disagreement),
        decisions: val(n.decisions),
        trust: val(n.trust),
        time: val(n.time),
        gifts: etiquette?.gifts ?? null,
        meetings: etiquette?.meetings ?? null,
        topics: small ? [...small.topics] : [],
        taboos: small ? [...small.taboos] : [],
      }
    : null;
  const weekend = p.calendar.weekend;
  return {
    country: p.country,
    name: p.name,
    the: WITH_ARTICLE.has(p.country) ? `the ${p.name}` : p.name,
    norms,
    normsSources: n ? n.citations.map((c) => `${c.cite} — ${c.where}`) : [],
    addressPattern: val(p.names.addressPattern),
    hofstede,
    weekend: weekend ? [...weekend.value] : null,
    weekendSource: weekend ? weekend.source : null,
    hasHolidays: p.calendar.holidays !== null,
  };
}

const cache = new Map<string, PracticeFacts | null>();

/** The facts for one shipped country (ISO alpha-2, any case), or null for an unknown code. */
export function factsFor(cc: string): PracticeFacts | null {
  const code = typeof cc === 'string' ? cc.trim().toUpperCase() : '';
  if (cache.has(code)) return cache.get(code)!;
  const p = getProfile(code);
  const facts = p ? factsFromProfile(p) : null;
  if (cache.size > 400) cache.clear();
  cache.set(code, facts);
  return facts;
}

/**
 * Public holidays of a country in a year, one entry per date (several holidays on one date are
 * joined with " / "), sorted by date.
 */
export function holidaysByDate(cc: string, year: number): PublicHoliday[] {
  const byDate = new Map<string, string[]>();
  for (const h of publicHolidays(cc, year)) byDate.set(h.date, [...new Set([...(byDate.get(h.date) ?? []), h.name])]);
  return [...byDate.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([date, names]) => ({ date, name: names.join(' / '), type: 'public' }));
}
