/**
 * The greeting line: a casual opener ("Hi Kenji,", "Cześć Marek,", "Ahoj Petře,", "Oi Ana,") to a
 * formal culture gets a formal salutation (salutation.ts) for the person the draft actually
 * greets. In a mixed thread that is the reader whose name the greeting uses, not the reader
 * whose culture sets the register: "Hi Hans," to Hans Müller (To, DE) with Kenji Tanaka in Cc
 * (JP) becomes a greeting to Hans, formal because the audience needs it.
 *
 * Every name written into a replacement has passed `safeName`; an unsafe name, or a greeting
 * that matches no reader, gets the warning without a replacement.
 */
import openers from '../data/openers.json';
import { CASUAL_GREETING, GROUP_NAME, JA_CASUAL_GREETING, matchGreeting, NEUTRAL_GREETING } from '../frame';
import { namesFromEmail, parseName, sameName, type ParsedName } from '../names';
import { japaneseOpener, salute, type SalutationBasis } from '../salutation';
import { safeName, safeNameOpt } from '../untrusted';
import { basis, englishMessage, formalTarget, T_ADDRESS, T_FORMALITY, T_RELATION, type Draft, type Reader, type SuggestInput } from './common';

interface OpenerLang {
  casual: string[];
  neutral: string[];
  modern: string[];
}
const OPENERS = (openers as { langs: Record<string, OpenerLang> }).langs;
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ALL_WORDS = [...new Set(Object.values(OPENERS).flatMap((l) => [...l.casual, ...l.neutral, ...l.modern]))].sort((a, b) => b.length - a.length);
// The opener, then an optional name up to the first comma, colon or exclamation mark (or the
// line's end): "Cześć Marek,", "Ahoj Petře!", "Hej Anna".
const OPENER_RE = new RegExp(`^(${ALL_WORDS.map(esc).join('|')})(?![\\p{L}])(?:[ \\t]+([^,!:;.?\\n、。]+?))?[ \\t]*([,!:.、。]|$)`, 'iu');

/** The greeting at the start of a line by the opener tables (languages frame.ts does not know). */
export function matchOpener(line: string): { word: string; name: string; length: number } | null {
  const m = OPENER_RE.exec(line);
  if (!m) return null;
  const name = (m[2] ?? '').trim();
  if (name.split(/\s+/).length > 4) return null;
  return { word: m[1], name, length: m[0].length };
}

/** Whether `word` is a casual opener in language `lang` (a modern business opener there never is). */
export function isCasualOpener(word: string, lang: string): boolean {
  const w = word.toLowerCase();
  const l = OPENERS[lang === 'nb' || lang === 'nn' ? 'no' : lang];
  if (l?.modern.includes(w) || l?.neutral.includes(w)) return false;
  if (l?.casual.includes(w)) return true;
  return CASUAL_GREETING.test(word);
}

const BASIS_NOTE: Record<SalutationBasis, string> = {
  gender: '',
  neutral: "The recipient's gender is not known from the name, so this form needs none; add a title if you know it.",
  title: 'The professional title in the name is kept and needs no gender.',
  'given-name': 'In this naming system the given name is used in address.',
  patronymic: 'Name and patronymic are the formal address in Russian.',
  'vocative-nameless': 'This language puts the name in the vocative; where that form is not certain, the salutation uses no name.',
  nameless: 'No name can be written safely in this salutation, so it uses none.',
  group: 'This greets a group, so no name is used.',
};

function noteFor(b: SalutationBasis, name: ParsedName | null): string {
  if (b === 'gender' && name?.genderBasis) return `Title chosen from ${name.genderBasis}.`;
  return BASIS_NOTE[b];
}

/** A formal greeting for the recipient in language `lang`, and what it rests on. */
export function formalGreeting(lang: string, name: ParsedName, country?: string | null): { text: string; note: string; source: string } | null {
  if (!name.family && !name.given) return null;
  // No table for the language: an English form is better than none.
  const s = salute({ lang, country, name }) ?? salute({ lang: 'en', country, name });
  return s ? { text: s.text, note: noteFor(s.basis, name), source: s.source } : null;
}

interface Greeted {
  reader: Reader;
  name: ParsedName;
}

