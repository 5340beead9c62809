/**
 * Every generated question is checked against the data it came from, read here straight from
 * the knowledge base (getProfile, the calendar) rather than through the generator's own facts:
 * the keyed option follows from the profile, and no wrong option does.
 */
import { describe, expect, it } from 'vitest';
import { getProfile, listCountries, type CountryProfile } from '../../lib/profiles/index';
import { publicHolidays } from '../../lib/profiles/calendar';
import { generateQuestions, greetingFeatures, isTrivia, parseBandKey, questionById, QUESTION_KINDS, type Question } from '../../lib/practice/questions';
import { addDays, flagsIdiom, isWorkingDay, seasonsFor } from '../../lib/practice/adapters';

const YEAR = 2026;
const HOMES = [null, 'DE', 'JP', 'BR'];
const COUNTRIES = listCountries().map((c) => c.country);
// Public holiday dates per country, read once (the calendar's own cache is smaller than the list).
const HOLIDAYS = new Map(COUNTRIES.map((cc) => [cc, new Set(publicHolidays(cc, YEAR).map((h) => h.date))]));

function hofstedeValue(p: CountryProfile, dim: string): number | null {
  const own = (p.dimensions.hofstede as Record<string, { value: number } | null>)[dim];
  if (own) return own.value;
  const region = p.dimensions.hofstedeRegion?.scores as Record<string, { value: number } | null> | undefined;
  return region?.[dim]?.value ?? null;
}

/** What a greeting signals, parsed independently of the generator: salutation word, name slot, title. */
function greetingSignal(s: string): string {
  const words = s.trim().split(/\s+/);
  const slot = s.includes('<Surname>') ? 'surname' : s.includes('<Given>') ? 'given' : 'no name';
  const title = words.length > 2 || (words.length === 2 && !words[1].startsWith('<'));
  return `${words[0].toLowerCase()}/${slot}/${title ? 'title' : 'none'}`;
}

function inBand(key: string, v: number): boolean {
  const b = parseBandKey(key);
  if (!b) throw new Error(`not a band key: ${key}`);
  return v >= b.lo && v < b.hi;
}

/** Whether option `key` is true of country `p` for question `q`. Throws on an unknown key form. */
function holds(q: Question, key: string, p: CountryProfile, home: CountryProfile | null): boolean {
  const n = p.norms;
  switch (q.kind) {
    case 'greeting':
      throw new Error('greetings are checked by text');
    case 'firstNames':
      return key === n?.firstNames?.value;
    case 'context':
      return key === n?.context?.value;
    case 'decisions':
      return key === n?.decisions?.value.style;
    case 'trust':
      return key === n?.trust?.value.basis;
    case 'time':
      return key === n?.time?.value.style;
    case 'formality':
      return inBand(key, n!.formality!.value);
    case 'directness':
      return inBand(key, n!.directness!.value);
    case 'taboo':
    case 'topic': {
      const { topics, taboos } = n!.smallTalk!.value;
      const [type, ...rest] = key.split(':');
      const text = rest.join(':');
      // The option is "true" when it is what the question asks for.
      return q.kind === 'taboo' ? type === 'taboo' && taboos.includes(text) : type === 'topic' && topics.includes(text) && !taboos.includes(text);
    }
    case 'weekend': {
      const w = [...p.calendar.weekend!.value].sort((a, b) => a - b).join(',');
      return key === `weekend:${w}`;
    }
    case 'holiday': {
      const date = key.replace(/^date:/, '');
      return HOLIDAYS.get(p.country)!.has(date);
    }
    case 'hofstede': {
      const dim = q.id.split(':')[2];
      return inBand(key, hofstedeValue(p, dim)!);
    }
    case 'contrast': {
      const dim = q.id.split(':')[2];
      return inBand(key, hofstedeValue(p, dim)! - hofstedeValue(home!, dim)!);
    }
    default:
      return scenarioHolds(q, key, p);
  }
}

const directBand = (v: number) => (v < 0.375 ? 'indirect' : v < 0.625 ? 'middle' : 'direct');

/** The first working day after `from`, with no working day in between. */
function firstWorkingAfter(cc: string, from: string): string {
  let d = addDays(from, 1);
  while (!isWorkingDay(cc, d)) d = addDays(d, 1);
  return d;
}

