/**
 * "Prepare for a call with <name>" from an open CRM record (issue #17): who the person is, their
 * local time now, the best call windows inside both sides' working hours, the holidays and
 * seasons coming up in their country, and rank-matching advice from their job title. Pure: the
 * background calls it with the record the content script extracted; the CLI could too.
 *
 * Data comes through small adapters (lib/practice/adapters.ts for seasons, the calendar for
 * holidays and working days, the profile's curated decision style and Hofstede PDI for rank), so
 * the richer negotiation stances can replace `rankAdvice` in one place.
 */
import type { RecordFields } from '../protocol';
import type { CountryProfile } from '../profiles/schema';
import { dayStatus, localTime, primaryTimeZone, publicHolidays, WORK_END_HOUR, WORK_START_HOUR, workingStatus, type WorkingState } from '../profiles/calendar';
import { countryFromCity, countryFromName } from '../locale/places';
import { seasonsFor } from '../practice/adapters';
import { DATA_SOURCES_VERSIONS } from '../profiles/load';

export type RankLevel = 'executive' | 'manager' | 'staff';

/** Page text is untrusted: one line, no control or bidi characters, at most `max` characters. */
export function cleanField(v: string | undefined | null, max = 120): string | null {
  if (typeof v !== 'string') return null;
  // eslint-disable-next-line no-control-regex
  const s = v.replace(/[\u0000-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, ' ').replace(/\s+/g, ' ').trim();
  return s ? s.slice(0, max) : null;
}

/** The counterpart's country from the record: the country field, else the city, else the address's last line. */
export function recordCountry(record: RecordFields): string | null {
  const tries = [record.country, record.city, record.address?.split(/[,\n]/).pop()];
  for (const t of tries) {
    const v = cleanField(t);
    if (!v) continue;
    const cc = countryFromName(v) ?? countryFromCity(v);
    if (cc) return cc;
  }
  return null;
}

// Job titles in the languages CRM records are kept in. Executive first: "Director of Sales" is
// executive even though it names a function; "Sales Manager" is a manager.
const EXECUTIVE =
  /\b(ceo|cfo|cto|coo|cio|cmo|chief|president[ea]?|présidente?|presidente|vp|svp|evp|vice[- ]president|director[a]?|diretor[a]?|directeur|directrice|direktor(in)?|geschäftsführer(in)?|vorstand|leiter(in)?|head|owner|founder|co-founder|partner|managing|general manager|gerente general|gerente geral|amministratore|direttore|direttrice|prezes|dyrektor|genel müdür|müdür)\b|社長|取締役|部長|本部長|執行役員|总经理|總經理|总监|總監|董事|사장|이사|부장|전무|상무|مدير عام|الرئيس/i;
const MANAGER = /\b(manager|gerente|gestor[a]?|responsable|responsabile|leader|lead|supervisor|coordinat(or|rice)|kierownik|manajer|jefe|jefa|chef|abteilungsleiter)\b|課長|经理|經理|主管|과장|팀장/i;

/** The rank a job title signals, or null when it says nothing recognisable. */
export function rankOf(title: string | null): RankLevel | null {
  if (!title) return null;
  if (EXECUTIVE.test(title)) return 'executive';
  if (MANAGER.test(title)) return 'manager';
  return /\w/.test(title) ? 'staff' : null;
}

export interface Advice {
  text: string;
  basis: string[];
}

/** Rank-matching advice from the title's rank, the curated decision style and Hofstede PDI. */
export function rankAdvice(level: RankLevel | null, title: string | null, p: CountryProfile): Advice[] {
  const style = p.norms?.decisions?.value.style ?? null;
  const pdi = p.dimensions.hofstede.pdi ?? p.dimensions.hofstedeRegion?.scores.pdi ?? null;
  const basis = [style ? `curated norms: decisions ${style}` : null, pdi ? `Hofstede PDI ${pdi.value} (${pdi.kind})` : null].filter((x): x is string => !!x);
  const hierarchical = style === 'top-down' || (pdi !== null && pdi.value >= 60);
  const who = title ? `“${title}”` : 'Their title';
  if (!level) return [{ text: 'No job title on the record: ask early who else will be involved in the decision.', basis: [] }];
  if (level === 'executive') {
    return hierarchical
      ? [{ text: `${who} is a senior title, and rank is matched there: bring someone of similar seniority, and let them lead the opening.`, basis }]
      : [{ text: `${who} is a senior title, but rank is matched less strictly there: bring the person who knows the detail; a senior sponsor can join later.`, basis }];
  }
  if (style === 'consensual') return [{ text: `${who}: decisions are built by consensus, so expect your proposal to circulate. Give them material they can share internally.`, basis }];
  if (hierarchical) return [{ text: `${who} may not decide alone: ask, politely, who else will review the proposal, and plan a meeting at a senior level.`, basis }];
  return [{ text: `${who}: ask how the decision will be made and who else is involved.`, basis }];
}

// ---------------------------------------------------------------------------------------------
// Clocks and call windows

interface Wall {
  dateKey: string;
  hour: number;
  minute: number;
}

const wallFormatters = new Map<string, Intl.DateTimeFormat>();
/** Wall-clock fields of instant `t` in `tz` (UTC when the zone is unknown). */
export function wallClock(tz: string | null, t: number): Wall {
  const zone = tz ?? 'UTC';
  let f = wallFormatters.get(zone);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
    } catch {
      f = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
    }
    wallFormatters.set(zone, f);
  }
  const p: Record<string, string> = {};
  for (const x of f.formatToParts(new Date(t))) p[x.type] = x.value;
  return { dateKey: `${p.year}-${p.month}-${p.day}`, hour: Number(p.hour) % 24, minute: Number(p.minute) };
}