/** The parsed name of a reader as greeted ("Kenji"), or null when the reader's name is unsafe or does not match. */
function readerAs(r: Reader, greeted: string, fallbackCountry: string): ParsedName | 'unsafe' | null {
  const country = r.country ?? fallbackCountry;
  const display = safeNameOpt(r.name);
  if (r.name?.trim() && !display) return 'unsafe';
  const first = greeted.split(/\s+/)[0] ?? '';
  if (display) {
    const p = parseName(display, { country, greetedAs: first || undefined, email: r.email });
    if (!first) return p;
    const tokens = p.tokens.length ? p.tokens : [p.given, p.family].filter((x): x is string => !!x);
    if (tokens.some((t) => sameName(first, t)) || greeted.split(/\s+/).some((g) => tokens.some((t) => sameName(g, t)))) return p;
    return null;
  }
  // Without a display name, the greeted name and the address's local part may still give a
  // family name ("Hi Kenji," to kenji.tanaka@…).
  const parts = namesFromEmail(r.email).filter((p) => safeName(p) === p);
  const gi = first ? parts.findIndex((p) => sameName(first, p)) : -1;
  if (gi >= 0 && parts.length === 2) return parseName(`${parts[gi]} ${parts[1 - gi]}`, { greetedAs: parts[gi], country });
  return null;
}

/**
 * Whom the greeting greets: the reader whose name it uses; with no name, the only "To" reader.
 * 'unsafe' when that reader's name cannot be written safely; null when no reader fits.
 */
function greetedReader(inp: SuggestInput, greeted: string): Greeted | 'unsafe' | null {
  const fallback = inp.recipient?.country ?? inp.target?.country ?? '';
  const readers: Reader[] = [];
  for (const r of [...(inp.readers ?? []), ...(inp.recipient ? [inp.recipient] : [])]) {
    if (!readers.some((x) => (x.email ?? '').toLowerCase() === (r.email ?? '').toLowerCase() && (x.name ?? '') === (r.name ?? ''))) readers.push(r);
  }
  if (!readers.length) return null;
  if (!greeted) {
    const to = readers.filter((r) => !r.field || r.field === 'to' || r.field === 'record');
    const one = to.length === 1 ? to[0] : readers.length === 1 ? readers[0] : null;
    if (!one) return null;
    const p = readerAs(one, '', fallback);
    return p === 'unsafe' ? 'unsafe' : p ? { reader: one, name: p } : null;
  }
  let unsafe = false;
  for (const r of readers) {
    const p = readerAs(r, greeted, fallback);
    if (p === 'unsafe') unsafe = true;
    else if (p) return { reader: r, name: p };
  }
  return unsafe ? 'unsafe' : null;
}