function scenarioHolds(q: Question, key: string, p: CountryProfile): boolean {
  const n = p.norms!;
  const [type, value] = key.split(':');
  if (type === 'never') return false;
  const part = q.id.split(':')[2];
  switch (q.kind) {
    case 'indirect':
    case 'afterNo':
      if (type === 'band') return value === directBand(n.directness!.value);
      if (type === 'context') return value === n.context!.value;
      break;
    case 'agenda':
      if (type === 'trust') return value === n.trust!.value.basis;
      if (type === 'decisions') return value === n.decisions!.value.style;
      break;
    case 'salutation': {
      const g = n.greeting!.value;
      const accepted = new Set([...`${g.en} / ${g.local}`.matchAll(/\b(?:Dear|Hi)\s[^,()]*/g)].map((m) => greetingFeatures(m[0])));
      return accepted.has(key.slice('greeting:'.length));
    }
    case 'opener':
      if (part === 'open') return key === 'role:greeting';
      if (part === 'close') return key === 'role:signoff';
      return key === `meaning:${part}`;
    case 'reschedule': {
      const date = key.slice(key.indexOf(':') + 1);
      if (/^\d{4}-/.test(part)) return date === firstWorkingAfter(p.country, part);
      const year = Number(q.id.split(':')[3]);
      const season = seasonsFor(p.country, year).find((s) => s.id === part)!;
      return date === firstWorkingAfter(p.country, season.end);
    }
    default:
      break;
  }
  throw new Error(`${q.id}: unknown option key ${key}`);
}

function allQuestions(): { q: Question; home: string | null }[] {
  const out: { q: Question; home: string | null }[] = [];
  for (const home of HOMES) for (const cc of COUNTRIES) for (const q of generateQuestions(cc, { home, year: YEAR })) out.push({ q, home });
  return out;
}

