/**
 * Names for formal address: which part of a recipient's display name is the family name, and
 * whether a title (Mr/Ms, Herr/Frau …) can be chosen without guessing.
 *
 * Gender is only ever taken from evidence: a title in the display name ("Dr. Hans Müller",
 * "Frau Schmidt"), a Russian patronymic (-ovich/-ovna), or a short curated list of given names
 * that are unambiguous in their own culture. Everything else is `unknown`, and the greeting
 * rules then use a form that needs no gender (full name, "Gentile", "Geachte", "様").
 */

import nameSystems from './data/name-systems.json';

export type Gender = 'male' | 'female' | 'unknown';

export interface ParsedName {
  given: string | null;
  family: string | null;
  /** A professional title found in the name, e.g. "Dr." or "Prof.". */
  title: string | null;
  gender: Gender;
  /** Why the gender is known (shown in the suggestion), or null. */
  genderBasis: string | null;
  /** True when the name is written in Han, kana or Hangul. */
  localScript: boolean;
  /** Every professional title, in order ("Prof.", "Dr."). */
  titles: string[];
  /** A Russian-style patronymic when the name has one ("Petrovich"). */
  patronymic: string | null;
  /** The naming system used to parse the name (from the country). */
  system: NameSystem;
  /** The name's parts after titles, with particles joined ("van der Berg"). */
  tokens: string[];
}

// Given names that are unambiguous in the culture they come from (common in business mail).
// Deliberately short: a name missing here yields `unknown`, which is safe.
const MALE = new Set(
  (
    'hans peter klaus jürgen juergen wolfgang michael thomas andreas stefan stephan markus martin frank uwe dieter karl heinz ' +
    'johannes matthias christian tobias florian sebastian lukas jonas felix maximilian alexander bernd ralf jörg joerg ' +
    'john james robert david william richard joseph charles george paul mark steven kevin brian edward ronald anthony ' +
    'pierre jean jacques philippe françois francois michel alain nicolas olivier laurent antoine ' +
    'juan josé jose carlos luis miguel javier antonio manuel francisco pedro pablo diego alejandro ' +
    'giuseppe giovanni marco luca francesco alessandro matteo lorenzo paolo roberto stefano ' +
    'joão joao paulo rafael lucas gabriel tiago ricardo fernando rodrigo ' +
    'jan pieter willem kees henk dirk bram sander ' +
    'marek piotr tomasz krzysztof paweł pawel michał michal jakub grzegorz łukasz lukasz wojciech jiří jiri petr tomáš ' +
    'tomas josef jaroslav miroslav zdeněk zdenek václav vaclav karel lukáš lukas ondřej ondrej vojtěch ' +
    'budi agus bambang joko hendra rudi slamet jón jon gunnar sigurður sigurdur ólafur olafur ' +
    'дмитрий иван сергей алексей андрей владимир михаил николай павел александр евгений юрий олег игорь ' +
    'mohammed muhammad mohamed mohammad ahmed ahmad khalid khaled abdullah omar hassan hussein yousef youssef ibrahim ' +
    'saeed rashid sultan faisal abdulaziz salman hamad nasser ' +
    'ivan sergei sergey dmitri dmitry alexei alexey vladimir nikolai mikhail andrei andrey pavel ' +
    'kenji hiroshi takashi satoshi kazuo daisuke takeshi haruto hiroki kenta shota ' +
    'minjun jihoon seojun junho'
  )
    .split(/\s+/)
    .filter(Boolean)
    .map((n) => n.normalize('NFD').replace(/\p{M}/gu, '')),
);
const FEMALE = new Set(
  (
    'anna maria sabine petra claudia susanne monika ursula birgit katrin kathrin julia laura lena sophie hannah ' +
    'mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa emily ' +
    'marie sophie isabelle nathalie sylvie catherine françoise francoise céline celine ' +
    'carmen lucía lucia isabel pilar elena ana laura marta cristina rosa ' +
    'giulia francesca chiara sara alessandra valentina federica paola silvia ' +
    'joana beatriz mariana fernanda juliana patrícia patricia ' +
    'anke els anouk sanne femke ' +
    'katarzyna agnieszka małgorzata malgorzata magdalena joanna ewa barbara jana petra lucie tereza veronika ' +
    'siti dewi sri wati guðrún gudrun kristín kristin sigríður sigridur ' +
    'елена ольга наталья татьяна ирина анна мария светлана екатерина юлия марина ' +
    'fatima fatma aisha aysha mariam maryam noura nourah layla huda reem hessa ' +
    'olga tatiana tatyana natalia natalya svetlana irina ekaterina yekaterina anastasia ' +
    'yoko keiko yumiko akiko naoko sakura haruka misaki ' +
    'jiwoo seoyeon minji'
  )
    .split(/\s+/)
    .filter(Boolean)
    .map((n) => n.normalize('NFD').replace(/\p{M}/gu, '')),
);