/** A time zone name the runtime accepts, or null. */
export function validZone(tz: string | null | undefined): string | null {
  if (!tz || typeof tz !== 'string' || tz.length > 64) return null;
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return tz;
  } catch {
    return null;
  }
}

export interface CallWindow {
  /** UTC instants (ms), half-open [start, end). */
  start: number;
  end: number;
  /** True when no slot fits both sides' 09:00–18:00 and the window uses 08:00–20:00. */
  extended: boolean;
}

const SLOT = 30 * 60_000;

function working(cc: string | null, w: Wall, from: number, to: number): boolean {
  if (w.hour < from || w.hour >= to) return false;
  if (!cc) {
    const wd = new Date(`${w.dateKey}T12:00:00Z`).getUTCDay();
    return wd !== 0 && wd !== 6;
  }
  const s = dayStatus(cc, w.dateKey);
  return !s.weekend && !s.holiday;
}

/**
 * Windows in the next `days` days when it is working time for both sides: the counterpart's
 * country in its primary zone, and the user in their own zone with their home country's weekend
 * and holidays (Saturday–Sunday when the home country is unknown). At most one window per day of
 * the user's calendar, the longest; at most `limit` in all.
 */
export function callWindows(to: string, home: string | null, yourZone: string | null, now: Date, days = 7, limit = 5): CallWindow[] {
  const theirZone = primaryTimeZone(to);
  const scan = (from: number, until: number, extended: boolean): CallWindow[] => {
    const start = Math.ceil(now.getTime() / SLOT) * SLOT;
    const out: CallWindow[] = [];
    let open: CallWindow | null = null;
    for (let t = start; t < start + days * 86_400_000; t += SLOT) {
      const ok = working(to, wallClock(theirZone, t), from, until) && working(home, wallClock(yourZone, t), from, until);
      if (ok && open) open.end = t + SLOT;
      else if (ok) open = { start: t, end: t + SLOT, extended };
      else if (open) {
        out.push(open);
        open = null;
      }
    }
    if (open) out.push(open);
    // The longest window per day of the user's calendar.
    const best = new Map<string, CallWindow>();
    for (const w of out) {
      const day = wallClock(yourZone, w.start).dateKey;
      const cur = best.get(day);
      if (!cur || w.end - w.start > cur.end - cur.start) best.set(day, w);
    }
    return [...best.values()].sort((a, b) => a.start - b.start).slice(0, limit);
  };
  const normal = scan(WORK_START_HOUR, WORK_END_HOUR, false);
  return normal.length ? normal : scan(8, 20, true);
}

