/**
 * Business seasons: the periods when business in a country slows or stops (Ramadan and the Eids,
 * the Spring Festival, Tết, Golden Week, Obon, Seollal, Chuseok, Diwali, Songkran, August in
 * southern Europe, the Christmas–New Year week) and the UAE's Friday half-day.
 *
 * Lunar dates are computed locally for any year from Intl's calendars (islamic-umalqura,
 * chinese, dangi): no data file and no network. Where the official date differs from ICU's
 * astronomical one, a committed correction (tables.json, with its source and the years checked)
 * wins. Tết comes from date-holidays' Vietnamese calendar; Diwali, which follows the Hindu
 * lunisolar calendar that Intl does not offer, from a committed table for the years it covers.
 * A year outside a table's range has no date: a missing value stays missing.
 *
 * Pure and synchronous; background-only (date-holidays).
 */
import Holidays from 'date-holidays';
import tables from './data/tables.json';

export type SeasonId =
  | 'ramadan'
  | 'eid-al-fitr'
  | 'eid-al-adha'
  | 'spring-festival'
  | 'tet'
  | 'golden-week'
  | 'obon'
  | 'seollal'
  | 'chuseok'
  | 'diwali'
  | 'songkran'
  | 'august'
  | 'year-end'
  | 'friday-half-day';

export const SEASON_IDS: SeasonId[] = [
  'ramadan', 'eid-al-fitr', 'eid-al-adha', 'spring-festival', 'tet', 'golden-week', 'obon', 'seollal', 'chuseok',
  'diwali', 'songkran', 'august', 'year-end', 'friday-half-day',
];