const TITLE_MALE = /^(?:mr|herr|hr|monsieur|m|señor|sr|signor|sig|senhor|dhr|heer|meneer|господин|pan|pane|bapak|pak|encik|u)\.?$/i;
const TITLE_FEMALE = /^(?:mrs|ms|miss|frau|fr|madame|mme|señora|sra|signora|sig\.ra|senhora|mevr|mevrouw|госпожа|pani|paní|ibu|bu|puan|daw)\.?$/i;
// Professional titles, kept in the greeting where the language uses them.
const TITLE_PRO = /^(?:dr|dra|prof|professor|prof\.ssa|ing|ing\.ra|dipl\.?-ing|dipl\.?-kfm|mag|lic|licda|lcda|dott|dott\.ssa|mgr|phdr|judr|mudr|rndr|doc)\.?$/i;
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;

export type NameSystem = 'western' | 'hispanic' | 'lusophone' | 'family-first' | 'given' | 'gulf' | 'patronymic';

interface NameSystemsTable {
  systems: Record<string, string[]>;
  englishBusiness: string[];
  particles: string[];
  suffixes: string[];
  surnames: Record<string, string[]>;
  givenNames: Record<string, string[]>;
  femaleTitles: string[];
}
const NS = nameSystems as NameSystemsTable;
const SYSTEM_OF = new Map<string, NameSystem>();
for (const [sys, ccs] of Object.entries(NS.systems)) for (const cc of ccs) SYSTEM_OF.set(cc, sys as NameSystem);
const PARTICLES = new Set(NS.particles);
const SUFFIXES = new Set(NS.suffixes);
const SURNAMES = Object.fromEntries(Object.entries(NS.surnames).map(([k, v]) => [k, new Set(v)]));
const GIVEN = Object.fromEntries(Object.entries(NS.givenNames).map(([k, v]) => [k, new Set(v)]));
const FEMALE_TITLES = new Set(NS.femaleTitles);
/** Countries whose business mail is normally written in English although another language is official. */
export const ENGLISH_BUSINESS = new Set(NS.englishBusiness);