// ---------------------------------------------------------------------------------------------
// Holidays and seasons ahead

export interface UpcomingEvent {
  kind: 'holiday' | 'season';
  /** Local dates, inclusive. */
  start: string;
  end: string;
  name: string;
  /** The season id (for the UI's translated name), null for a holiday. */
  season: string | null;
  effect: string;
  source: string;
}

const addDays = (key: string, n: number) => new Date(Date.parse(`${key}T12:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** Public holidays in the next `days` days and seasons overlapping them, in the counterpart's calendar. */
export function upcomingEvents(cc: string, now: Date, days = 60): UpcomingEvent[] {
  const today = localTime(cc, now).dateKey;
  const last = addDays(today, days);
  const years = [...new Set([Number(today.slice(0, 4)), Number(last.slice(0, 4))])];
  const out: UpcomingEvent[] = [];
  const seen = new Set<string>();
  for (const y of years) {
    for (const h of publicHolidays(cc, y)) {
      if (h.date < today || h.date > last || seen.has(h.date)) continue;
      seen.add(h.date);
      out.push({ kind: 'holiday', start: h.date, end: h.date, name: h.name, season: null, effect: 'Public holiday: offices closed.', source: `date-holidays ${DATA_SOURCES_VERSIONS.dateHolidays}, public holidays` });
    }
    for (const s of seasonsFor(cc, y)) {
      if (s.end < today || s.start > last) continue;
      out.push({ kind: 'season', start: s.start, end: s.end, name: s.id, season: s.id, effect: s.effect, source: s.source });
    }
  }
  return out.sort((a, b) => a.start.localeCompare(b.start) || a.kind.localeCompare(b.kind));
}

// ---------------------------------------------------------------------------------------------

export interface CallPrep {
  name: string | null;
  company: string | null;
  title: string | null;
  dealStage: string | null;
  country: string;
  countryName: string;
  /** Where the country came from: the record's own fields, or the user's / the draft's choice. */
  countryFrom: 'record' | 'chosen';
  rank: RankLevel | null;
  rankAdvice: Advice[];
  now: number;
  their: { timeZone: string | null; iso: string; status: WorkingState; holidayToday: string | null };
  yourTimeZone: string | null;
  windows: CallWindow[];
  events: UpcomingEvent[];
  sources: string[];
}

export interface CallPrepInput {
  record: RecordFields;
  /** The counterpart's profile (chosen by the user, else from the record). */
  profile: CountryProfile;
  countryFrom: 'record' | 'chosen';
  home: string | null;
  yourTimeZone: string | null;
  now: Date;
}

/** Build the call preparation. Deterministic for the same inputs. */
export function buildCallPrep(inp: CallPrepInput): CallPrep {
  const { record, profile: p, now } = inp;
  const cc = p.country;
  const title = cleanField(record.role);
  const rank = rankOf(title);
  const ws = workingStatus(cc, now);
  const zone = validZone(inp.yourTimeZone);
  const events = upcomingEvents(cc, now);
  const sources = new Set<string>(['tzdb and CLDR weekData (working week 09:00–18:00 local, by convention)']);
  for (const e of events) sources.add(e.source);
  if (p.norms?.decisions) sources.add(`${p.norms.decisions.source} (${p.norms.decisions.version}; ${p.norms.decisions.kind})`);
  const pdi = p.dimensions.hofstede.pdi;
  if (pdi) sources.add(`${pdi.source} (${pdi.version}; ${pdi.kind})`);
  return {
    name: cleanField(record.name, 80),
    company: cleanField(record.company),
    title,
    dealStage: cleanField(record.dealStage),
    country: cc,
    countryName: p.name,
    countryFrom: inp.countryFrom,
    rank,
    rankAdvice: rankAdvice(rank, title, p),
    now: now.getTime(),
    their: { timeZone: ws.local.timeZone, iso: ws.local.iso, status: ws.status, holidayToday: ws.holidayToday },
    yourTimeZone: zone,
    windows: callWindows(cc, inp.home, zone, now),
    events,
    sources: [...sources].sort(),
  };
}

// ---------------------------------------------------------------------------------------------
// Markdown

const mdEscape = (s: string) => s.replace(/([\\`*_[\]<>#|])/g, '\\$1');

function fmtTime(t: number, tz: string | null): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: tz ?? 'UTC', weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(t));
}
function fmtHour(t: number, tz: string | null): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: tz ?? 'UTC', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(t));
}
function fmtDate(key: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(`${key}T12:00:00Z`));
}