/** One occurrence of a season: an inclusive range of local dates (YYYY-MM-DD). */
export interface SeasonPeriod {
  id: SeasonId;
  start: string;
  end: string;
  /** The day the season is named after (Eid day, New Year's day …), when it has one. */
  peak?: string;
  /** Make-up working days inside or next to the period (China), when listed. */
  workdays?: string[];
  source: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const keyOf = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
export function addDays(key: string, n: number): string {
  const [y, m, d] = key.split('-').map(Number);
  return keyOf(new Date(Date.UTC(y, m - 1, d + n)));
}

const T = tables as unknown as {
  lunarNewYearCorrections: { $source: string; chinese: Record<string, string> };
  chinaMakeUpWorkdays: { $source: string; springFestival: Record<string, { off: [string, string]; work: string[] }> };
  diwali: { $source: string; dates: Record<string, string> };
  muslimMajority: { $source: string; countries: string[] };
  gulfRamadanHours: { $source: string; countries: string[] };
  christmasSlowdown: { $source: string; countries: string[] };
  augustSlowdown: { $source: string; countries: string[] };
  uaeFriday: { $source: string; countries: string[] };
};
const MUSLIM = new Set(T.muslimMajority.countries);
export const GULF_RAMADAN_HOURS = new Set(T.gulfRamadanHours.countries);
const CHRISTMAS = new Set(T.christmasSlowdown.countries);
const AUGUST = new Set(T.augustSlowdown.countries);
const FRIDAY = new Set(T.uaeFriday.countries);
const CHINESE_NY = new Set(['CN', 'TW', 'HK', 'MO', 'SG']);

// ---------------------------------------------------------------------------------------------
// Intl calendars

const fmtCache = new Map<string, Intl.DateTimeFormat>();
function calendarDate(cal: string, key: string): { month: string; day: number } {
  let f = fmtCache.get(cal);
  if (!f) {
    f = new Intl.DateTimeFormat(`en-u-ca-${cal}`, { timeZone: 'UTC', month: 'numeric', day: 'numeric' });
    fmtCache.set(cal, f);
  }
  const [y, m, d] = key.split('-').map(Number);
  const parts = f.formatToParts(new Date(Date.UTC(y, m - 1, d)));
  // Leap months in the Chinese calendar are "4bis"; they never equal "1" or "8".
  return { month: parts.find((p) => p.type === 'month')?.value ?? '', day: Number(parts.find((p) => p.type === 'day')?.value) };
}

/**
 * Month/day → Gregorian dates for every day from late November of the year before to early
 * February of the year after `year`, in calendar `cal`: one scan per calendar and year, cached.
 */
const scanCache = new Map<string, Map<string, string[]>>();
function scan(cal: string, year: number): Map<string, string[]> {
  const ck = `${cal}|${year}`;
  let map = scanCache.get(ck);
  if (map) return map;
  map = new Map();
  for (let k = `${year - 1}-11-20`; k <= `${year + 1}-02-10`; k = addDays(k, 1)) {
    const c = calendarDate(cal, k);
    const mk = `${c.month}|${c.day}`;
    const list = map.get(mk);
    if (list) list.push(k);
    else map.set(mk, [k]);
  }
  scanCache.set(ck, map);
  return map;
}
const datesOf = (cal: string, year: number, month: string, day: number) => scan(cal, year).get(`${month}|${day}`) ?? [];

/** Lunar New Year (1/1) of the Chinese or Korean (dangi) calendar in `year`, with corrections. */
export function lunarNewYear(year: number, cal: 'chinese' | 'dangi' = 'chinese'): string | null {
  if (cal === 'chinese' && T.lunarNewYearCorrections.chinese[String(year)]) return T.lunarNewYearCorrections.chinese[String(year)];
  return datesOf(cal, year, '1', 1).find((k) => k.startsWith(`${year}-`)) ?? null;
}

/** Chuseok (dangi 8/15) in `year`. */
export function chuseok(year: number): string | null {
  return datesOf('dangi', year, '8', 15).find((k) => k.startsWith(`${year}-`)) ?? null;
}

/**
 * Every Ramadan that touches `year` (1 Ramadan to the day before 1 Shawwal, Umm al-Qura): two
 * in some years (2030 has one starting in January and one in December).
 */
export function ramadans(year: number): { start: string; end: string }[] {
  const starts = datesOf('islamic-umalqura', year, '9', 1);
  const fitrs = [...datesOf('islamic-umalqura', year, '10', 1), ...datesOf('islamic-umalqura', year + 1, '10', 1)];
  return starts
    .map((start) => {
      const fitr = fitrs.find((k) => k > start);
      return { start, end: fitr ? addDays(fitr, -1) : addDays(start, 29) };
    })
    .filter((r) => r.end >= `${year}-01-01` && r.start <= `${year}-12-31`);
}
/** The first Ramadan that starts in `year`. */
export function ramadan(year: number): { start: string; end: string } | null {
  return ramadans(year).find((r) => r.start.startsWith(`${year}-`)) ?? null;
}

/** 1 Shawwal dates in `year`. */
export function eidAlFitr(year: number): string | null {
  return datesOf('islamic-umalqura', year, '10', 1).find((k) => k.startsWith(`${year}-`)) ?? null;
}
/** 10 Dhu al-Hijjah in `year`. */
export function eidAlAdha(year: number): string | null {
  return datesOf('islamic-umalqura', year, '12', 10).find((k) => k.startsWith(`${year}-`)) ?? null;
}
const hijriAll = (year: number, month: number, day: number) =>
  datesOf('islamic-umalqura', year, String(month), day).filter((k) => k >= `${year - 1}-12-20` && k <= `${year}-12-31`);

const vnHolidays = (() => {
  let h: Holidays | null = null;
  return () => (h ??= new Holidays('VN'));
})();
/** Tết Nguyên Đán in `year` from date-holidays' Vietnamese calendar; the Chinese calendar when absent. */
export function tet(year: number): string | null {
  try {
    const hit = vnHolidays()
      .getHolidays(year)
      .find((x) => /Tết Nguyên Đán/.test(x.name) && !/Giao thừa/.test(x.name));
    if (hit) return hit.date.slice(0, 10);
  } catch {
    // fall through to the Chinese calendar
  }
  return lunarNewYear(year, 'chinese');
}

// ---------------------------------------------------------------------------------------------
// Seasons per country and year

const INTL_SRC = 'computed locally with Intl.DateTimeFormat';
const periodCache = new Map<string, SeasonPeriod[]>();

/** Every season period for country `cc` that touches `year`. */
export function seasonsFor(cc: string, year: number): SeasonPeriod[] {
  const key = `${cc}|${year}`;
  const hit = periodCache.get(key);
  if (hit) return hit;
  const out: SeasonPeriod[] = [];
  const add = (p: SeasonPeriod | null) => p && out.push(p);
  if (MUSLIM.has(cc)) {
    for (const r of ramadans(year)) {
      add({ id: 'ramadan', start: r.start, end: r.end, source: `Umm al-Qura calendar (islamic-umalqura), ${INTL_SRC}; ${T.gulfRamadanHours.$source}` });
    }
    for (const f of hijriAll(year, 10, 1)) {
      add({ id: 'eid-al-fitr', start: f, end: addDays(f, 3), peak: f, source: `1 Shawwal, Umm al-Qura calendar, ${INTL_SRC}; local dates follow moon sighting and may differ by a day` });
    }
    for (const a of hijriAll(year, 12, 10)) {
      add({ id: 'eid-al-adha', start: addDays(a, -1), end: addDays(a, 3), peak: a, source: `10 Dhu al-Hijjah, Umm al-Qura calendar, ${INTL_SRC}; local dates may differ by a day` });
    }
  }
  if (CHINESE_NY.has(cc)) {
    const ny = lunarNewYear(year, 'chinese');
    const mk = cc === 'CN' ? T.chinaMakeUpWorkdays.springFestival[String(year)] : undefined;
    if (ny) {
      add({
        id: 'spring-festival',
        start: mk ? mk.off[0] : addDays(ny, -2),
        end: mk ? mk.off[1] : addDays(ny, 6),
        peak: ny,
        workdays: mk?.work,
        source: `Chinese calendar (ICU), ${INTL_SRC}; ${T.lunarNewYearCorrections.$source}` + (mk ? `; ${T.chinaMakeUpWorkdays.$source}` : ''),
      });
    }
  }
  if (cc === 'VN') {
    const t = tet(year);
    if (t) add({ id: 'tet', start: addDays(t, -3), end: addDays(t, 5), peak: t, source: 'Vietnamese lunar calendar (date-holidays); Labour Code 2019 art. 112 (Tết holiday)' });
  }
  if (cc === 'JP') {
    add({ id: 'golden-week', start: `${year}-04-29`, end: `${year}-05-05`, source: 'Public Holidays Act (Japan): Shōwa Day 29 April, Constitution Day 3 May, Greenery Day 4 May, Children’s Day 5 May' });
    add({ id: 'obon', start: `${year}-08-13`, end: `${year}-08-16`, source: 'Obon (mid-August), customary company closure in Japan; not a public holiday' });
  }
  if (cc === 'KR') {
    const s = lunarNewYear(year, 'dangi');
    if (s) add({ id: 'seollal', start: addDays(s, -1), end: addDays(s, 1), peak: s, source: `Korean calendar (dangi), ${INTL_SRC}; Regulations on Holidays of Government Offices (Korea)` });
    const c = chuseok(year);
    if (c) add({ id: 'chuseok', start: addDays(c, -1), end: addDays(c, 1), peak: c, source: `Korean calendar (dangi) 8/15, ${INTL_SRC}; Regulations on Holidays of Government Offices (Korea)` });
  }
  if (cc === 'IN') {
    const d = T.diwali.dates[String(year)];
    if (d) add({ id: 'diwali', start: addDays(d, -2), end: addDays(d, 2), peak: d, source: T.diwali.$source });
  }
  if (cc === 'TH') add({ id: 'songkran', start: `${year}-04-13`, end: `${year}-04-15`, source: 'Songkran, Thai public holiday 13–15 April (Cabinet of Thailand)' });
  if (AUGUST.has(cc)) add({ id: 'august', start: `${year}-08-01`, end: `${year}-08-31`, source: T.augustSlowdown.$source });
  if (CHRISTMAS.has(cc)) {
    add({ id: 'year-end', start: `${year - 1}-12-24`, end: `${year}-01-01`, source: T.christmasSlowdown.$source });
    add({ id: 'year-end', start: `${year}-12-24`, end: `${year + 1}-01-01`, source: T.christmasSlowdown.$source });
  }
  periodCache.set(key, out);
  return out;
}

/** The seasons in force in country `cc` on local date `date` (YYYY-MM-DD). */
export function seasonsOn(cc: string, date: string): SeasonPeriod[] {
  const c = cc.toUpperCase();
  const year = Number(date.slice(0, 4));
  const out = seasonsFor(c, year).filter((p) => p.start <= date && date <= p.end);
  if (FRIDAY.has(c)) {
    const [y, m, d] = date.split('-').map(Number);
    if (new Date(Date.UTC(y, m - 1, d)).getUTCDay() === 5) out.push({ id: 'friday-half-day', start: date, end: date, source: T.uaeFriday.$source });
  }
  return out;
}

/** Countries for which at least one season is defined (for tests and docs). */
export function seasonCountries(): string[] {
  return [...new Set([...MUSLIM, ...CHINESE_NY, 'VN', 'JP', 'KR', 'IN', 'TH', ...AUGUST, ...CHRISTMAS, ...FRIDAY])].sort();
}