describe('generated questions', () => {
  const all = allQuestions();

  it('cover every kind and many countries', () => {
    const kinds = new Set(all.map((x) => x.q.kind));
    expect([...kinds].sort()).toEqual([...QUESTION_KINDS].sort());
    expect(new Set(all.map((x) => x.q.country)).size).toBeGreaterThan(200);
  });

  it('are well formed: 3+ distinct options, one keyed, an explanation and sources', () => {
    // Problems are collected and compared once: a few hundred thousand expect() calls are slow.
    const problems: string[] = [];
    for (const { q } of all) {
      if (q.choices.length < 3) problems.push(`${q.id}: ${q.choices.length} options`);
      if (new Set(q.choices.map((c) => c.text)).size !== q.choices.length) problems.push(`${q.id}: repeated option text`);
      if (new Set(q.choices.map((c) => c.key)).size !== q.choices.length) problems.push(`${q.id}: repeated option key`);
      if (!(q.answer >= 0 && q.answer < q.choices.length)) problems.push(`${q.id}: answer ${q.answer}`);
      if (q.explanation.length <= 20) problems.push(`${q.id}: short explanation`);
      if (q.sources.length === 0 || q.sources.some((s) => s.trim().length <= 5)) problems.push(`${q.id}: sources`);
    }
    expect(problems).toEqual([]);
  });

  it('key an answer that follows from the profile, and no wrong option that does', () => {
    const problems: string[] = [];
    for (const { q, home } of all) {
      const p = getProfile(q.country)!;
      const h = home ? getProfile(home) : null;
      if (q.kind === 'idiom') {
        // The draft analysis itself must flag the keyed sentence and none of the others.
        for (const [i, c] of q.choices.entries()) if (flagsIdiom(c.text, q.country) !== (i === q.answer)) problems.push(`${q.id}: ${c.text}`);
      } else if (q.kind === 'greeting') {
        const { en: own, local } = p.norms!.greeting!.value;
        if (q.choices[q.answer].text !== own) problems.push(`${q.id}: keyed ${q.choices[q.answer].text}, profile ${own}`);
        // Every English greeting the profile gives (the local field can list alternatives) is right.
        const right = new Set(
          `${own} / ${local}`
            .split(/ \/ |[()]/)
            .map((g) => g.trim().replace(/ when formal$/, ''))
            .filter((g) => /^(Dear|Hi) /.test(g))
            .map(greetingSignal),
        );
        for (const [i, c] of q.choices.entries()) if (i !== q.answer && right.has(greetingSignal(c.text))) problems.push(`${q.id}: wrong option ${c.text} is also given by the profile`);
      } else {
        if (!holds(q, q.choices[q.answer].key, p, h)) problems.push(`${q.id}: keyed ${q.choices[q.answer].key} does not hold`);
        for (const [i, c] of q.choices.entries()) if (i !== q.answer && holds(q, c.key, p, h)) problems.push(`${q.id}: wrong option ${c.key} holds too`);
      }
    }
    expect(problems).toEqual([]);
    expect(all.length).toBeGreaterThan(5000);
  });

  it('draw wrong options from real data elsewhere (greetings, weekends, holidays)', () => {
    const greetings = new Set(COUNTRIES.map((cc) => getProfile(cc)!.norms?.greeting?.value.en).filter(Boolean));
    const weekends = new Set(COUNTRIES.map((cc) => `weekend:${[...(getProfile(cc)!.calendar.weekend?.value ?? [])].sort((a, b) => a - b).join(',')}`));
    for (const { q } of all) {
      if (q.kind === 'greeting') for (const c of q.choices) expect(greetings.has(c.text), c.text).toBe(true);
      if (q.kind === 'weekend') for (const c of q.choices) expect(weekends.has(c.key), c.key).toBe(true);
      if (q.kind === 'holiday') {
        for (const [i, c] of q.choices.entries()) {
          if (i === q.answer) continue;
          const date = c.key.slice(5);
          expect(COUNTRIES.some((cc) => cc !== q.country && HOLIDAYS.get(cc)!.has(date)), `${q.id} ${date}`).toBe(true);
        }
      }
    }
  });

  it('curated countries: at most 20% trivia and at least 24 scenario questions, in every year and for any home', () => {
    const problems: string[] = [];
    const curated = COUNTRIES.filter((cc) => getProfile(cc)!.norms);
    expect(curated.length).toBeGreaterThanOrEqual(40);
    for (const year of [2026, 2027]) {
      for (const home of [null, 'DE', 'US']) {
        for (const cc of curated) {
          const qs = generateQuestions(cc, { home, year });
          const trivia = qs.filter((q) => isTrivia(q.kind)).length;
          if (trivia > 0.2 * qs.length) problems.push(`${cc} ${year} ${home}: ${trivia} of ${qs.length} trivia`);
          if (qs.length - trivia < 24) problems.push(`${cc} ${year} ${home}: ${qs.length - trivia} scenario questions`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('seasons: a deadline in Ramadan 2027 (from 8 February, Umm al-Qura) moves after Eid; Golden Week moves to 6 May', () => {
    const sa = generateQuestions('SA', { year: 2027, kinds: ['reschedule'] }).find((q) => q.id === 'SA:reschedule:ramadan:2027')!;
    expect(sa.promptMsg.p?.dateStart).toBe('2027-02-08');
    expect(sa.choices[sa.answer].key.slice(-10) > '2027-03-09').toBe(true);
    const jp = generateQuestions('JP', { year: 2027, kinds: ['reschedule'] }).find((q) => q.id === 'JP:reschedule:golden-week:2027')!;
    expect(jp.choices[jp.answer].key).toBe('after:2027-05-06');
  });

  it('decode an indirect answer: a polite no in Japan, what it says in the Netherlands', () => {
    const jp = questionById('JP:indirect:difficult', YEAR)!;
    const nl = questionById('NL:indirect:difficult', YEAR)!;
    expect(jp.choices[jp.answer].key).toBe('band:indirect');
    expect(nl.choices[nl.answer].key).toBe('band:direct');
    expect(jp.prompt).toContain('That may be difficult');
  });

  it('Saudi Arabia: a Friday deadline question keys the Friday–Saturday weekend', () => {
    const q = questionById('SA:weekend', YEAR)!;
    expect(q.prompt).toMatch(/Friday/);
    expect(q.choices[q.answer].text).toBe('Friday and Saturday');
    expect(q.explanation).toMatch(/Thursday/);
  });

  it('the Netherlands: a blunt reply is ordinary negotiating; in Japan it is serious', () => {
    const nl = generateQuestions('NL', { year: YEAR }).find((x) => x.kind === 'directness')!;
    const jp = generateQuestions('JP', { year: YEAR }).find((x) => x.kind === 'directness')!;
    expect(nl.prompt).toContain('the Netherlands');
    expect(nl.choices[nl.answer].key).toMatch(/^band:direct:/);
    expect(jp.choices[jp.answer].key).toMatch(/^band:indirect:/);
  });

  it('contrasts need a home country with data, and never contrast a country with itself', () => {
    expect(generateQuestions('JP', { year: YEAR }).some((q) => q.kind === 'contrast')).toBe(false);
    expect(generateQuestions('JP', { home: 'DE', year: YEAR }).some((q) => q.kind === 'contrast')).toBe(true);
    expect(generateQuestions('DE', { home: 'DE', year: YEAR }).some((q) => q.kind === 'contrast')).toBe(false);
    expect(generateQuestions('ZZ', { year: YEAR })).toEqual([]);
  });

  it('are deterministic, with unique ids, and can be regenerated from their id', () => {
    const a = generateQuestions('JP', { home: 'DE', year: YEAR });
    expect(generateQuestions('JP', { home: 'DE', year: YEAR })).toEqual(a);
    expect(new Set(a.map((q) => q.id)).size).toBe(a.length);
    for (const q of a) expect(questionById(q.id, 1999)).toEqual(q);
    expect(questionById('JP:nonsense', YEAR)).toBeNull();
    expect(questionById('', YEAR)).toBeNull();
  });

  it('do not always put the keyed answer in the same place', () => {
    const positions = new Map<number, number>();
    for (const { q } of all) positions.set(q.answer, (positions.get(q.answer) ?? 0) + 1);
    for (const pos of [0, 1, 2]) expect(positions.get(pos) ?? 0).toBeGreaterThan(all.length / 8);
  });
});
