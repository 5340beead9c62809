/**
 * Suggestions: the draft compared with the recipient's communication target (lib/profiles).
 * Each rule looks at one convention (greeting, address form, sign-off, pressure, idioms, humour,
 * directness, negative feedback, relationship, calendar) in the draft's own language, and
 * explains itself with the target's cultural basis and source.
 */
import type { Severity, Suggestion } from '../protocol';
import { basis, CAP, englishMessage, ENGLISH_NATIVE, formalTarget, type MessageParams, T_ADDRESS, T_DEADLINE, T_DIRECT, T_FORMALITY, T_RELATION, type Draft, type Rule, type RuleContext, type SuggestInput } from './rules/common';
import { overDeferentialRule } from './rules/over-deferential';
import { seasonRule } from './rules/season';
import { ultimatumRule } from './rules/ultimatum';
export type { SuggestInput } from './rules/common';
import { greetingRule, japaneseOpenerRule } from './rules/greeting';
import { japaneseOpener } from './salutation';
export { formalGreeting } from './rules/greeting';
import { localTime, nextWorkingSlot, workingStatus } from '../profiles/calendar';
import {
  addWorkingDays,
  dayProblem,
  findDeadlines,
  formatDate,
  previousWorkingDay,
  weekendLabel,
  WEEKDAYS,
  weekdayOfKey,
} from './deadlines';
import { matchAll, NEGATIVE, PRESSURE, PRESSURE_CJK, PROFANE, WARM, WARM_CJK } from './markers';
import { casualSignOffIn } from './frame';

// ---------------------------------------------------------------------------------------------
// Sign-offs

