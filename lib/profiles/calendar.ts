/**
 * Local time, working week and public holidays for a country, computed on the device.
 *
 * Data: the working week and primary time zone come from a compact table generated at build time
 * (lib/profiles/generated/calendar.json, from CLDR weekData/primaryZones, date-holidays' zone
 * order and countries-and-timezones). Public holidays are computed by date-holidays (ISC code,
 * CC-BY-SA data, attributed in data/SOURCES.md). date-holidays carries ~0.8 MB of rules, so this
 * module belongs in the background worker only — never import it from a content script.
 *
 * Conventions:
 * - weekdays are numbers 0 = Sunday … 6 = Saturday, as `Date#getDay`;
 * - dates are `YYYY-MM-DD` in the country's local calendar;
 * - **working hours are 09:00–17:59 local time** (hour 9 up to, not including, 18) on a day that
 *   is neither a CLDR weekend day nor a date-holidays public holiday. That is a deliberately simple
 *   convention: real office hours vary by company and sector, and the point is only to warn about
 *   mail that lands at night, at the weekend or on a holiday;
 * - countries with several zones use their primary (most populous / capital) zone;
 * - an unknown or malformed code gets the CLDR world default (Saturday–Sunday weekend, Monday
 *   first), UTC clock (`timeZone: null`) and no holidays.
 */
import Holidays from 'date-holidays';
import table from './generated/calendar.json';

interface CalendarRow {
  f: number;
  w: number[];
  tz: string | null;
}

const COUNTRIES = (table as { countries: Record<string, CalendarRow> }).countries;
const WORLD: CalendarRow = { f: 1, w: [6, 0], tz: null };

/** First working hour (inclusive) and the hour work stops (exclusive), local time. */
export const WORK_START_HOUR = 9;
export const WORK_END_HOUR = 18;

function norm(cc: string): string {
  return typeof cc === 'string' ? cc.trim().toUpperCase() : '';
}

function row(cc: string): CalendarRow {
  const c = norm(cc);
  return Object.prototype.hasOwnProperty.call(COUNTRIES, c) ? COUNTRIES[c] : WORLD;
}

/** Weekend days (0 = Sunday … 6 = Saturday) per CLDR weekData, e.g. `[5, 6]` for Saudi Arabia. */
export function weekendDays(cc: string): number[] {
  return [...row(cc).w];
}

/** The first day of the week per CLDR weekData (0 = Sunday … 6 = Saturday). */
export function firstDay(cc: string): number {
  return row(cc).f;
}

/** The country's primary IANA time zone, or null when none is known (e.g. Bouvet Island). */
export function primaryTimeZone(cc: string): string | null {
  return row(cc).tz;
}

/** Whether this country's calendar row comes from data (false = world default was used). */
export function hasCalendarData(cc: string): boolean {
  return Object.prototype.hasOwnProperty.call(COUNTRIES, norm(cc));
}

// ---------------------------------------------------------------------------------------------
// Wall-clock arithmetic without a date library: Intl gives the local fields of an instant, and
// the UTC offset is the difference between those fields read as UTC and the instant itself.

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(tz, f);
  }
  return f;
}

interface Fields {
  y: number;
  m: number;
  d: number;
  h: number;
  mi: number;
  s: number;
}

function fieldsIn(tz: string | null, t: number): Fields {
  if (tz) {
    try {
      const p: Record<string, number> = {};
      for (const part of formatter(tz).formatToParts(new Date(t))) {
        if (part.type !== 'literal') p[part.type] = Number(part.value);
      }
      return { y: p.year, m: p.month, d: p.day, h: p.hour % 24, mi: p.minute, s: p.second };
    } catch {
      // An engine without this zone: fall through to UTC rather than throw in the background.
    }
  }
  const d = new Date(t);
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate(), h: d.getUTCHours(), mi: d.getUTCMinutes(), s: d.getUTCSeconds() };
}

/** Offset of local time from UTC at instant t, in minutes (east positive). */
function offsetMinutes(tz: string | null, t: number): number {
  const f = fieldsIn(tz, t);
  const asUtc = Date.UTC(f.y, f.m - 1, f.d, f.h, f.mi, f.s);
  return Math.round((asUtc - (t - (((t % 1000) + 1000) % 1000))) / 60_000);
}

const pad = (n: number, w = 2) => String(Math.abs(n)).padStart(w, '0');

function dateKeyOf(f: Pick<Fields, 'y' | 'm' | 'd'>): string {
  return `${f.y < 0 ? '-' : ''}${pad(f.y, 4)}-${pad(f.m)}-${pad(f.d)}`;
}

function parseDateKey(key: string): { y: number; m: number; d: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(key);
  if (!m) return null;
  return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
}

function addDays(key: string, n: number): string {
  const p = parseDateKey(key);
  if (!p) return key;
  const d = new Date(Date.UTC(p.y, p.m - 1, p.d + n));
  return dateKeyOf({ y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() });
}

function weekdayOf(key: string): number {
  const p = parseDateKey(key);
  return p ? new Date(Date.UTC(p.y, p.m - 1, p.d)).getUTCDay() : 0;
}

/** The UTC instant at which the wall clock in `tz` shows `key` hh:mm. */
function zonedInstant(tz: string | null, key: string, hour: number, minute: number): number {
  const p = parseDateKey(key)!;
  const guess = Date.UTC(p.y, p.m - 1, p.d, hour, minute);
  const off1 = offsetMinutes(tz, guess - offsetMinutes(tz, guess) * 60_000);
  // Second pass settles instants near a DST change, where the first guess used the wrong side.
  return guess - off1 * 60_000;
}

