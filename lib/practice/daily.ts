/**
 * The daily card: one tip a day from the knowledge base, for one of the user's focus countries.
 * The choice is a pure function of the date and the focus list (and the home country, for
 * contrasts), so the side panel and the notification show the same card all day, on any device.
 * A public holiday coming up in the chosen country takes precedence: it is the tip most likely to
 * matter this week.
 */
import { localTime } from '../profiles/calendar';
import { HOLIDAY_SOURCE, HOFSTEDE_DIMS, factsFor, holidaysByDate, type PracticeFacts } from './facts';
import { fnv1a } from './hash';
import { dateText, hofstedeLabel, weekendText } from './questions';

export const TIP_KINDS = [
  'holiday',
  'greeting',
  'signOff',
  'negotiation',
  'decisions',
  'trust',
  'time',
  'gifts',
  'meetings',
  'smallTalk',
  'contrast',
  'weekend',
] as const;
export type TipKind = (typeof TIP_KINDS)[number];

/** One tip, with where it comes from. */
export interface DailyCard {
  /** The day this card is for (`YYYY-MM-DD`, the user's calendar). */
  date: string;
  country: string;
  countryName: string;
  kind: TipKind;
  title: string;
  text: string;
  sources: string[];
}

/** How far ahead a public holiday counts as "coming up". */
export const HOLIDAY_HORIZON_DAYS = 14;

function addDays(key: string, n: number): string {
  const [y, m, d] = key.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

/** The next public holiday in the country within the horizon, by the country's own calendar. */
export function upcomingHoliday(cc: string, now: Date, horizonDays = HOLIDAY_HORIZON_DAYS): { date: string; name: string; inDays: number } | null {
  const today = localTime(cc, now).dateKey;
  const last = addDays(today, horizonDays);
  const year = Number(today.slice(0, 4));
  for (const h of [...holidaysByDate(cc, year), ...holidaysByDate(cc, year + 1)]) {
    if (h.date >= today && h.date <= last) {
      const inDays = Math.round((Date.parse(h.date) - Date.parse(today)) / 86_400_000);
      return { date: h.date, name: h.name, inDays };
    }
  }
  return null;
}

/** Every tip the knowledge base has for a country, in a fixed order (without the holiday tip). */
export function tipsFor(f: PracticeFacts, home: PracticeFacts | null): Omit<DailyCard, 'date'>[] {
  const base = { country: f.country, countryName: f.name };
  const out: Omit<DailyCard, 'date'>[] = [];
  const n = f.norms;
  if (n) {
    const src = f.normsSources;
    const tip = (kind: TipKind, title: string, text: string | null) => {
      if (text && text.trim()) out.push({ ...base, kind, title, text, sources: src });
    };
    tip(
      'greeting',
      `Opening an email to ${f.the}`,
      n.greeting ? [`Open with "${n.greeting.en}" — in the local language "${n.greeting.local}".`, f.addressPattern ? `Formal address: ${f.addressPattern}.` : '', n.honorifics ?? ''].join(' ').trim() : null,
    );
    tip('signOff', `Closing an email to ${f.the}`, n.signOff ? `Close with "${n.signOff.en}" (local: "${n.signOff.local}").` : null);
    tip('negotiation', `Disagreeing in ${f.the}`, [n.negativeFeedback, n.disagreement].filter(Boolean).join(' ') || null);
    tip('decisions', `How decisions are made in ${f.the}`, n.decisions?.text ?? null);
    tip('trust', `Building trust in ${f.the}`, n.trust?.text ?? null);
    tip('time', `Deadlines in ${f.the}`, n.time?.text ?? null);
    tip('gifts', `Gifts in ${f.the}`, n.gifts);
    tip('meetings', `Meetings in ${f.the}`, n.meetings);
    tip('smallTalk', `Small talk in ${f.the}`, n.topics.length ? `Good topics: ${n.topics.join(', ')}. Best avoided: ${n.taboos.join(', ') || '—'}.` : null);
  }
  if (home && home.country !== f.country) {
    // The dimension where the two differ most is the contrast worth a card.
    let best: { dim: (typeof HOFSTEDE_DIMS)[number]; d: number } | null = null;
    for (const dim of HOFSTEDE_DIMS) {
      const a = f.hofstede[dim];
      const b = home.hofstede[dim];
      if (!a || !b) continue;
      const d = a.value - b.value;
      if (!best || Math.abs(d) > Math.abs(best.d)) best = { dim, d };
    }
    if (best && Math.abs(best.d) >= 10) {
      const L = hofstedeLabel(best.dim);
      const a = f.hofstede[best.dim]!;
      const b = home.hofstede[best.dim]!;
      out.push({
        ...base,
        kind: 'contrast',
        title: `${f.the} and ${home.the}: ${L.label}`,
        text: `On ${L.label} (${L.gloss}) ${f.the} scores ${a.value}${a.kind === 'estimated' ? ' (estimated from its region)' : ''} and ${home.the} ${b.value}. Compared with home, ${best.d > 0 ? L.high : L.low}`,
        sources: [...new Set([a.source, b.source])],
      });
    }
  }
  if (f.weekend && !(f.weekend.length === 2 && f.weekend.includes(0) && f.weekend.includes(6))) {
    out.push({ ...base, kind: 'weekend', title: `The working week in ${f.the}`, text: `The weekend in ${f.the} is ${weekendText(f.weekend)}: plan deadlines and calls around it.`, sources: [f.weekendSource ?? 'CLDR weekData'] });
  }
  return out;
}

/**
 * The card for `date` (`YYYY-MM-DD`): one focus country chosen by the date, then a coming
 * holiday there or one of its tips chosen by the date. Null with no focus country.
 */
export function pickDailyCard(focus: readonly string[], date: string, now: Date, home: string | null, facts: (cc: string) => PracticeFacts | null = factsFor): DailyCard | null {
  const countries = focus.filter((cc) => facts(cc));
  if (countries.length === 0) return null;
  const cc = countries[fnv1a(`country|${date}`) % countries.length];
  const f = facts(cc)!;
  const h = upcomingHoliday(cc, now);
  if (h) {
    const when = h.inDays === 0 ? 'today' : h.inDays === 1 ? 'tomorrow' : `in ${h.inDays} days`;
    return {
      date,
      country: cc,
      countryName: f.name,
      kind: 'holiday',
      title: `${h.name} in ${f.the} ${when}`,
      text: `${dateText(h.date)} is ${h.name}, a public holiday in ${f.the}. Expect offices to be closed: send what needs an answer before then, and don't set deadlines on that day.`,
      sources: [HOLIDAY_SOURCE],
    };
  }
  const tips = tipsFor(f, home ? facts(home) : null);
  if (tips.length === 0) return null;
  return { date, ...tips[fnv1a(`tip|${date}|${cc}`) % tips.length] };
}
