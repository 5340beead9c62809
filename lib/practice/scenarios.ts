/**
 * Scenario questions in the style of the culture assimilator (critical incidents): a situation,
 * and options that are different ways of reading or handling it. Each option is keyed by the
 * curated value that would make it right (`band:direct`, `trust:relationship`, `date:2027-03-15`
 * …), so a test re-derives the keyed answer from the raw data and checks that no wrong option
 * follows from it. Options that no data value makes right (pushing harder, cutting the price at
 * once) carry a `never:` key.
 *
 * Kinds:
 * - `indirect`   decode an indirect answer ("That may be difficult") — the directness band;
 * - `afterNo`    respond after an open no (directness band) or a silence (context);
 * - `agenda`     order the agenda of a first call (trust basis) and how to end it (decisions);
 * - `salutation` the salutation for a name, job title and country (the curated greeting);
 * - `opener`     which local-language line opens or closes an email (curated greeting and
 *                sign-off) and which phrasebook phrase says what (lib/brief/openers.ts);
 * - `reschedule` a deadline that falls on a public holiday or in a season (Ramadan, the lunar
 *                new year, Golden Week, August) — computed dates only;
 * - `idiom`      the sentence with an idiom that won't travel — decided by the draft analysis.
 */
import { OPENERS } from '../brief/openers';
import { addDays, EXAMPLE_NAMES, firstWorkingDayFrom, flagsIdiom, IDIOM_SENTENCES, inSeason, isWorkingDay, PLAIN_SENTENCES, seasonsFor, weekday } from './adapters';
import { HOLIDAY_SOURCE, holidaysByDate, type PracticeFacts } from './facts';
import { shuffled, slug } from './hash';
import type { Msg } from './messages';
import { bandOf, DIRECTNESS_BANDS, greetingFeatures, lit, make, opt, UNIT_MARGIN, type Question } from './questions';

const P = (k: string, f: PracticeFacts, p: Record<string, string | number> = {}): Msg => ({ k: `prompt.${k}`, p: { country: f.country, ...p } });

// ---------------------------------------------------------------------------------------------
// Decode an indirect answer, and respond after a no or a silence.

export const INDIRECT_PHRASES = ['difficult', 'consider', 'try', 'interesting'] as const;

function directnessBand(f: PracticeFacts): 'indirect' | 'middle' | 'direct' | null {
  const v = f.norms?.directness;
  if (v === null || v === undefined) return null;
  return (bandOf(DIRECTNESS_BANDS, v, UNIT_MARGIN)?.id as 'indirect' | 'middle' | 'direct' | undefined) ?? null;
}

