/**
 * Calendar awareness: deadline words in the draft ("Friday", "tomorrow", "by Monday", "morgen",
 * "vendredi", "14 March", "14.03.") resolved against the recipient's local date, and checked
 * against their weekend and public holidays (lib/profiles/calendar). Also the "ASAP" replacement
 * date, counted in the recipient's working days.
 */
import { dayStatus, weekendDays } from '../profiles/calendar';

/** A deadline mention resolved to a local date in the recipient's calendar. */
export interface DeadlineMention {
  start: number;
  end: number;
  text: string;
  /** YYYY-MM-DD, the recipient's local calendar. */
  date: string;
  /** Set when the mention is a weekday name, so a replacement can name another weekday. */
  weekday: number | null;
  lang: string;
}

// Weekday names, Sunday first (Date#getDay order), per language.
export const WEEKDAYS: Record<string, string[]> = {
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  de: ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'],
  fr: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
  es: ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'],
  it: ['domenica', 'lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato'],
  pt: ['domingo', 'segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira', 'sábado'],
  nl: ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'],
  ru: ['воскресенье', 'понедельник', 'вторник', 'среду', 'четверг', 'пятницу', 'субботу'],
  ja: ['日曜日', '月曜日', '火曜日', '水曜日', '木曜日', '金曜日', '土曜日'],
  ko: ['일요일', '월요일', '화요일', '수요일', '목요일', '금요일', '토요일'],
};
// Extra spellings that resolve to the same weekday (short forms, other grammatical cases).
const WEEKDAY_ALIASES: Record<string, [string, number][]> = {
  en: [['Mon', 1], ['Tue', 2], ['Tues', 2], ['Wed', 3], ['Thu', 4], ['Thur', 4], ['Thurs', 4], ['Fri', 5], ['Sat', 6], ['Sun', 0]],
  pt: [['segunda', 1], ['terça', 2], ['quarta', 3], ['quinta', 4], ['sexta', 5]],
  ru: [['среда', 3], ['пятница', 5], ['суббота', 6]],
  it: [['lunedi', 1], ['martedi', 2], ['mercoledi', 3], ['giovedi', 4], ['venerdi', 5]],
  es: [['miercoles', 3], ['sabado', 6]],
};
const TOMORROW: Record<string, string> = {
  en: 'tomorrow',
  de: 'morgen',
  fr: 'demain',
  es: 'mañana',
  it: 'domani',
  pt: 'amanhã',
  nl: 'morgen',
  ru: 'завтра',
  ja: '明日',
  ko: '내일',
};
const MONTHS: Record<string, string[]> = {
  en: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
  de: ['januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  pt: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  ru: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
};

const pad = (n: number) => String(n).padStart(2, '0');
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** YYYY-MM-DD plus `n` days (calendar arithmetic in UTC, so no DST surprises). */
export function addDays(key: string, n: number): string {
  const [y, m, d] = key.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d + n));
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}
/** Weekday of a YYYY-MM-DD date, 0 = Sunday … 6 = Saturday (Date#getDay order). */
export function weekdayOfKey(key: string): number {
  const [y, m, d] = key.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

interface Pattern {
  re: RegExp;
  resolve(m: RegExpExecArray, today: string): { date: string; weekday: number | null } | null;
}

const cache = new Map<string, Pattern[]>();

function patternsFor(lang: string): Pattern[] {
  const hit = cache.get(lang);
  if (hit) return hit;
  const B = '(?<![\\p{L}\\p{N}])';
  const E = '(?![\\p{L}\\p{N}])';
  const cjk = lang === 'ja' || lang === 'ko';
  const b = cjk ? '' : B;
  const e = cjk ? '' : E;
  const out: Pattern[] = [];
  const days: [string, number][] = [
    ...(WEEKDAYS[lang] ?? WEEKDAYS.en).map((n, i) => [n, i] as [string, number]),
    ...(WEEKDAY_ALIASES[lang] ?? []),
  ];
  const dayIdx = new Map(days.map(([n, i]) => [n.toLowerCase(), i]));
  const alt = days.map(([n]) => esc(n)).sort((x, y) => y.length - x.length).join('|');
  // Weekday names: the next such day after today (a week ahead when it is today).
  out.push({
    re: new RegExp(`${b}(?:${alt})${e}`, 'giu'),
    resolve(m, today) {
      const wd = dayIdx.get(m[0].toLowerCase());
      if (wd === undefined) return null;
      let ahead = (wd - weekdayOfKey(today) + 7) % 7;
      if (ahead === 0) ahead = 7;
      return { date: addDays(today, ahead), weekday: wd };
    },
  });
  const tm = TOMORROW[lang];
  if (tm) {
    // German and Dutch "Morgen" capitalised mid-sentence is "morning" ("Guten Morgen"); Spanish
    // "la mañana" is "the morning". Only the lower-case adverb means tomorrow.
    const flags = lang === 'de' || lang === 'nl' ? 'gu' : 'giu';
    const pre = lang === 'es' ? '(?<!(?:la|esta|por la|de la|en la)\\s)' : '';
    out.push({
      re: new RegExp(`${pre}${b}${esc(tm)}${e}`, flags),
      resolve: (_m, today) => ({ date: addDays(today, 1), weekday: null }),
    });
  }
  const months = MONTHS[lang];
  const yearOf = (today: string, mo: number, d: number): string | null => {
    if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
    let y = Number(today.slice(0, 4));
    const key = (yy: number) => `${yy}-${pad(mo)}-${pad(d)}`;
    // A date already past this year means next year ("14 January" written in December).
    if (key(y) < today) y++;
    const k = key(y);
    return addDays(k, 0) === k ? k : null;
  };
  const withYear = (y: number, mo: number, d: number): string | null => {
    const k = `${y}-${pad(mo)}-${pad(d)}`;
    return mo >= 1 && mo <= 12 && addDays(k, 0) === k ? k : null;
  };
  if (months) {
    const malt = months.map(esc).join('|');
    const monthOf = (s: string) => months.indexOf(s.toLowerCase()) + 1;
    // "14 March", "14. März", "14 de marzo", "14th of March"
    out.push({
      re: new RegExp(`${B}(\\d{1,2})(?:st|nd|rd|th|\\.)?\\s+(?:de\\s+|of\\s+)?(${malt})(?:,?\\s+(?:de\\s+)?(\\d{4}))?${E}`, 'giu'),
      resolve(m, today) {
        const k = m[3] ? withYear(Number(m[3]), monthOf(m[2]), Number(m[1])) : yearOf(today, monthOf(m[2]), Number(m[1]));
        return k ? { date: k, weekday: null } : null;
      },
    });
    if (lang === 'en') {
      // "March 14", "March 14th"
      out.push({
        re: new RegExp(`${B}(${malt})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?${E}`, 'giu'),
        resolve(m, today) {
          const k = m[3] ? withYear(Number(m[3]), monthOf(m[1]), Number(m[2])) : yearOf(today, monthOf(m[1]), Number(m[2]));
          return k ? { date: k, weekday: null } : null;
        },
      });
    }
  }
  if (lang !== 'en') {
    // Day-first numeric dates: "14.03.", "14.3.2026", "14/03".
    out.push({
      re: /(?<![\d./])(\d{1,2})[./](\d{1,2})(?:[./](\d{4}))?\.?(?![\d/])/g,
      resolve(m, today) {
        // "3.5" is a number, not 3 May: without a year, require the closing dot or a slash.
        if (!m[3] && !m[0].endsWith('.') && !m[0].includes('/')) return null;
        const d = Number(m[1]);
        const mo = Number(m[2]);
        if (m[3]) {
          const k = `${m[3]}-${pad(mo)}-${pad(d)}`;
          return mo >= 1 && mo <= 12 && addDays(k, 0) === k ? { date: k, weekday: null } : null;
        }
        const k = yearOf(today, mo, d);
        return k ? { date: k, weekday: null } : null;
      },
    });
  }
  if (cjk) {
    // 3月14日 / 3월 14일
    out.push({
      re: /(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/g,
      resolve(m, today) {
        const k = yearOf(today, Number(m[1]), Number(m[2]));
        return k ? { date: k, weekday: null } : null;
      },
    });
  }
  // ISO dates in any language.
  out.push({
    re: /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/g,
    resolve(m) {
      const k = `${m[1]}-${m[2]}-${m[3]}`;
      return addDays(k, 0) === k ? { date: k, weekday: null } : null;
    },
  });
  cache.set(lang, out);
  return out;
}

/** Deadline and date mentions in `text`, resolved against `today` (YYYY-MM-DD, recipient-local). */
export function findDeadlines(text: string, lang: string, today: string): DeadlineMention[] {
  const pats = patternsFor(WEEKDAYS[lang] ? lang : 'en');
  const out: DeadlineMention[] = [];
  for (const p of pats) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
      const r = p.resolve(m, today);
      if (!r) continue;
      const start = m.index;
      const end = m.index + m[0].length;
      if (out.some((o) => start < o.end && end > o.start)) continue;
      out.push({ start, end, text: m[0], date: r.date, weekday: r.weekday, lang });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Whether a local date is a working day in country `cc`, and if not, why. */
export function dayProblem(cc: string, date: string): { weekend: boolean; holiday: string | null } {
  return dayStatus(cc, date);
}

/** The date `n` working days after `from` (not counting `from`) in country `cc`. */
export function addWorkingDays(cc: string, from: string, n: number): string {
  let d = from;
  let left = n;
  for (let i = 0; i < 60 && left > 0; i++) {
    d = addDays(d, 1);
    const s = dayStatus(cc, d);
    if (!s.weekend && !s.holiday) left--;
  }
  return d;
}

/** The closest working day before `date` (at most two weeks back), or null. */
export function previousWorkingDay(cc: string, date: string, notBefore: string): string | null {
  let d = date;
  for (let i = 0; i < 14; i++) {
    d = addDays(d, -1);
    if (d <= notBefore) return null;
    const s = dayStatus(cc, d);
    if (!s.weekend && !s.holiday) return d;
  }
  return null;
}

/** Weekend day names of a country in English, e.g. "Friday–Saturday". */
export function weekendLabel(cc: string): string {
  const days = weekendDays(cc);
  if (!days.length) return 'none';
  return days.map((d) => WEEKDAYS.en[d]).join('–');
}

/** "Friday 14 March" (en), "Freitag, 14. März" (de), else ISO. */
export function formatDate(key: string, lang: string): string {
  const [, m, d] = key.split('-').map(Number);
  const wd = weekdayOfKey(key);
  if (lang === 'de') return `${WEEKDAYS.de[wd]}, ${d}. ${cap(MONTHS.de[m - 1])}`;
  if (lang === 'en') return `${WEEKDAYS.en[wd]} ${d} ${cap(MONTHS.en[m - 1])}`;
  return key;
}
const cap = (s: string) => s[0].toUpperCase() + s.slice(1);