export interface LocalTime {
  timeZone: string | null;
  /** Local wall time with its UTC offset, e.g. `2026-03-02T10:15:00+09:00`. */
  iso: string;
  weekday: number;
  hour: number;
  minute: number;
  /** YYYY-MM-DD in the local calendar. */
  dateKey: string;
}

/** The wall-clock time in the country's primary zone at instant `now`. */
export function localTime(cc: string, now: Date): LocalTime {
  const tz = primaryTimeZone(cc);
  const t = now.getTime();
  const f = fieldsIn(tz, t);
  const off = offsetMinutes(tz, t);
  const dateKey = dateKeyOf(f);
  const sign = off < 0 ? '-' : '+';
  const iso = `${dateKey}T${pad(f.h)}:${pad(f.mi)}:${pad(f.s)}${sign}${pad(Math.trunc(Math.abs(off) / 60))}:${pad(Math.abs(off) % 60)}`;
  return { timeZone: tz, iso, weekday: weekdayOf(dateKey), hour: f.h, minute: f.mi, dateKey };
}

// ---------------------------------------------------------------------------------------------
// Holidays

export interface PublicHoliday {
  date: string;
  name: string;
  type: string;
}

const holidayCache = new Map<string, PublicHoliday[]>();
const HOLIDAY_CACHE_MAX = 200;
/** One date-holidays instance per country: building one parses that country's rules. */
const instances = new Map<string, Holidays>();

function holidaysFor(cc: string): Holidays {
  let hd = instances.get(cc);
  if (!hd) {
    hd = new Holidays(cc, { languages: ['en'], types: ['public'] });
    if (instances.size >= 60) instances.delete(instances.keys().next().value as string);
    instances.set(cc, hd);
  }
  return hd;
}

/**
 * Public holidays (date-holidays type `public` only; bank, school, optional days and observances
 * are left out) for the whole country — regional holidays are not included. Names are English
 * where date-holidays has them, else the local name. Cached per country and year.
 */
export function publicHolidays(cc: string, year: number): PublicHoliday[] {
  const c = norm(cc);
  if (!/^[A-Z]{2}$/.test(c) || !Number.isInteger(year) || year < 1900 || year > 2200) return [];
  const key = `${c}:${year}`;
  const hit = holidayCache.get(key);
  if (hit) return hit.map((h) => ({ ...h }));
  let list: PublicHoliday[] = [];
  try {
    list = (holidaysFor(c).getHolidays(year, 'en') || [])
      .filter((h) => h.type === 'public')
      .map((h) => ({ date: h.date.slice(0, 10), name: h.name, type: h.type }));
  } catch {
    // date-holidays throws on some malformed inputs; an unknown country has no holidays.
    list = [];
  }
  if (holidayCache.size >= HOLIDAY_CACHE_MAX) holidayCache.delete(holidayCache.keys().next().value as string);
  holidayCache.set(key, list);
  return list.map((h) => ({ ...h }));
}

/** Whether a local date is a weekend day and which public holiday (names joined by " / ") falls on it. */
export function dayStatus(cc: string, date: string): { weekend: boolean; holiday: string | null } {
  const p = parseDateKey(date);
  if (!p) return { weekend: false, holiday: null };
  const weekend = row(cc).w.includes(weekdayOf(date));
  const names = publicHolidays(cc, p.y)
    .filter((h) => h.date === date)
    .map((h) => h.name);
  return { weekend, holiday: names.length ? [...new Set(names)].join(' / ') : null };
}

export type WorkingState = 'working' | 'outside-hours' | 'weekend' | 'holiday';

/**
 * Whether it is working time in the country at `now`: a public holiday wins over the weekend,
 * and working hours are 09:00–17:59 local (see the module comment).
 */
export function workingStatus(
  cc: string,
  now: Date,
): { status: WorkingState; holidayToday: string | null; holidayTomorrow: string | null; local: LocalTime } {
  const local = localTime(cc, now);
  const today = dayStatus(cc, local.dateKey);
  const tomorrow = dayStatus(cc, addDays(local.dateKey, 1));
  let status: WorkingState;
  if (today.holiday) status = 'holiday';
  else if (today.weekend) status = 'weekend';
  else if (local.hour >= WORK_START_HOUR && local.hour < WORK_END_HOUR) status = 'working';
  else status = 'outside-hours';
  return { status, holidayToday: today.holiday, holidayTomorrow: tomorrow.holiday, local };
}

/**
 * The next instant within working hours in the country: `now` itself when it already is, else
 * 09:00 local on the next working day. Looks at most 400 days ahead.
 */
export function nextWorkingSlot(cc: string, now: Date): Date {
  const ws = workingStatus(cc, now);
  if (ws.status === 'working') return new Date(now.getTime());
  const tz = primaryTimeZone(cc);
  for (let i = 0; i <= 400; i++) {
    const key = addDays(ws.local.dateKey, i);
    const day = dayStatus(cc, key);
    if (day.weekend || day.holiday) continue;
    const start = zonedInstant(tz, key, WORK_START_HOUR, 0);
    if (start > now.getTime()) return new Date(start);
  }
  return new Date(now.getTime());
}