const STATUS: Record<WorkingState, string> = { working: 'working hours', 'outside-hours': 'outside working hours', weekend: 'weekend', holiday: 'public holiday' };
const SEASON_NAMES: Record<string, string> = {
  ramadan: 'Ramadan and Eid al-Fitr',
  'spring-festival': 'Spring Festival (lunar new year)',
  seollal: 'Seollal (lunar new year)',
  tet: 'Tết (lunar new year)',
  'golden-week': 'Golden Week',
  august: 'August holidays',
};
export const seasonName = (id: string) => SEASON_NAMES[id] ?? id;

/** A title line: "Call with Ana Souza (Diretora de Compras, Metalúrgica Paulista Ltda.) — Brazil". */
export function callTitle(prep: CallPrep): string {
  const who = prep.name ?? 'your contact';
  const extra = [prep.title, prep.company].filter(Boolean).join(', ');
  return `Call with ${who}${extra ? ` (${extra})` : ''} — ${prep.countryName}`;
}

/**
 * The call preparation as Markdown, followed by the country brief (already Markdown, with its
 * headings moved one level down). Page text is escaped, never trusted as markup.
 */
export function callPrepToMarkdown(prep: CallPrep, briefMarkdown: string): string {
  const out: string[] = [`# ${mdEscape(callTitle(prep))}`, ''];
  out.push('## Before the call', '');
  out.push(`- Their local time now: ${fmtTime(prep.now, prep.their.timeZone)} (${prep.their.timeZone ?? 'UTC'}, ${STATUS[prep.their.status]}${prep.their.holidayToday ? `: ${mdEscape(prep.their.holidayToday)}` : ''})`);
  for (const a of prep.rankAdvice) out.push(`- ${mdEscape(a.text)}${a.basis.length ? ` _(${mdEscape(a.basis.join('; '))})_` : ''}`);
  out.push('', '### Best call windows (both sides in working hours)', '');
  if (!prep.windows.length) out.push('- No overlap in the next seven days, even between 08:00 and 20:00: consider email or a recorded message.');
  for (const w of prep.windows) {
    out.push(
      `- ${fmtTime(w.start, prep.yourTimeZone)}–${fmtHour(w.end, prep.yourTimeZone)} your time (${prep.yourTimeZone ?? 'UTC'}) = ${fmtTime(w.start, prep.their.timeZone)}–${fmtHour(w.end, prep.their.timeZone)} theirs${w.extended ? ' (outside usual hours on one side)' : ''}`,
    );
  }
  out.push('', '### Holidays and seasons ahead (next 60 days)', '');
  if (!prep.events.length) out.push('- None known in the next 60 days.');
  for (const e of prep.events) {
    const when = e.start === e.end ? fmtDate(e.start) : `${fmtDate(e.start)} – ${fmtDate(e.end)}`;
    out.push(`- ${when}: ${mdEscape(e.kind === 'season' ? seasonName(e.name) : e.name)}. ${mdEscape(e.effect)}`);
  }
  out.push('');
  const brief = briefMarkdown
    .split('\n')
    .map((l) => (/^#{1,5} /.test(l) ? `#${l}` : l))
    .join('\n');
  out.push(brief.trim(), '', '## Sources for the call section', '');
  for (const s of prep.sources) out.push(`- ${mdEscape(s)}`);
  out.push('');
  return out.join('\n');
}