export function greetingRule(inp: SuggestInput, out: Draft[]): { lineEnd: number } | null {
  // `lineEnd` is where the greeting formula ends: the relationship line is inserted there.
  const { text, lang, target } = inp;
  const lineStart = text.search(/\S/);
  if (lineStart < 0) return null;
  let lineEnd = text.indexOf('\n', lineStart);
  if (lineEnd < 0) lineEnd = text.length;
  const fullLine = text.slice(lineStart, lineEnd).replace(/\s+$/, '');
  let word: string | null = null;
  let greetedName = '';
  // The formula may be followed by prose on the same line ("Hi guys, we need …"): the span is
  // the formula only, so Apply never touches the words after it.
  let line = fullLine;
  const m = matchGreeting(fullLine) ?? matchOpener(fullLine);
  let casual = false;
  if (m) {
    word = m.word;
    greetedName = m.name;
    let len = m.length;
    // "Привет, Иван!", "Hola, Carlos:": the name after a comma belongs to the formula.
    if (!greetedName && /,$/.test(fullLine.slice(0, len))) {
      const after = /^[ \t]+(\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,2})[ \t]*([,!:]|$)/u.exec(fullLine.slice(len));
      if (after) {
        greetedName = after[1];
        len += after[0].length;
      }
    }
    line = fullLine.slice(0, len).trimEnd();
    casual = isCasualOpener(word, lang);
    // "Dear Kenji," / "Liebe Anna" use a first name: casual where first names are not yet used.
    if (!casual && greetedName && target && !target.firstNames) {
      const who = greetedReader(inp, safeName(greetedName) ?? '');
      if (who && who !== 'unsafe' && who.name.given && sameFirst(greetedName, who.name.given)) casual = true;
    }
    if (!casual && NEUTRAL_GREETING.test(word) && formalTarget(target, 0.8) && !greetedName) casual = true;
  } else if (lang === 'ja' && fullLine.length <= 20) {
    const j = JA_CASUAL_GREETING.exec(fullLine);
    if (j) {
      casual = true;
      word = j[2];
      greetedName = j[1];
    }
  }
  if (!word) return null;
  const end = lineStart + line.length;
  if (casual && formalTarget(target)) {
    const group = GROUP_NAME.test(greetedName);
    const greetedSafe = greetedName ? (safeName(greetedName) ?? '') : '';
    // An unsafe greeted name (it is the user's own text, but may have been pasted) gives no name.
    const who = group || (greetedName && !greetedSafe) ? null : greetedReader(inp, greetedSafe);
    const person = who && who !== 'unsafe' ? who : null;
    const country = person?.reader.country ?? inp.recipient?.country ?? target!.country;
    const g = group
      ? salute({ lang, country, name: null, group: true })
      : person
        ? salute({ lang, country, name: person.name }) ?? salute({ lang: 'en', country, name: person.name })
        : null;
    const b = basis(target, T_ADDRESS, T_FORMALITY);
    const params = {
      line,
      country: target!.country,
      firstNames: target!.firstNames ? '@rules.greeting.period' : '@rules.greeting.first-names-later',
      basis: b.text,
      note: `@rules.greeting.note.${g ? g.basis : 'none'}`,
    };
    // The English message keeps the exact reason for the gender ("the title "Dr." in the name").
    const note = g ? noteFor(g.basis, person?.name ?? null) : 'Use a title and the family name.';
    out.push({
      key: `greeting:${line.toLowerCase()}`,
      start: lineStart,
      end,
      category: 'greeting',
      severity: target!.formality >= 0.75 ? 'warning' : 'info',
      rule: 'greeting',
      messageKey: 'rules.greeting.message',
      params,
      message: englishMessage('rules.greeting.message', { ...params, note }).replace(/\s+$/, ''),
      source: [b.source, g?.source].filter(Boolean).join('; ') || undefined,
      replacement: g?.text,
    });
  }
  return { lineEnd: end };
}

const sameFirst = (greeted: string, given: string) => sameName(greeted.split(/\s+/)[0] ?? '', given);

const JA_EXISTING = /いつも(?:大変)?お世話になって(?:おります|います)。?/u;
const JA_FIRST = /(?:はじめて|初めて)(?:ご連絡|メール)(?:いたします|させていただきます|差し上げます)。?/u;

/**
 * Japanese openers: いつもお世話になっております presumes an existing relation; a first mail
 * opens with はじめてご連絡いたします (and the reverse once the relation exists). Only fires when
 * the thread says which it is.
 */
export function japaneseOpenerRule(inp: SuggestInput, out: Draft[]): void {
  const { text, lang, firstContact } = inp;
  if (lang !== 'ja' || firstContact === undefined) return;
  const wrong = firstContact ? JA_EXISTING.exec(text) : JA_FIRST.exec(text);
  if (!wrong) return;
  const replacement = japaneseOpener(firstContact);
  const b = basis(inp.target, T_RELATION, T_FORMALITY);
  out.push({
    key: `greeting:ja-opener:${firstContact ? 'first' : 'existing'}`,
    start: wrong.index,
    end: wrong.index + wrong[0].length,
    category: 'greeting',
    severity: 'info',
    message: firstContact
      ? `"${wrong[0]}" thanks the reader for an existing relationship; this is a first contact, which opens with "${replacement}". ${b.text}`
      : `"${wrong[0]}" is the opener for a first contact; with an existing contact, "${replacement}" is usual. ${b.text}`,
    source: [b.source, salute({ lang: 'ja', name: null })?.source].filter(Boolean).join('; '),
    replacement: wrong[0].endsWith('。') ? replacement : replacement.replace(/。$/, ''),
  });
}
