/**
 * Adapters: the only places practice and the call brief read data that other parts of Glocal are
 * rebuilding (seasons, idiom rules, example names). Each one is a small function over today's
 * APIs, so moving to the new modules (lib/seasons, the salutation and idiom tables) is a change
 * here and nowhere else.
 *
 * Seasons are computed on the device with `Intl.DateTimeFormat` calendars (Umm al-Qura for
 * Ramadan and Eid, the Chinese and Korean lunisolar calendars for the new year), as described in
 * /work/shared/ADVICE.md §5; fixed periods (Golden Week, the August slowdown) are dates.
 */
import { analyzeDraft } from '../analysis/index';
import { dayStatus, weekendDays } from '../profiles/calendar';
import { getProfile } from '../profiles/load';
import { communicationTarget } from '../profiles/target';

// ---------------------------------------------------------------------------------------------
// Dates as YYYY-MM-DD keys, computed in UTC so no runtime time zone leaks in.

export function addDays(key: string, n: number): string {
  const [y, m, d] = key.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

export function weekday(key: string): number {
  const [y, m, d] = key.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** Whether a local date is a working day: not a CLDR weekend day and not a public holiday. */
export function isWorkingDay(cc: string, key: string): boolean {
  const s = dayStatus(cc, key);
  return !s.weekend && !s.holiday;
}

/** The first working day on or after `key` (at most 60 days on). */
export function firstWorkingDayFrom(cc: string, key: string): string | null {
  for (let i = 0; i < 60; i++) {
    const k = addDays(key, i);
    if (isWorkingDay(cc, k)) return k;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Seasons

export type SeasonId = 'ramadan' | 'spring-festival' | 'seollal' | 'tet' | 'golden-week' | 'august';

export interface Season {
  id: SeasonId;
  /** First and last local date, inclusive. */
  start: string;
  end: string;
  /** What it means for a deal, in English (the UI has its own translated text per id). */
  effect: string;
  source: string;
}

const parts = (cal: string) =>
  new Intl.DateTimeFormat(`en-u-ca-${cal}`, { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
const fmtCache = new Map<string, Intl.DateTimeFormat>();
function calDate(cal: string, key: string): { month: number; day: number } {
  let f = fmtCache.get(cal);
  if (!f) fmtCache.set(cal, (f = parts(cal)));
  const [y, m, d] = key.split('-').map(Number);
  const p: Record<string, string> = {};
  for (const x of f.formatToParts(new Date(Date.UTC(y, m - 1, d, 12)))) p[x.type] = x.value;
  return { month: Number(p.month), day: Number(p.day) };
}

/** The Gregorian dates in `year` (plus the next January) whose calendar date matches `pred`. */
function findDates(cal: string, year: number, pred: (c: { month: number; day: number }) => boolean, from = `${year}-01-01`, days = 366): string[] {
  const out: string[] = [];
  for (let i = 0; i < days; i++) {
    const k = addDays(from, i);
    if (pred(calDate(cal, k))) out.push(k);
  }
  return out;
}

const RAMADAN = new Set(['AE', 'SA', 'EG', 'ID', 'MY', 'TR', 'QA', 'KW', 'BH', 'OM', 'JO', 'MA', 'DZ', 'TN', 'PK', 'BD']);
const LUNAR_NEW_YEAR: Record<string, { id: SeasonId; before: number; after: number }> = {
  CN: { id: 'spring-festival', before: 1, after: 7 },
  TW: { id: 'spring-festival', before: 1, after: 5 },
  HK: { id: 'spring-festival', before: 1, after: 3 },
  SG: { id: 'spring-festival', before: 1, after: 2 },
  MY: { id: 'spring-festival', before: 1, after: 2 },
  VN: { id: 'tet', before: 2, after: 5 },
  KR: { id: 'seollal', before: 1, after: 1 },
};
const AUGUST = new Set(['FR', 'IT', 'ES']);

/**
 * The lunar new year as announced (China's State Council holiday notices; Hong Kong Observatory
 * calendar), for the years ICU's astronomical computation may miss by a day (it gives 7 February
 * for 2027, the announced date is 6 February). Covers 2024–2030; other years use ICU.
 */
const LUNAR_NEW_YEAR_ANNOUNCED: Record<number, string> = {
  2024: '2024-02-10',
  2025: '2025-01-29',
  2026: '2026-02-17',
  2027: '2027-02-06',
  2028: '2028-01-26',
  2029: '2029-02-13',
  2030: '2030-02-03',
};

const INTL = 'Computed on the device with Intl.DateTimeFormat';
const seasonCache = new Map<string, Season[]>();

/**
 * Seasons that slow business in a country, overlapping the Gregorian `year`, sorted by start.
 * Countries without a listed season get none (a missing season stays missing).
 */
export function seasonsFor(cc: string, year: number): Season[] {
  const key = `${cc}:${year}`;
  const hit = seasonCache.get(key);
  if (hit) return hit;
  const out: Season[] = [];
  if (RAMADAN.has(cc)) {
    const days = findDates('islamic-umalqura', year, (c) => c.month === 9);
    // Ramadan can straddle the new year; only a period starting in this year is listed.
    const groups: string[][] = [];
    for (const d of days) {
      const last = groups[groups.length - 1];
      if (last && addDays(last[last.length - 1], 1) === d) last.push(d);
      else groups.push([d]);
    }
    for (const g of groups) {
      // Eid al-Fitr (1 Shawwal) and the two days after it close most offices.
      const end = addDays(g[g.length - 1], 3);
      out.push({ id: 'ramadan', start: g[0], end, effect: 'Ramadan and Eid al-Fitr: shorter working hours, slower decisions, then offices close for Eid.', source: `${INTL} (islamic-umalqura): Ramadan is month 9, Eid al-Fitr 1 Shawwal` });
    }
  }
  const lny = LUNAR_NEW_YEAR[cc];
  if (lny) {
    const cal = cc === 'KR' ? 'dangi' : 'chinese';
    // Korea's own calendar (dangi, UTC+9) can put Seollal a day after China's new year, as in 2027.
    const announced = cal === 'chinese' ? LUNAR_NEW_YEAR_ANNOUNCED[year] : undefined;
    for (const d of announced ? [announced] : findDates(cal, year, (c) => c.month === 1 && c.day === 1, `${year}-01-15`, 40)) {
      out.push({
        id: lny.id,
        start: addDays(d, -lny.before),
        end: addDays(d, lny.after),
        effect: 'The lunar new year: offices close for several days, and work slows in the weeks around it.',
        source: announced ? 'Announced lunar new year dates 2024–2030 (State Council holiday notices; Hong Kong Observatory)' : `${INTL} (${cal}): the new year is month 1, day 1; may differ by a day from official announcements`,
      });
    }
  }
  if (cc === 'JP') out.push({ id: 'golden-week', start: `${year}-04-29`, end: `${year}-05-05`, effect: 'Golden Week: a run of public holidays; many offices close for the week.', source: 'Fixed period 29 April – 5 May (Japanese public holidays)' });
  if (AUGUST.has(cc)) out.push({ id: 'august', start: `${year}-08-01`, end: `${year}-08-31`, effect: 'The August holidays: many decision-makers are away for two or three weeks.', source: 'Customary August holiday period' });
  out.sort((a, b) => a.start.localeCompare(b.start));
  if (seasonCache.size > 200) seasonCache.clear();
  seasonCache.set(key, out);
  return out;
}

/** Whether a local date falls inside a season. */
export const inSeason = (s: Season, key: string) => key >= s.start && key <= s.end;

/** The weekend days of a country (re-exported here so the question code has one calendar seam). */
export const weekendOf = weekendDays;

// ---------------------------------------------------------------------------------------------
// Idioms: the draft analysis's own rule decides whether a sentence carries an idiom that does
// not travel, so a question can never disagree with what the Draft tab flags.

/** Whether the analysis flags an idiom in this English sentence written to `cc`. */
const idiomCache = new Map<string, boolean>();
export function flagsIdiom(sentence: string, cc: string): boolean {
  const key = `${cc}|${sentence}`;
  const hit = idiomCache.get(key);
  if (hit !== undefined) return hit;
  const flagged = flagsIdiomUncached(sentence, cc);
  if (idiomCache.size > 5000) idiomCache.clear();
  idiomCache.set(key, flagged);
  return flagged;
}

function flagsIdiomUncached(sentence: string, cc: string): boolean {
  const p = getProfile(cc);
  if (!p) return false;
  const target = communicationTarget(p, null);
  const a = analyzeDraft({ draft: sentence, lang: 'en', target, recipient: { country: cc }, now: new Date(Date.UTC(2026, 0, 5, 10)) });
  return a.suggestions.some((s) => s.category === 'idiom');
}

/** Sentences for the idiom questions: each either carries a common business idiom or none. */
export const IDIOM_SENTENCES = [
  'Could you give me a ballpark figure for the first order?',
  "Let's touch base next week about the delivery.",
  'This contract would be a home run for both teams.',
  'We should start with the low-hanging fruit.',
  "I'll circle back once legal has read the draft.",
  'The ball is in your court now.',
  "Let's get the ball rolling on the pilot.",
  'Please keep me in the loop on the pricing.',
  'We need to think outside the box on logistics.',
];
export const PLAIN_SENTENCES = [
  'Could you send me an estimate for the first order?',
  'I will call you next week about the delivery.',
  'This contract would benefit both companies.',
  'We should start with the simplest improvements.',
  'I will write again once our lawyers have read the draft.',
  'The next step is yours.',
  'We would like to start the pilot in May.',
  'Please tell me if the pricing changes.',
  'We need a new idea for the logistics.',
  'Thank you for the detailed proposal.',
  'Our team can deliver the samples by Friday.',
  'Please find the revised price list attached.',
];

// ---------------------------------------------------------------------------------------------
// Example contacts for salutation questions: common names, in the country's usual romanisation.

export interface ExampleName {
  given: string;
  surname: string;
  gender: 'f' | 'm';
}

const N = (given: string, surname: string, gender: 'f' | 'm'): ExampleName => ({ given, surname, gender });
export const EXAMPLE_NAMES: Record<string, [ExampleName, ExampleName]> = {
  DE: [N('Anna', 'Schmidt', 'f'), N('Thomas', 'Müller', 'm')],
  FR: [N('Claire', 'Martin', 'f'), N('Nicolas', 'Bernard', 'm')],
  GB: [N('Sarah', 'Thompson', 'f'), N('James', 'Wilson', 'm')],
  IT: [N('Giulia', 'Rossi', 'f'), N('Marco', 'Bianchi', 'm')],
  ES: [N('Lucía', 'García', 'f'), N('Javier', 'Martínez', 'm')],
  NL: [N('Sanne', 'de Vries', 'f'), N('Daan', 'Jansen', 'm')],
  BE: [N('Sophie', 'Peeters', 'f'), N('Lucas', 'Dubois', 'm')],
  CH: [N('Laura', 'Meier', 'f'), N('Daniel', 'Keller', 'm')],
  AT: [N('Katharina', 'Gruber', 'f'), N('Stefan', 'Huber', 'm')],
  SE: [N('Emma', 'Lindqvist', 'f'), N('Erik', 'Johansson', 'm')],
  PL: [N('Agnieszka', 'Nowak', 'f'), N('Piotr', 'Kowalski', 'm')],
  CZ: [N('Petra', 'Svobodová', 'f'), N('Jan', 'Dvořák', 'm')],
  IE: [N('Aoife', 'Murphy', 'f'), N('Seán', 'Kelly', 'm')],
  DK: [N('Mette', 'Nielsen', 'f'), N('Lars', 'Jensen', 'm')],
  NO: [N('Ingrid', 'Hansen', 'f'), N('Ola', 'Johansen', 'm')],
  FI: [N('Aino', 'Virtanen', 'f'), N('Mikko', 'Korhonen', 'm')],
  PT: [N('Ana', 'Ferreira', 'f'), N('João', 'Silva', 'm')],
  HU: [N('Eszter', 'Nagy', 'f'), N('László', 'Kovács', 'm')],
  RU: [N('Elena', 'Ivanova', 'f'), N('Sergei', 'Petrov', 'm')],
  TR: [N('Ayşe', 'Yılmaz', 'f'), N('Mehmet', 'Demir', 'm')],
  US: [N('Jennifer', 'Miller', 'f'), N('Michael', 'Johnson', 'm')],
  CA: [N('Emily', 'Tremblay', 'f'), N('Ryan', 'Roy', 'm')],
  MX: [N('Mariana', 'Hernández', 'f'), N('Alejandro', 'López', 'm')],
  BR: [N('Camila', 'Souza', 'f'), N('Rafael', 'Oliveira', 'm')],
  AR: [N('Valentina', 'Fernández', 'f'), N('Martín', 'González', 'm')],
  CL: [N('Catalina', 'Muñoz', 'f'), N('Sebastián', 'Rojas', 'm')],
  JP: [N('Yuki', 'Tanaka', 'f'), N('Hiroshi', 'Suzuki', 'm')],
  CN: [N('Li', 'Wang', 'f'), N('Wei', 'Zhang', 'm')],
  KR: [N('Ji-yeon', 'Kim', 'f'), N('Min-jun', 'Park', 'm')],
  IN: [N('Priya', 'Sharma', 'f'), N('Rahul', 'Gupta', 'm')],
  SG: [N('Mei Ling', 'Tan', 'f'), N('Wei Ming', 'Lim', 'm')],
  HK: [N('Ka Yan', 'Chan', 'f'), N('Chi Keung', 'Wong', 'm')],
  TW: [N('Shu-fen', 'Chen', 'f'), N('Chih-ming', 'Lin', 'm')],
  VN: [N('Lan', 'Nguyễn', 'f'), N('Minh', 'Trần', 'm')],
  MY: [N('Siti', 'Abdullah', 'f'), N('Ahmad', 'Ismail', 'm')],
  TH: [N('Siriporn', 'Saetang', 'f'), N('Somchai', 'Wongsawat', 'm')],
  ID: [N('Dewi', 'Lestari', 'f'), N('Budi', 'Santoso', 'm')],
  PH: [N('Maria', 'Santos', 'f'), N('Jose', 'Reyes', 'm')],
  AU: [N('Chloe', 'Smith', 'f'), N('Jack', 'Brown', 'm')],
  AE: [N('Fatima', 'Al Mansoori', 'f'), N('Khalid', 'Al Mazrouei', 'm')],
  SA: [N('Noura', 'Al Qahtani', 'f'), N('Faisal', 'Al Harbi', 'm')],
  IL: [N('Noa', 'Cohen', 'f'), N('Yossi', 'Levi', 'm')],
  ZA: [N('Thandi', 'Nkosi', 'f'), N('Pieter', 'van der Merwe', 'm')],
  EG: [N('Mona', 'Hassan', 'f'), N('Ahmed', 'Mahmoud', 'm')],
  NG: [N('Ngozi', 'Okafor', 'f'), N('Emeka', 'Adeyemi', 'm')],
};