function readingQuestions(f: PracticeFacts): (Question | null)[] {
  const band = directnessBand(f);
  const n = f.norms;
  if (!band || !n) return [];
  const why = [`Directness in ${f.the} is ${n.directness} on a scale from 0 (very indirect) to 1 (very direct).`, n.negativeFeedback, n.disagreement].filter(Boolean).join(' ');
  const bands = ['indirect', 'middle', 'direct'] as const;
  const out: (Question | null)[] = INDIRECT_PHRASES.map((phrase) => {
    const o = (b: string) => opt({ k: `reading.${b}` }, b === 'yes' ? 'never:yes' : `band:${b}`);
    return make(
      `${f.country}:indirect:${phrase}`,
      f,
      'indirect',
      P('indirect', f, { phrase: `#phrases.${phrase}` }),
      o(band),
      [...bands.filter((b) => b !== band).map(o), o('yes')],
      why,
      f.normsSources,
    );
  });
  const no = (b: string) => opt({ k: `afterNo.${b}` }, b === 'push' ? 'never:push' : `band:${b}`);
  out.push(make(`${f.country}:afterNo:no`, f, 'afterNo', P('afterNo', f), no(band), [...bands.filter((b) => b !== band).map(no), no('push')], why, f.normsSources));
  if (n.context) {
    const c = n.context;
    const s = (x: string) => opt({ k: `silence.${x}` }, x === 'discount' ? 'never:discount' : `context:${x}`);
    const contexts = ['low', 'medium', 'high'] as const;
    out.push(
      make(
        `${f.country}:afterNo:silence`,
        f,
        'afterNo',
        P('silence', f),
        s(c),
        [...contexts.filter((x) => x !== c).map(s), s('discount')],
        [`${f.the.charAt(0).toUpperCase()}${f.the.slice(1)} is a ${c}-context culture.`, n.negativeFeedback].filter(Boolean).join(' '),
        f.normsSources,
      ),
    );
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The first call: running order (trust) and how to end it (decisions).

function agendaQuestions(f: PracticeFacts): (Question | null)[] {
  const n = f.norms;
  if (!n) return [];
  const out: (Question | null)[] = [];
  if (n.trust) {
    const basis = n.trust.basis;
    const o = (x: string) => opt({ k: `agenda.${x}` }, x === 'priceFirst' ? 'never:priceFirst' : `trust:${x}`);
    const all = ['task', 'relationship', 'mixed'] as const;
    out.push(make(`${f.country}:agenda:order`, f, 'agenda', P('agenda', f), o(basis), [...all.filter((x) => x !== basis).map(o), o('priceFirst')], `Trust in ${f.the} is ${basis}-based. ${n.trust.text}`, f.normsSources));
  }
  if (n.decisions) {
    const style = n.decisions.style;
    const o = (x: string) => opt({ k: `closeCall.${x}` }, x === 'pressure' ? 'never:pressure' : `decisions:${x}`);
    const all = ['consensual', 'top-down', 'mixed'] as const;
    out.push(make(`${f.country}:agenda:close`, f, 'agenda', P('closeCall', f), o(style), [...all.filter((x) => x !== style).map(o), o('pressure')], `Decisions in ${f.the} are ${style}. ${n.decisions.text}`, f.normsSources));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Salutations: the curated English greeting, filled in for an example contact.

/** The salutation forms options are drawn from, by greeting feature class. */
const SALUTATION_FORMS: Record<string, string> = {
  'dear|surname|title': 'Dear <Title> <Surname>,',
  'dear|given|title': 'Dear <Title> <Given>,',
  'hi|given|plain': 'Hi <Given>,',
  'dear|given|plain': 'Dear <Given>,',
  'dear|none|plain': 'Dear Sir or Madam,',
};

/** Fill a greeting template for a contact: "Mr./Ms." becomes the gendered title. */
export function fillGreeting(template: string, c: { given: string; surname: string; gender: 'f' | 'm' }): string {
  const title = c.gender === 'f' ? 'Ms.' : 'Mr.';
  return template
    .replace(/\bMr\.?\/Ms\.?|\bMs\.?\/Mr\.?/g, title)
    .replace(/<Title>/g, title)
    .replace(/<Surname>/g, c.surname)
    .replace(/<Given>/g, c.given);
}

function salutationQuestions(f: PracticeFacts): (Question | null)[] {
  const g = f.norms?.greeting;
  const names = EXAMPLE_NAMES[f.country];
  if (!g || !names) return [];
  const feat = greetingFeatures(g.en);
  // Any English form the curated entry gives ("Dear <Given>, (Dear Mr/Ms <Surname>, when formal)") is right too.
  const accepted = new Set([...`${g.en} / ${g.local}`.matchAll(/\b(?:Dear|Hi)\s[^,()]*/g)].map((m) => greetingFeatures(m[0])));
  return names.map((c, i) => {
    const job = i === 0 ? 'purchasing' : 'sales';
    const wrong = Object.entries(SALUTATION_FORMS)
      .filter(([k]) => !accepted.has(k) && k !== feat)
      .map(([k, t]) => lit(fillGreeting(t, c), `greeting:${k}`));
    const keyed = lit(fillGreeting(g.en, c), `greeting:${feat}`);
    return make(
      `${f.country}:salutation:${c.gender}`,
      f,
      'salutation',
      P('salutation', f, { given: c.given, surname: c.surname, job: `#jobs.${job}` }),
      keyed,
      shuffled(wrong, `${f.country}:${c.gender}`).slice(0, 3),
      `The usual opening for ${f.the} is "${g.en}" (in the local language: "${g.local}").${f.addressPattern ? ` The formal address is ${f.addressPattern}.` : ''}`,
      f.normsSources,
    );
  });
}

// ---------------------------------------------------------------------------------------------
// Openers and sign-offs in the local language.

/** The first alternative of a curated local form ("A / B (or C)" → "A"). */
export const firstForm = (s: string) => s.split(' / ')[0].replace(/\s*\(.*\)\s*$/, '').trim();

function openerQuestions(f: PracticeFacts): (Question | null)[] {
  const n = f.norms;
  if (!n?.greeting || !n.signOff) return [];
  const lang = n.greeting.lang;
  const greet = firstForm(n.greeting.local);
  const sign = firstForm(n.signOff.local);
  const phrases = OPENERS[lang] ?? [];
  const hello = phrases[0]?.text;
  const thanks = phrases[2]?.text;
  const why = `In ${f.the}, a first email opens with "${n.greeting.local}" (${n.greeting.en}) and closes with "${n.signOff.local}" (${n.signOff.en}).`;
  const out: (Question | null)[] = [];
  const distinct = (xs: (string | undefined)[], not: string) => [...new Set(xs.filter((x): x is string => !!x && x !== not))];
  out.push(make(`${f.country}:opener:open`, f, 'opener', P('opener', f, { lang }), lit(greet, 'role:greeting'), distinct([sign, thanks], greet).map((x) => lit(x, x === sign ? 'role:signoff' : 'role:thanks')), why, f.normsSources));
  out.push(make(`${f.country}:opener:close`, f, 'opener', P('signOff', f, { lang }), lit(sign, 'role:signoff'), distinct([greet, hello], sign).map((x) => lit(x, x === greet ? 'role:greeting' : 'role:hello')), why, f.normsSources));
  // The phrasebook: which phrase means what (not for English, where it would be a giveaway).
  if (lang !== 'en' && phrases.length >= 3) {
    const meanings = ['hello', 'meet', 'thanks'] as const;
    meanings.forEach((m, i) => {
      const p = phrases[i];
      const text = p.romanised ? `${p.text} (${p.romanised})` : p.text;
      const wrong = phrases.filter((_, j) => j !== i).map((q, j) => lit(q.romanised ? `${q.text} (${q.romanised})` : q.text, `meaning:${meanings.filter((_, k) => k !== i)[j]}`));
      out.push(make(`${f.country}:opener:${m}`, f, 'opener', P('phrase', f, { lang, meaning: `#meaning.${m}` }), lit(text, `meaning:${m}`), wrong, `"${p.text}" means "${p.meaning}". Standard business phrasebook forms, curated by the Glocal editors.`, ['Glocal editors, standard business phrasebook forms (curated)']));
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Deadlines: a public holiday, or a season.

/** At most this many holiday-deadline questions per country. */
const HOLIDAY_SCENARIOS = 2;

function rescheduleQuestions(f: PracticeFacts, year: number): (Question | null)[] {
  if (!f.hasHolidays && seasonsFor(f.country, year).length === 0) return [];
  const cc = f.country;
  const out: (Question | null)[] = [];
  const propose = (date: string, key: string) => opt({ k: 'propose', p: { date } }, key);
  // Holidays on a weekday, where the next working day is close: the keyed date is that day;
  // the wrong ones are the holiday itself and the non-working days around it.
  const holidays = holidaysByDate(cc, year).filter((h) => !(f.weekend ?? []).includes(weekday(h.date)));
  const picked = shuffled(holidays, `${cc}:${year}:reschedule`)
    .slice(0, HOLIDAY_SCENARIOS)
    .sort((a, b) => a.date.localeCompare(b.date));
  for (const h of picked) {
    const next = firstWorkingDayFrom(cc, addDays(h.date, 1));
    if (!next) continue;
    const nonWorking = [...Array(10).keys()].map((i) => addDays(h.date, i - 3)).filter((d) => d !== h.date && d < next && !isWorkingDay(cc, d));
    const wrong = [h.date, ...nonWorking].slice(0, 3).map((d) => propose(d, `off:${d}`));
    // A working day after the next one is also a fine answer, so wrong options are never working days.
    out.push(
      make(
        `${cc}:reschedule:${h.date}`,
        f,
        'reschedule',
        P('reschedule', f, { date: h.date, holiday: h.name }),
        propose(next, `work:${next}`),
        wrong,
        `${h.name} (${h.date}) is a public holiday in ${f.the}. ${next} is the first working day after it; the other dates are the holiday itself, a weekend day or another holiday there.`,
        [HOLIDAY_SOURCE, f.weekendSource ?? 'CLDR weekData'],
      ),
    );
  }
  for (const s of seasonsFor(cc, year)) {
    // The deadline falls in the middle of the season; the keyed date is the first working day
    // after it ends, the wrong ones are dates inside it.
    const span = Math.round((Date.parse(s.end) - Date.parse(s.start)) / 86_400_000);
    const deadline = addDays(s.start, Math.floor(span / 2));
    const after = firstWorkingDayFrom(cc, addDays(s.end, 1));
    if (!after) continue;
    const inside = shuffled(
      [...Array(span + 1).keys()].map((i) => addDays(s.start, i)).filter((d) => d !== deadline && inSeason(s, d)),
      `${cc}:${s.id}:${year}`,
    ).slice(0, 3);
    out.push(
      make(
        `${cc}:reschedule:${s.id}:${year}`,
        f,
        'reschedule',
        P('season', f, { date: deadline, season: `#season.${s.id}`, dateStart: s.start, dateEnd: s.end }),
        propose(after, `after:${after}`),
        inside.map((d) => propose(d, `in:${d}`)),
        `${s.effect} In ${year} it runs from ${s.start} to ${s.end} in ${f.the}; ${after} is the first working day after it.`,
        [s.source, HOLIDAY_SOURCE],
      ),
    );
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Idioms that won't travel: the draft analysis decides which sentence it would flag.

const IDIOM_QUESTIONS = 3;

function idiomQuestions(f: PracticeFacts): (Question | null)[] {
  if (!f.norms) return [];
  const idioms = shuffled(IDIOM_SENTENCES, `${f.country}:idiom`).filter((s) => flagsIdiom(s, f.country));
  if (idioms.length === 0) return [];
  const plain = PLAIN_SENTENCES.filter((s) => !flagsIdiom(s, f.country));
  return idioms.slice(0, IDIOM_QUESTIONS).map((s) =>
    make(
      `${f.country}:idiom:${slug(s)}`,
      f,
      'idiom',
      P('idiom', f),
      lit(s, 'idiom:yes'),
      shuffled(plain, s).slice(0, 3).map((x) => lit(x, `idiom:no:${slug(x)}`)),
      `"${s}" carries an English idiom that a reader whose first language is not English may read literally; the other sentences say the same kind of thing in plain words. The Draft tab flags the same idioms in your own emails.`,
      ['Plain-English guidance for international audiences (curated), as applied by the Glocal draft analysis'],
    ),
  );
}

/** Every scenario question for a country (empty without curated norms, except deadlines). */
export function scenarioQuestions(f: PracticeFacts, year: number): Question[] {
  const all = f.norms
    ? [...readingQuestions(f), ...agendaQuestions(f), ...salutationQuestions(f), ...openerQuestions(f), ...rescheduleQuestions(f, year), ...idiomQuestions(f)]
    : [];
  return all.filter((q): q is Question => q !== null);
}