function signOffRules(inp: SuggestInput, out: Draft[]): void {
  const { text, target, lang } = inp;
  if (!formalTarget(target)) return;
  // The sign-off is one of the last three non-empty lines.
  const lines: { start: number; text: string }[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) if (m[0].trim()) lines.push({ start: m.index + m[0].search(/\S/), text: m[0].trim() });
  for (const l of lines.slice(-3)) {
    const found = casualSignOffIn(l.text);
    if (!found) continue;
    const formula = { start: l.start + found.offset, text: found.text };
    const local = target!.signOff.local && target!.greeting.lang === lang ? target!.signOff.local : null;
    const replacement = lang === 'en' ? target!.signOff.en : local ?? undefined;
    const b = basis(target, T_FORMALITY);
    out.push({
      key: `sign-off:${formula.text.toLowerCase()}`,
      start: formula.start,
      end: formula.start + formula.text.length,
      category: 'sign-off',
      severity: 'info',
      ...keyed('rules.sign-off.message', { text: formula.text, country: target!.country, closing: replacement ?? target!.signOff.en, basis: b.text }),
      source: b.source,
      replacement,
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Address forms (T–V) and speech levels

const TV_REPLACE: Record<string, Record<string, string>> = {
  de: {
    'kannst du': 'können Sie', 'hast du': 'haben Sie', 'bist du': 'sind Sie', 'könntest du': 'könnten Sie',
    'würdest du': 'würden Sie', 'willst du': 'wollen Sie', 'musst du': 'müssen Sie', 'weißt du': 'wissen Sie',
    dein: 'Ihr', deine: 'Ihre', deinen: 'Ihren', deinem: 'Ihrem', deiner: 'Ihrer', deines: 'Ihres', dir: 'Ihnen', dich: 'Sie',
  },
  fr: {
    'tu peux': 'vous pouvez', 'peux-tu': 'pouvez-vous', 'tu as': 'vous avez', 'as-tu': 'avez-vous', 'tu es': 'vous êtes',
    'pourrais-tu': 'pourriez-vous', 'tu pourrais': 'vous pourriez', ton: 'votre', ta: 'votre', tes: 'vos', toi: 'vous',
  },
  es: {
    puedes: 'puede', podrías: 'podría', tienes: 'tiene', quieres: 'quiere', sabes: 'sabe', eres: 'es', estás: 'está',
    necesitas: 'necesita', tu: 'su', tus: 'sus', tú: 'usted', ti: 'usted', contigo: 'con usted',
  },
  it: {
    puoi: 'può', potresti: 'potrebbe', vuoi: 'vuole', hai: 'ha', sei: 'è', sai: 'sa', devi: 'deve', tuo: 'Suo', tua: 'Sua',
    tuoi: 'Suoi', tue: 'Sue', tu: 'Lei',
  },
  pt: { podes: 'pode', tens: 'tem', queres: 'quer', estás: 'está', sabes: 'sabe', precisas: 'precisa', teu: 'seu', tua: 'sua', teus: 'seus', tuas: 'suas' },
  nl: { jij: 'u', jou: 'u', jouw: 'uw' },
  ru: { ты: 'вы', тебя: 'вас', тебе: 'вам', тобой: 'вами', твой: 'ваш', твоя: 'ваша', твоё: 'ваше', твое: 'ваше', твои: 'ваши', твоих: 'ваших', твою: 'вашу' },
};
// The formal pronoun (an "@key" where the advice needs words in the UI language).
const FORMAL_PRONOUN: Record<string, string> = { de: 'Sie', fr: 'vous', es: 'usted', it: 'Lei', pt: '@rules.address-form.formal-pt', nl: 'u', ru: 'вы' };

const matchCase = (orig: string, rep: string, lang: string) =>
  lang === 'de' || lang === 'it' ? rep : /^\p{Lu}/u.test(orig) ? rep[0].toUpperCase() + rep.slice(1) : rep;

function addressRules(inp: SuggestInput, out: Draft[]): void {
  const { lang, target, sentences, text } = inp;
  if (!target || target.formality < 0.5) return;
  const b = basis(target, T_ADDRESS, T_FORMALITY);
  for (const s of sentences) {
    if (lang === 'ja' || lang === 'ko') {
      const net = s.register.reduce((a, h) => a + (h.kind === 'honorific' ? h.weight : 0), 0);
      const plain = s.register.find((h) => h.weight < 0);
      if (plain && net < 0 && /\p{L}/u.test(text.slice(s.start, s.end))) {
        out.push({
          key: `formality:plain:${text.slice(s.start, s.end).toLowerCase()}`,
          start: s.start,
          end: s.end,
          category: 'formality',
          severity: 'warning',
          ...keyed(`rules.address-form.plain-${lang}`, { basis: b.text }),
          source: b.source,
        });
      }
      continue;
    }
    const sText = text.slice(s.start, s.end);
    const map = TV_REPLACE[lang] ?? {};
    for (const h of s.register) {
      if (h.kind !== 'tv' || h.weight > -0.7) continue;
      const start = s.start + h.start;
      let end = s.start + h.end;
      let orig = h.text;
      // Prefer a verb+pronoun phrase that has a safe replacement ("kannst du" → "können Sie").
      const before = sText.slice(0, h.start).match(/(\p{L}+)\s+$/u);
      const after = sText.slice(h.end).match(/^([-\s])(\p{L}+)/u);
      let rep: string | undefined;
      let pStart = start;
      if (before && map[`${before[1].toLowerCase()} ${orig.toLowerCase()}`]) {
        pStart = start - before[0].length;
        orig = text.slice(pStart, end);
        rep = map[`${before[1].toLowerCase()} ${h.text.toLowerCase()}`];
      } else if (after && map[`${orig.toLowerCase()}${after[1]}${after[2].toLowerCase()}`]) {
        end = end + after[0].length;
        orig = text.slice(start, end);
        rep = map[orig.toLowerCase()];
      } else rep = map[orig.toLowerCase()];
      out.push({
        key: `address-form:${orig.toLowerCase()}`,
        start: pStart,
        end,
        category: 'address-form',
        severity: target.formality >= 0.65 ? 'warning' : 'info',
        ...keyed(`rules.address-form.${rep ? 'replace' : 'rewrite'}`, { text: orig, country: target.country, formal: FORMAL_PRONOUN[lang] ?? '@rules.address-form.formal-form', basis: b.text }),
        source: b.source,
        replacement: rep ? matchCase(orig, rep, lang) : undefined,
      });
    }
  }
}

// ---------------------------------------------------------------------------------------------
// English register: contractions, slang, emoji, shouting

const EXPAND: Record<string, string> = {
  "don't": 'do not', "doesn't": 'does not', "didn't": 'did not', "can't": 'cannot', "won't": 'will not', "isn't": 'is not',
  "aren't": 'are not', "wasn't": 'was not', "weren't": 'were not', "haven't": 'have not', "hasn't": 'has not',
  "couldn't": 'could not', "wouldn't": 'would not', "shouldn't": 'should not', "i'm": 'I am', "i've": 'I have',
  "i'll": 'I will', "i'd": 'I would', "we're": 'we are', "we've": 'we have', "we'll": 'we will', "you're": 'you are',
  "you've": 'you have', "you'll": 'you will', "it's": 'it is', "that's": 'that is', "there's": 'there is', "they're": 'they are',
  "what's": 'what is', "let's": 'let us',
};
const SLANG_REPLACE: Record<string, string> = {
  gonna: 'going to', wanna: 'want to', gotta: 'have to', thx: 'thank you', thanx: 'thank you', pls: 'please', plz: 'please',
  u: 'you', ur: 'your', yeah: 'yes', yep: 'yes', yup: 'yes', nope: 'no', btw: 'by the way', kinda: 'somewhat',
  cuz: 'because', coz: 'because', dunno: 'do not know', gimme: 'give me', lemme: 'let me', fyi: 'for your information',
  guys: 'everyone', tbh: 'to be honest', imo: 'in my view', asap: 'ASAP',
};

function englishRegisterRules(inp: SuggestInput, out: Draft[]): void {
  const { text, target, lang } = inp;
  if (lang !== 'en' || !formalTarget(target)) return;
  const b = basis(target, T_FORMALITY);
  const re = /(?<![\p{L}'’])[\p{L}]+(?:['’][\p{L}]+)?(?![\p{L}'’])/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const w = m[0];
    const lower = w.toLowerCase().replace(/’/g, "'");
    let rep = EXPAND[lower];
    let what: 'contraction' | 'informal-word' = 'contraction';
    if (!rep && SLANG_REPLACE[lower] && lower !== 'asap') {
      rep = SLANG_REPLACE[lower];
      what = 'informal-word';
    }
    if (!rep) continue;
    if (/^\p{Lu}/u.test(w) && !/^I\b/.test(rep)) rep = rep[0].toUpperCase() + rep.slice(1);
    out.push({
      key: `formality:${lower}`,
      start: m.index,
      end: m.index + w.length,
      category: 'formality',
      severity: 'info',
      ...keyed(`rules.english-register.${what}`, { text: w, country: target!.country, replacement: rep, basis: b.text }),
      source: b.source,
      replacement: rep,
    });
  }
  // Runs of exclamation marks and shouted words.
  for (const r of matchAll(/[!?]*![!?]+|\?{2,}/g, text)) {
    out.push({
      key: `formality:${r.text}`,
      start: r.start,
      end: r.end,
      category: 'formality',
      severity: 'info',
      ...keyed('rules.english-register.exclamation', { text: r.text, country: target!.country, basis: b.text }),
      source: b.source,
      replacement: r.text.includes('?') ? '?' : '.',
    });
  }
  for (const r of matchAll(/(?<![\p{L}])\p{Lu}{5,}(?![\p{L}])/gu, text)) {
    if (/^(?:ASAP|URGENT)$/.test(r.text)) continue;
    out.push({
      key: `formality:caps:${r.text.toLowerCase()}`,
      start: r.start,
      end: r.end,
      category: 'formality',
      severity: 'info',
      ...keyed('rules.english-register.caps', { text: r.text }),
      source: b.source,
      replacement: r.text[0] + r.text.slice(1).toLowerCase(),
    });
  }
}

/** Profanity and insults: wrong in business mail to anyone, so flagged whatever the target. */
function profanityRules(inp: SuggestInput, out: Draft[]): void {
  for (const h of matchAll(PROFANE, inp.text)) {
    out.push({
      key: `formality:profanity:${h.text.toLowerCase()}`,
      start: h.start,
      end: h.end,
      category: 'formality',
      severity: 'critical',
      ...keyed('rules.profanity.message', { text: h.text }),
      source: 'General business-writing usage (curated)',
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Pressure and deadlines

const ASAP_EN = /(?<![\p{L}])(?:asap|a\.s\.a\.p\.?|as soon as possible)(?![\p{L}])/giu;
const ASAP_DE = /(?<![\p{L}])(?:asap|so schnell wie möglich|schnellstmöglich|umgehend)(?![\p{L}])/giu;

function pressureRules(inp: SuggestInput, out: Draft[], country: string | null): void {
  const { text, target, lang, now } = inp;
  const cjk = lang === 'ja' || lang === 'ko';
  const hits = [...matchAll(PRESSURE, text), ...(cjk ? matchAll(PRESSURE_CJK, text) : [])];
  if (!hits.length) return;
  const sensitive = !target || target.directness < 0.55 || target.formality >= 0.6;
  const b = basis(target, T_DEADLINE, T_DIRECT);
  // A concrete date two working days out in the recipient's calendar replaces "ASAP".
  const clock = clockOf(country ?? 'ZZ', now);
  clock.due ??= addWorkingDays(country ?? 'ZZ', clock.today, 2);
  const due = clock.due;
  for (const h of hits) {
    let replacement: string | undefined;
    ASAP_EN.lastIndex = 0;
    ASAP_DE.lastIndex = 0;
    if (lang === 'en' && ASAP_EN.test(h.text)) replacement = `by ${formatDate(due, 'en')}, if possible`;
    else if (lang === 'de' && ASAP_DE.test(h.text)) replacement = `bis ${formatDate(due, 'de')}, wenn möglich`;
    out.push({
      key: `pressure:${h.text.toLowerCase()}`,
      start: h.start,
      end: h.end,
      category: 'pressure',
      severity: sensitive ? 'warning' : 'info',
      ...keyed(`rules.pressure.${replacement ? 'date' : 'reason'}`, { text: h.text, basis: b.text }),
      source: b.source,
      replacement,
    });
  }
}

/**
 * The recipient's clock: today's date, working status and next working slot. Analysis reruns on
 * every keystroke pause, and these only change from one minute to the next, so the last answer
 * is kept (time-zone conversion is the costliest step of a whole analysis).
 */
interface Clock {
  key: string;
  today: string;
  status: ReturnType<typeof workingStatus>;
  slot: ReturnType<typeof localTime> | null;
  /** The "ASAP" date: two working days after today, filled in when first needed. */
  due?: string;
}
let lastClock: Clock | null = null;
function clockOf(cc: string, now: Date): Clock {
  const key = `${cc}|${Math.floor(now.getTime() / 60_000)}`;
  if (lastClock?.key === key) return lastClock;
  const status = workingStatus(cc, now);
  const slot = status.status === 'working' ? null : localTime(cc, nextWorkingSlot(cc, now));
  lastClock = { key, today: status.local.dateKey, status, slot };
  return lastClock;
}

function calendarRules(inp: SuggestInput, out: Draft[], country: string | null): void {
  if (!country) return;
  const { text, lang, now, target } = inp;
  const clock = clockOf(country, now);
  const today = clock.today;
  const source = 'CLDR weekData (weekend days); date-holidays (public holidays)';
  for (const d of findDeadlines(text, lang, today)) {
    const p = dayProblem(country, d.date);
    if (!p.weekend && !p.holiday) continue;
    const prev = previousWorkingDay(country, d.date, today);
    let replacement: string | undefined;
    if (prev && d.weekday !== null) {
      const names = WEEKDAYS[lang] ?? WEEKDAYS.en;
      const n = names[weekdayOfKey(prev)];
      replacement = /^\p{Lu}/u.test(d.text) ? n[0].toUpperCase() + n.slice(1) : n;
    }
    out.push({
      key: `calendar:${d.text.toLowerCase()}`,
      start: d.start,
      end: d.end,
      category: 'calendar',
      severity: 'warning',
      ...keyed(`rules.calendar.${p.holiday ? 'holiday' : 'weekend'}${prev ? '-prev' : ''}`, {
        text: d.text, date: d.date, country, holiday: p.holiday ?? '', weekend: weekendLabel(country), prev: prev ? formatDate(prev, 'en') : '',
      }),
      source,
      replacement,
    });
  }
  // Send time: their local clock now.
  const ws = clock.status;
  if (ws.status !== 'working' && clock.slot) {
    const slot = clock.slot;
    const hh = (n: number) => String(n).padStart(2, '0');
    out.push({
      key: 'calendar:send-time',
      start: 0,
      end: 0,
      category: 'calendar',
      severity: target && target.deadlineSensitivity >= 0.6 ? 'warning' : 'info',
      ...keyed(`rules.calendar.send-time-${ws.status === 'holiday' ? 'holiday' : ws.status === 'weekend' ? 'weekend' : 'off-hours'}`, {
        time: `${hh(ws.local.hour)}:${hh(ws.local.minute)}`,
        weekday: `@rules.calendar.weekday.${WEEKDAYS.en[ws.local.weekday].toLowerCase()}`,
        country,
        holiday: ws.status === 'holiday' ? (ws.holidayToday ?? '') : '',
        date: formatDate(slot.dateKey, 'en'),
        slot: `${hh(slot.hour)}:${hh(slot.minute)}`,
      }),
      source,
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Idioms, humour, directness, negative feedback, relationship

const IDIOMS: [RegExp, string][] = [
  [/ballpark (?:figure|number|estimate)/i, 'rough estimate'],
  [/touch base/i, 'get in touch'],
  [/low[- ]hanging fruit/i, 'easy wins'],
  [/(?:hit|knock) (?:it|this|that) out of the park/i, 'do extremely well'],
  [/home run/i, 'great success'],
  [/slam dunk/i, 'certain success'],
  [/move the needle/i, 'make a noticeable difference'],
  [/circle back/i, 'return to this'],
  [/on the same page/i, 'in agreement'],
  [/step up to the plate/i, 'take responsibility'],
  [/drop(?:ped)? the ball/i, 'made a mistake'],
  [/the ball is in your court/i, 'the next step is yours'],
  [/par for the course/i, 'to be expected'],
  [/think outside the box/i, 'think creatively'],
  [/bite the bullet/i, 'accept the difficulty'],
  [/piece of cake/i, 'very easy'],
  [/get the ball rolling/i, 'get started'],
  [/back to square one/i, 'back to the beginning'],
  [/game[- ]changer/i, 'major improvement'],
  [/(?:take|have) a rain ?check/i, 'postpone'],
  [/level playing field/i, 'fair conditions'],
  [/hail mary/i, 'last-ditch attempt'],
  [/out of left field/i, 'unexpected'],
  [/curve ?ball/i, 'unexpected problem'],
  [/go the extra mile/i, 'make an extra effort'],
  [/keep (?:me|you|us) in the loop/i, 'keep me informed'],
  [/boil the ocean/i, 'attempt too much at once'],
  [/heads[- ]up/i, 'advance notice'],
  [/ping me/i, 'let me know'],
  [/quick win/i, 'easy improvement'],
  [/(?:a |the )?deep dive/i, 'a detailed review'],
  [/behind the eight ball/i, 'at a disadvantage'],
  [/full[- ]court press/i, 'all-out effort'],
  [/move the goal ?posts/i, 'change the requirements'],
  [/(?:run|put) it up the flagpole/i, 'test the idea'],
  [/ducks in a row/i, 'everything organised'],
];
// One pass over the draft finds every idiom; the table then says which one matched.
const IDIOM_ANY = new RegExp(`(?<![\\p{L}])(?:${IDIOMS.map(([re]) => re.source).join('|')})(?![\\p{L}])`, 'giu');
const IDIOM_EACH = IDIOMS.map(([re, rep]) => [new RegExp(`^(?:${re.source})$`, 'iu'), rep] as const);

function idiomRules(inp: SuggestInput, out: Draft[]): void {
  const { text, target, lang } = inp;
  if (lang !== 'en' || (target && ENGLISH_NATIVE.has(target.country))) return;
  for (const h of matchAll(IDIOM_ANY, text)) {
    const rep = IDIOM_EACH.find(([re]) => re.test(h.text))?.[1];
    if (!rep) continue;
    out.push({
      key: `idiom:${h.text.toLowerCase()}`,
      start: h.start,
      end: h.end,
      category: 'idiom',
      severity: target ? 'warning' : 'info',
      ...(target ? keyed('rules.idiom.country', { text: h.text, country: target.country }) : keyed('rules.idiom.any', { text: h.text })),
      source: 'Plain-English guidance for international audiences (curated)',
      replacement: /^\p{Lu}/u.test(h.text) ? rep[0].toUpperCase() + rep.slice(1) : rep,
    });
  }
}

const HUMOUR = /(?<![\p{L}])(?:lol|lmao|rofl|haha(?:ha)*|hehe|jk|just kidding|yeah right|oh great|thanks a lot|nice going|as if)(?![\p{L}])|\/s(?![\p{L}])|[\u{1F602}\u{1F923}\u{1F61C}\u{1F61D}\u{1F609}\u{1F643}]|(?<=\s|^);-?\)/giu;

function humourRules(inp: SuggestInput, out: Draft[]): void {
  const { text, target } = inp;
  if (target && target.formality < 0.4) return;
  const b = basis(target, T_FORMALITY, T_DIRECT);
  for (const h of matchAll(HUMOUR, text)) {
    const removable = /^(?:lol|lmao|rofl|haha(?:ha)*|hehe|jk|\/s|;-?\)|\p{Extended_Pictographic})$/iu.test(h.text);
    // Remove a preceding space with the marker so no double space is left behind.
    const start = removable && h.start > 0 && text[h.start - 1] === ' ' ? h.start - 1 : h.start;
    out.push({
      key: `humour:${h.text.toLowerCase()}`,
      start,
      end: h.end,
      category: 'humour',
      severity: formalTarget(target) ? 'warning' : 'info',
      ...keyed('rules.humour.message', { text: h.text, basis: b.text }),
      source: b.source,
      replacement: removable ? '' : undefined,
    });
  }
}

const SOFT_REQUEST: Partial<Record<string, (rest: string) => string>> = {
  en: (rest) => `Could you please ${rest}?`,
};

function directnessRules(inp: SuggestInput, out: Draft[]): void {
  const { text, target, lang, sentences } = inp;
  if (!target) return;
  const b = basis(target, T_DIRECT);
  if (target.directness < 0.5) {
    for (const s of sentences) {
      if (!s.imperative) continue;
      const sText = text.slice(s.start, s.end);
      const body = sText.replace(/[.!]+$/, '').trim();
      const soft = SOFT_REQUEST[lang];
      const replacement = soft && !/[?]$/.test(sText) ? soft(body[0].toLowerCase() + body.slice(1)) : undefined;
      out.push({
        key: `directness:${sText.toLowerCase()}`,
        start: s.start,
        end: s.end,
        category: 'directness',
        severity: target.directness < 0.35 ? 'warning' : 'info',
        ...keyed('rules.directness.command', { country: target.country, basis: b.text }),
        source: b.source,
        replacement,
      });
    }
    const neg = /(?<![\p{L}])(?:is|are|was|were) (?:wrong|unacceptable|terrible|bad|poor|useless|sloppy)(?![\p{L}])/giu;
    // "is wrong" → "is not quite right": the verb (and so tense and number) is kept.
    const NEG_REP: Record<string, string> = {
      wrong: 'not quite right',
      unacceptable: 'difficult for us to accept',
      terrible: 'not what we had hoped for',
      bad: 'not what we had hoped for',
      poor: 'not what we had hoped for',
      useless: 'not yet what we need',
      sloppy: 'in need of more care',
    };
    if (lang === 'en') {
      for (const h of matchAll(neg, text)) {
        const [verb, adj] = h.text.split(' ');
        out.push({
          key: `negative-feedback:${h.text.toLowerCase()}`,
          start: h.start,
          end: h.end,
          category: 'negative-feedback',
          severity: 'warning',
          ...keyed('rules.directness.blunt-criticism', { text: h.text, country: target.country, basis: b.text }),
          source: b.source,
          replacement: `${verb} ${NEG_REP[adj.toLowerCase()]}`,
        });
      }
    }
    for (const h of matchAll(NEGATIVE, text)) {
      if (out.some((o) => o.category === 'negative-feedback' && h.start >= o.start && h.end <= o.end)) continue;
      out.push({
        key: `negative-feedback:${h.text.toLowerCase()}`,
        start: h.start,
        end: h.end,
        category: 'negative-feedback',
        severity: 'info',
        ...keyed('rules.directness.criticism', { text: h.text, country: target.country, basis: b.text }),
        source: b.source,
      });
    }
  } else if (target.directness >= 0.7) {
    for (const s of sentences) {
      if (s.scores.directness > -0.6) continue;
      out.push({
        key: `directness:hedged:${text.slice(s.start, s.end).toLowerCase()}`,
        start: s.start,
        end: s.end,
        category: 'directness',
        severity: 'info',
        ...keyed('rules.directness.hedged', { country: target.country, basis: b.text }),
        source: b.source,
      });
    }
  }
}

const WARM_LINE: Record<string, string> = {
  en: 'I hope you are well.',
  de: 'Ich hoffe, es geht Ihnen gut.',
  fr: "J'espère que vous allez bien.",
  es: 'Espero que se encuentre bien.',
  it: 'Spero che stia bene.',
  pt: 'Espero que esteja bem.',
  nl: 'Ik hoop dat het goed met u gaat.',
  ru: 'Надеюсь, у вас всё хорошо.',
  ja: 'いつもお世話になっております。',
  ko: '잘 지내고 계시길 바랍니다.',
};

function relationshipRules(inp: SuggestInput, out: Draft[], greetingEnd: number | null): void {
  const { text, target, lang, sentences } = inp;
  if (!target || target.relationship < 0.6 || sentences.length < 2) return;
  const cjk = lang === 'ja' || lang === 'ko';
  if (matchAll(WARM, text).length || (cjk && matchAll(WARM_CJK, text).length)) return;
  const b = basis(target, T_RELATION);
  const at = greetingEnd ?? 0;
  // Japanese: the opener differs for a first contact and an existing relation.
  const line = lang === 'ja' && inp.firstContact ? japaneseOpener(true) : WARM_LINE[lang];
  out.push({
    key: 'relationship:opening',
    start: at,
    end: at,
    category: 'relationship',
    severity: 'info',
    ...keyed('rules.relationship.message', { country: target.country, basis: b.text }),
    source: b.source,
    replacement: line ? (greetingEnd !== null ? `\n\n${line}` : `${line}\n\n`) : undefined,
  });
}

function overallFormality(inp: SuggestInput, out: Draft[], overall: number): void {
  const { target, sentences, text } = inp;
  if (!target || !sentences.length) return;
  // Business mail sits in the middle of the rated corpora's scale (news is the formal end, chat
  // the casual one), so the target's 0…1 maps onto −0.6…0.6 rather than the full −1…1.
  const expected = 1.2 * target.formality - 0.6;
  if (overall < expected - 0.6) {
    // Greeting and sign-off have rules of their own; point at the least formal prose sentence.
    const prose = sentences.filter((s) => !s.frame);
    // A judgement on a one-line note is noise: the scorer needs some prose to read.
    if (prose.reduce((a, s) => a + s.words, 0) < 12) return;
    const worst = prose.reduce((a, s) => (s.scores.formality < a.scores.formality ? s : a));
    const b = basis(target, T_FORMALITY);
    out.push({
      key: `formality:overall:${text.slice(worst.start, worst.end).toLowerCase()}`,
      start: worst.start,
      end: worst.end,
      category: 'formality',
      severity: overall < expected - 1 ? 'warning' : 'info',
      ...keyed('rules.formality-overall.casual', { score: overall.toFixed(2), country: target.country, expected: expected.toFixed(2), basis: b.text }),
      source: b.source,
    });
  } else if (target.formality < 0.35 && overall > expected + 1) {
    const b = basis(target, T_FORMALITY);
    out.push({
      key: 'formality:stiff',
      start: sentences[0].start,
      end: sentences[0].end,
      category: 'formality',
      severity: 'info',
      ...keyed('rules.formality-overall.stiff', { score: overall.toFixed(2), country: target.country, basis: b.text }),
      source: b.source,
    });
  }
}

// ---------------------------------------------------------------------------------------------

const SEVERITY_RANK: Record<Severity, number> = { critical: 0, warning: 1, info: 2 };

/** All suggestions for a draft, in document order, with stable ids. */
/** A message as an i18n key with params, plus its English rendering. */
function keyed(messageKey: string, params: MessageParams): { messageKey: string; params: MessageParams; message: string } {
  return { messageKey, params, message: englishMessage(messageKey, params) };
}

const cc2 = (c: string | null) => (c && /^[A-Z]{2}$/.test(c) ? c : null);
const any: Rule['applies'] = () => true;

/**
 * Every suggestion rule, in the order they run (the greeting first: the relationship line is
 * placed after it). Ids are stable: dismissals, the options' rule toggles and tests use them.
 */
export const RULES: Rule[] = [
  { id: 'greeting', topic: 'address', langs: '*', applies: any, run: (i, o, c) => void (c.greetingEnd = greetingRule(i, o)?.lineEnd ?? null) },
  { id: 'sign-off', topic: 'address', langs: '*', applies: (t) => formalTarget(t), run: (i, o) => signOffRules(i, o) },
  { id: 'address-form', topic: 'address', langs: ['de', 'fr', 'es', 'it', 'pt', 'nl', 'ru', 'ja', 'ko'], applies: (t) => !!t && t.formality >= 0.5, run: (i, o) => addressRules(i, o) },
  { id: 'english-register', topic: 'register', langs: ['en'], applies: (t) => formalTarget(t), run: (i, o) => englishRegisterRules(i, o) },
  { id: 'profanity', topic: 'register', langs: '*', applies: any, run: (i, o) => profanityRules(i, o) },
  { id: 'pressure', topic: 'time', langs: '*', applies: any, run: (i, o, c) => pressureRules(i, o, c.country) },
  { id: 'idiom', topic: 'clarity', langs: ['en'], applies: (t) => !t || !ENGLISH_NATIVE.has(t.country), run: (i, o) => idiomRules(i, o) },
  { id: 'humour', topic: 'humour', langs: '*', applies: (t) => !t || t.formality >= 0.4, run: (i, o) => humourRules(i, o) },
  // The specific refusal and deference rules run before the general directness rule, so their
  // narrower fixes win where spans overlap.
  { id: 'ultimatum', ...pick(ultimatumRule) },
  { id: 'over-deferential', ...pick(overDeferentialRule) },
  { id: 'directness', topic: 'feedback', langs: '*', applies: (t) => !!t, run: (i, o) => directnessRules(i, o) },
  { id: 'relationship', topic: 'trust', langs: '*', applies: (t) => !!t && t.relationship >= 0.6, run: (i, o, c) => relationshipRules(i, o, c.greetingEnd) },
  { id: 'ja-opener', topic: 'trust', langs: ['ja'], applies: any, run: (i, o) => japaneseOpenerRule(i, o) },
  { id: 'formality-overall', topic: 'register', langs: '*', applies: (t) => !!t, run: (i, o, c) => overallFormality(i, o, c.overallFormality) },
  { id: 'calendar', topic: 'time', langs: '*', applies: any, run: (i, o, c) => calendarRules(i, o, c.country) },
  { id: 'season', ...pick(seasonRule) },
];
function pick(r: Rule): Omit<Rule, 'id'> {
  return { topic: r.topic, langs: r.langs, applies: r.applies, run: r.run };
}

/** All suggestions for a draft, in document order, with stable ids. */
export function suggest(inp: SuggestInput, overallFormalityScore: number): Suggestion[] {
  const out: Draft[] = [];
  const country = cc2(inp.recipient?.country?.toUpperCase() ?? inp.target?.country ?? null);
  const ctx: RuleContext = { greetingEnd: null, overallFormality: overallFormalityScore, country };
  for (const r of RULES) {
    if (inp.disabledRules?.has(r.id)) continue;
    if (r.langs !== '*' && !r.langs.includes(inp.lang)) continue;
    if (!r.applies(inp.target, inp)) continue;
    const from = out.length;
    r.run(inp, out, ctx);
    for (let k = from; k < out.length; k++) out[k].rule ??= r.id;
  }

  // Overlapping spans: keep the more severe (then the earlier rule) so Apply never edits the same
  // characters twice. Zero-length insertions never conflict.
  const kept: Draft[] = [];
  const perCat = new Map<string, number>();
  const ordered = out
    .map((d, i) => ({ d, i }))
    .sort((a, b) => SEVERITY_RANK[a.d.severity] - SEVERITY_RANK[b.d.severity] || a.i - b.i);
  for (const { d } of ordered) {
    const n = perCat.get(d.category) ?? 0;
    if (n >= (CAP[d.category] ?? 20)) continue;
    const clash =
      d.end > d.start &&
      kept.some((k) => k.end > k.start && d.start < k.end && d.end > k.start && (k.replacement !== undefined || d.replacement !== undefined) && !(k.category === 'formality' && k.key.startsWith('formality:overall')));
    if (clash && d.replacement !== undefined) continue;
    perCat.set(d.category, n + 1);
    kept.push(d);
  }
  kept.sort((a, b) => a.start - b.start || a.end - b.end);
  const seen = new Map<string, number>();
  return kept.map(({ key, ...s }) => {
    const norm = key.replace(/\s+/g, ' ').slice(0, 120);
    const n = seen.get(norm) ?? 0;
    seen.set(norm, n + 1);
    return { id: n ? `${norm}#${n + 1}` : norm, ...s };
  });
}