/** The naming system of a country (western when none is listed). */
export function nameSystemOf(country: string | undefined | null): NameSystem {
  return SYSTEM_OF.get((country ?? '').toUpperCase()) ?? 'western';
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
/** Surname lists by family-first country; CN also covers TW, HK, MO and Chinese names in SG and MY. */
function surnameListFor(cc: string): Set<string> | undefined {
  if (cc === 'TW' || cc === 'HK' || cc === 'MO' || cc === 'SG' || cc === 'MY') return SURNAMES.CN;
  return SURNAMES[cc];
}

/**
 * Whether `greeted` (as written after "Hi") names `part`: equal when folded, or a vocative or
 * diminutive of it that shares all but its last two letters ("Petře" → Petr, "Marku" → Marek).
 */
export function sameName(greeted: string, part: string): boolean {
  const a = fold(greeted);
  const b = fold(part);
  if (!a || !b) return false;
  if (a === b) return true;
  const min = Math.min(a.length, b.length);
  if (min < 3) return false;
  let i = 0;
  while (i < min && a[i] === b[i]) i++;
  return i >= 3 && i >= Math.max(a.length, b.length) - 2;
}

function normTitle(p: string): string {
  const l = p.toLowerCase().replace(/\.$/, '');
  if (l === 'professor' || l === 'prof') return 'Prof.';
  if (l === 'dr') return 'Dr.';
  if (l === 'dra') return 'Dra.';
  if (/^dipl\.?-ing$/.test(l)) return 'Dipl.-Ing.';
  if (/^dipl\.?-kfm$/.test(l)) return 'Dipl.-Kfm.';
  if (/\.\p{L}/u.test(p)) return p[0].toUpperCase() + p.slice(1);
  const base = p.replace(/\.$/, '');
  return `${base[0].toUpperCase()}${base.slice(1)}.`;
}

/**
 * Parse a display name. `greetedAs` is the name the draft already uses ("Kenji" in "Hi Kenji,"):
 * when it matches one part, the other part is the family name, whatever the order. `country`
 * selects the naming system (Spanish first surname, Portuguese last surname, family-first order,
 * given-name address, Russian patronymics); `email` can show which part is the family name
 * ("tanaka.k@…").
 */
export function parseName(
  display: string | undefined,
  opts: { country?: string; greetedAs?: string; email?: string } = {},
): ParsedName {
  const cc = (opts.country ?? '').toUpperCase();
  const system = nameSystemOf(cc);
  const res: ParsedName = {
    given: null, family: null, title: null, titles: [], gender: 'unknown', genderBasis: null, localScript: false,
    patronymic: null, system, tokens: [],
  };
  if (!display) return res;
  // "Tanaka, Kenji" is family-first in any culture.
  let raw = display.replace(/["“”<>]/g, ' ').replace(/\(.*?\)/g, ' ').trim();
  let commaOrder = false;
  const comma = raw.match(/^([^,]+),\s*([^,]+)$/);
  if (comma) {
    raw = `${comma[2]} ${comma[1]}`;
    commaOrder = true;
  }
  const parts = raw.split(/\s+/).filter(Boolean);
  const rest: string[] = [];
  for (const p of parts) {
    if (p === '先生' || p === '女士' || p === '小姐') {
      res.gender = p === '先生' ? 'male' : 'female';
      res.genderBasis = `the title "${p}" in the name`;
    } else if (!rest.length && TITLE_MALE.test(p) && !(p.length === 1 && parts.length < 3)) {
      res.gender = 'male';
      res.genderBasis = `the title "${p}" in the name`;
    } else if (!rest.length && TITLE_FEMALE.test(p)) {
      res.gender = 'female';
      res.genderBasis = `the title "${p}" in the name`;
    } else if (TITLE_PRO.test(p) && (!rest.length || /\.$/.test(p))) {
      const t = normTitle(p);
      res.titles.push(t);
      if (FEMALE_TITLES.has(p.toLowerCase().replace(/\.$/, '')) && res.gender === 'unknown') {
        res.gender = 'female';
        res.genderBasis = `the title "${p}" in the name`;
      }
    } else rest.push(p);
  }
  res.title = res.titles.length ? res.titles.join(' ') : null;
  if (!rest.length) return res;
  res.localScript = CJK.test(rest.join(''));

  // Particles join the part after them ("van der Berg", "Al Mansouri", "de la Cruz"); a
  // suffix (Filho, Júnior) is set aside.
  const tokens: string[] = [];
  let pending = '';
  for (let i = 0; i < rest.length; i++) {
    const p = rest[i];
    if (i > 0 && i < rest.length - 1 && PARTICLES.has(p.toLowerCase()) && p.toLowerCase() !== 'y' && !/^bin(?:ti)?$/i.test(p)) {
      pending += `${p} `;
      continue;
    }
    if (i > 0 && SUFFIXES.has(p.toLowerCase())) continue;
    tokens.push(pending + p);
    pending = '';
  }
  res.tokens = tokens;

  if (res.localScript && tokens.length === 1) {
    // 田中健二 with no space: Japanese and Chinese family names are mostly one or two characters.
    const s = tokens[0];
    const chinese = /^(?:CN|TW|HK|MO|SG)$/.test(cc) && /^\p{Script=Han}+$/u.test(s);
    if (chinese && s.length >= 2 && s.length <= 4) {
      const cut = s.length === 4 || /^(?:欧阳|司马|诸葛|上官|东方|皇甫|令狐|司徒|慕容)/.test(s) ? 2 : 1;
      res.family = s.slice(0, cut);
      res.given = s.slice(cut);
    } else if (s.length >= 3 && s.length <= 4) {
      const cut = /[\uac00-\ud7af]/.test(s) ? 1 : s.length === 3 ? 1 : 2;
      res.family = s.slice(0, cut);
      res.given = s.slice(cut);
    } else res.family = s;
  } else if (tokens.length === 1) {
    res.family = tokens[0];
  } else {
    const n = tokens.length;
    const greeted = opts.greetedAs?.trim();
    const gi = greeted ? tokens.findIndex((p) => sameName(greeted, p)) : -1;
    const capsIdx = tokens.findIndex((p) => p.length >= 2 && p === p.toUpperCase() && /\p{Lu}/u.test(p));
    const lower = tokens.map(fold);
    let familyIdx: number;
    let givenIdx: number | null = null;
    // Malay and Arabic "bin/binti": the given name is everything before it.
    const binAt = tokens.findIndex((p, i) => i > 0 && /^bin(?:ti)?$/i.test(p));
    const patrAt = tokens.findIndex((p) => /(?:ovich|evich|ovna|evna|ichna|ович|евич|ич|овна|евна|ична)$/iu.test(p) && /^(?:\p{Lu})/u.test(p));
    if (commaOrder) familyIdx = n - 1;
    else if (capsIdx >= 0 && tokens.some((p) => p !== p.toUpperCase())) familyIdx = capsIdx; // "TANAKA Kenji"
    else if (binAt > 0) {
      givenIdx = 0;
      familyIdx = n - 1;
    } else if (system === 'patronymic' || (patrAt > 0 && n === 3)) {
      if (patrAt === 1 && n === 3) [givenIdx, familyIdx] = [0, 2];
      else if (patrAt === 2 && n === 3) [givenIdx, familyIdx] = [1, 0];
      else familyIdx = gi === 0 ? n - 1 : gi > 0 ? 0 : n - 1;
      if (patrAt >= 0 && n === 3) res.patronymic = tokens[patrAt];
    } else if (system === 'family-first' && !res.localScript) {
      const sn = surnameListFor(cc);
      const gn = GIVEN[cc];
      const emailParts = (opts.email ?? '').split('@')[0].toLowerCase().split(/[._-]+/);
      const emailFam = lower.findIndex((p) => emailParts.includes(p) && emailParts.some((e) => e.length === 1 || (e !== p && !lower.includes(e))));
      const inList = sn ? lower.map((p) => sn.has(p)) : [];
      const gnList = gn ? lower.map((p) => gn.has(p)) : [];
      if (gi >= 0) familyIdx = gi === 0 ? n - 1 : 0;
      else if (emailFam >= 0) familyIdx = emailFam;
      else if (inList.filter(Boolean).length === 1) familyIdx = inList.indexOf(true);
      else if (gnList.filter(Boolean).length === 1) familyIdx = gnList.indexOf(true) === 0 ? n - 1 : 0;
      else familyIdx = cc === 'HU' ? 0 : n - 1; // Latin-script CJK names in mail are usually given-first
    } else if (gi >= 0) {
      familyIdx = gi === 0 ? n - 1 : 0;
      if (system === 'hispanic' && gi === 0 && n >= 3) familyIdx = 1;
    } else if (res.localScript || cc === 'HU') familyIdx = 0;
    else if (system === 'hispanic' && n >= 3) familyIdx = n === 3 ? 1 : 2; // first (paternal) surname
    else familyIdx = n - 1;
    const fam = tokens[familyIdx];
    res.family = fam === fam.toUpperCase() && fam.length > 1 && !res.localScript ? fam[0] + fam.slice(1).toLowerCase() : fam;
    if (givenIdx === null) givenIdx = familyIdx === 0 ? 1 : 0;
    res.given = tokens[givenIdx] ?? null;
    if (res.given && res.given === res.given.toUpperCase() && res.given.length > 1) res.given = res.given[0] + res.given.slice(1).toLowerCase();
  }
  if (res.gender === 'unknown' && res.given) {
    const g = fold(res.given);
    if (MALE.has(g) && !FEMALE.has(g)) {
      res.gender = 'male';
      res.genderBasis = `"${res.given}" is a male given name in its culture`;
    } else if (FEMALE.has(g) && !MALE.has(g)) {
      res.gender = 'female';
      res.genderBasis = `"${res.given}" is a female given name in its culture`;
    }
  }
  if (res.gender === 'unknown') {
    // Russian patronymics carry gender; so do Polish -ski/-ska and Czech/Slovak -ová surnames.
    const all = tokens.join(' ').toLowerCase();
    const fam = (res.family ?? '').toLowerCase();
    if (/(?:ovich|evich|ович|евич)(?![\p{L}])/u.test(all)) {
      res.gender = 'male';
      res.genderBasis = 'the patronymic';
    } else if (/(?:ovna|evna|овна|евна|ична)(?![\p{L}])/u.test(all)) {
      res.gender = 'female';
      res.genderBasis = 'the patronymic';
    } else if (/(?:ski|cki|dzki)$/.test(fam) && !res.localScript) {
      res.gender = 'male';
      res.genderBasis = `the surname form "${res.family}" (-ski/-cki is masculine)`;
    } else if (/^\p{Script=Cyrillic}+(?:ов|ев|ёв)$/u.test(fam)) {
      res.gender = 'male';
      res.genderBasis = `the surname form "${res.family}" (-ов/-ев is masculine)`;
    } else if (/^\p{Script=Cyrillic}+(?:ова|ева|ёва)$/u.test(fam)) {
      res.gender = 'female';
      res.genderBasis = `the surname form "${res.family}" (-ова/-ева is feminine)`;
    } else if (/(?:ska|cka|dzka|ová)$/.test(fam)) {
      res.gender = 'female';
      res.genderBasis = `the surname form "${res.family}" (-ska/-cka/-ová is feminine)`;
    }
  }
  return res;
}

/** The name parts of an email address's local part ("kenji.tanaka@…" → Kenji, Tanaka); empty when none. */
export function namesFromEmail(email: string | undefined): string[] {
  if (!email) return [];
  const local = email.split('@')[0] ?? '';
  return local
    .split(/[._-]+/)
    .filter((p) => /^[a-z]{2,}$/i.test(p))
    .map((p) => p[0].toUpperCase() + p.slice(1).toLowerCase());
}
