/**
 * Business seasons (lib/seasons): a deadline or meeting date in the draft that falls in the
 * recipient's Ramadan, Eid, Spring Festival, Tết, Golden Week, Obon, Seollal, Chuseok, Diwali,
 * Songkran, August holidays, Christmas–New Year week or the UAE's Friday half-day; and, once per
 * draft, a note when the recipient is in such a period now. Every reader's country counts.
 */
import { localTime } from '../../profiles/calendar';
import { findDeadlines, formatDate } from '../deadlines';
import { GULF_RAMADAN_HOURS, seasonsOn, type SeasonPeriod } from '../../seasons/index';
import { englishMessage, type Draft, type MessageParams, type Rule, type SuggestInput } from './common';

/** Seasons that close offices (a warning) rather than slow them (a note). */
const CLOSURE = new Set(['eid-al-fitr', 'eid-al-adha', 'spring-festival', 'tet', 'golden-week', 'seollal', 'chuseok', 'diwali', 'songkran']);

/** The recipient's local date today (their primary time zone; UTC when unknown). */
function todayIn(cc: string, now: Date): string {
  try {
    return localTime(cc, now).dateKey;
  } catch {
    return now.toISOString().slice(0, 10);
  }
}

function countriesOf(inp: SuggestInput): string[] {
  const out = new Set<string>();
  for (const r of [inp.recipient, ...(inp.readers ?? [])]) {
    const cc = r?.country?.toUpperCase();
    if (cc && /^[A-Z]{2}$/.test(cc)) out.add(cc);
  }
  if (!out.size && inp.target) out.add(inp.target.country);
  return [...out];
}

const adviceKey = (p: SeasonPeriod, cc: string) =>
  p.id === 'ramadan' && GULF_RAMADAN_HOURS.has(cc) ? 'rules.season.advice.ramadan-gulf' : `rules.season.advice.${p.id}`;

function emit(out: Draft[], d: Omit<Draft, 'message' | 'messageKey' | 'params' | 'rule'>, key: string, params: MessageParams): void {
  out.push({ ...d, rule: 'season', messageKey: key, params, message: englishMessage(key, params) });
}

export const seasonRule: Rule = {
  id: 'season',
  topic: 'time',
  langs: '*',
  applies: (_t, inp) => countriesOf(inp).length > 0,
  run(inp, out) {
    const { text, lang, now } = inp;
    const countries = countriesOf(inp);
    const today = todayIn(countries[0], now);
    const mentions = findDeadlines(text, lang, today);
    for (const cc of countries) {
      for (const d of mentions) {
        for (const p of seasonsOn(cc, d.date)) {
          if (p.workdays?.includes(d.date)) continue;
          const params: MessageParams = {
            text: d.text, date: formatDate(d.date, 'en'), country: cc, start: p.start, end: p.end,
            season: `@rules.season.name.${p.id}`, advice: `@${adviceKey(p, cc)}`,
          };
          emit(out, {
            key: `calendar:season:${p.id}:${cc}:${d.text.toLowerCase()}`,
            start: d.start,
            end: d.end,
            category: 'calendar',
            severity: CLOSURE.has(p.id) || p.id === 'year-end' ? 'warning' : 'info',
            source: p.source,
          }, 'rules.season.deadline', params);
        }
        // China's make-up working days: a weekend date that is, in fact, a working day.
        const sf = seasonsOn(cc, d.date).length ? null : nearbyWorkday(cc, d.date);
        if (sf) {
          emit(out, {
            key: `calendar:season:workday:${cc}:${d.text.toLowerCase()}`,
            start: d.start,
            end: d.end,
            category: 'calendar',
            severity: 'info',
            source: sf.source,
          }, 'rules.season.workday', { text: d.text, date: formatDate(d.date, 'en'), season: `@rules.season.name.${sf.id}` });
        }
      }
      // Once per draft: the recipient is in a season now (not for the weekly Friday half-day).
      for (const p of seasonsOn(cc, today)) {
        if (p.id === 'friday-half-day') continue;
        emit(out, {
          key: `calendar:season:${p.id}:${cc}:now`,
          start: 0,
          end: 0,
          category: 'calendar',
          severity: 'info',
          source: p.source,
        }, 'rules.season.now', { country: cc, end: p.end, season: `@rules.season.name.${p.id}`, advice: `@${adviceKey(p, cc)}` });
      }
    }
  },
};

/** The Spring Festival period whose listed make-up working days include `date`, if any. */
function nearbyWorkday(cc: string, date: string): SeasonPeriod | null {
  const [y, m, d] = date.split('-').map(Number);
  for (let k = -10; k <= 10; k++) {
    const probe = new Date(Date.UTC(y, m - 1, d + k)).toISOString().slice(0, 10);
    for (const p of seasonsOn(cc, probe)) if (p.workdays?.includes(date)) return p;
  }
  return null;
}
