/**
 * Names for formal address: which part of a recipient's display name is the family name, and
 * whether a title (Mr/Ms, Herr/Frau …) can be chosen without guessing.
 *
 * Gender is only ever taken from evidence: a title in the display name ("Dr. Hans Müller",
 * "Frau Schmidt"), a Russian patronymic (-ovich/-ovna), or a short curated list of given names
 * that are unambiguous in their own culture. Everything else is `unknown`, and the greeting
 * rules then use a form that needs no gender (full name, "Gentile", "Geachte", "様").
 */

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
    'ivan sergei sergey dmitri dmitry alexei alexey vladimir nikolai mikhail andrei andrey pavel ' +
    'kenji hiroshi takashi satoshi kazuo daisuke takeshi haruto hiroki kenta shota ' +
    'minjun jihoon seojun junho'
  )
    .split(/\s+/)
    .filter(Boolean),
);
const FEMALE = new Set(
  (
    'anna maria sabine petra claudia susanne monika ursula birgit katrin kathrin julia laura lena sophie hannah ' +
    'mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa emily ' +
    'marie sophie camille isabelle nathalie sylvie catherine françoise francoise céline celine ' +
    'carmen lucía lucia isabel pilar elena ana laura marta cristina rosa ' +
    'giulia francesca chiara sara alessandra valentina federica paola silvia ' +
    'joana beatriz mariana fernanda juliana patrícia patricia ' +
    'anke els anouk sanne femke ' +
    'olga tatiana tatyana natalia natalya svetlana irina ekaterina yekaterina anastasia ' +
    'yoko keiko yumiko akiko naoko sakura haruka misaki ' +
    'jiwoo seoyeon minji'
  )
    .split(/\s+/)
    .filter(Boolean),
);

const TITLE_MALE = /^(?:mr|herr|hr|monsieur|m|señor|sr|signor|sig|senhor|dhr|heer|meneer|господин)\.?$/i;
const TITLE_FEMALE = /^(?:mrs|ms|miss|frau|fr|madame|mme|señora|sra|signora|sig\.ra|senhora|mevr|mevrouw|госпожа)\.?$/i;
const TITLE_PRO = /^(?:dr|prof|professor|ing|dipl\.?-ing|mag)\.?$/i;
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;

/**
 * Parse a display name. `greetedAs` is the name the draft already uses ("Kenji" in "Hi Kenji,"):
 * when it matches one part, the other part is the family name, whatever the order.
 */
export function parseName(display: string | undefined, opts: { country?: string; greetedAs?: string } = {}): ParsedName {
  const res: ParsedName = { given: null, family: null, title: null, gender: 'unknown', genderBasis: null, localScript: false };
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
    if (TITLE_MALE.test(p)) {
      res.gender = 'male';
      res.genderBasis = `the title "${p}" in the name`;
    } else if (TITLE_FEMALE.test(p)) {
      res.gender = 'female';
      res.genderBasis = `the title "${p}" in the name`;
    } else if (TITLE_PRO.test(p)) res.title = /^prof/i.test(p) ? 'Prof.' : /^dr/i.test(p) ? 'Dr.' : p;
    else rest.push(p);
  }
  if (!rest.length) return res;
  res.localScript = CJK.test(rest.join(''));

  if (res.localScript && rest.length === 1) {
    // 田中健二 with no space: Japanese and Chinese family names are mostly one or two characters.
    const s = rest[0];
    if (s.length >= 3 && s.length <= 4) {
      const cut = /[\uac00-\ud7af]/.test(s) ? 1 : s.length === 3 ? 1 : 2;
      res.family = s.slice(0, cut);
      res.given = s.slice(cut);
    } else res.family = s;
  } else if (rest.length === 1) {
    res.family = rest[0];
  } else {
    const greeted = opts.greetedAs?.toLowerCase();
    const gi = greeted ? rest.findIndex((p) => p.toLowerCase() === greeted) : -1;
    const capsIdx = rest.findIndex((p) => p.length >= 2 && p === p.toUpperCase() && /\p{Lu}/u.test(p));
    let familyIdx: number;
    if (commaOrder) familyIdx = rest.length - 1;
    else if (gi >= 0) familyIdx = gi === 0 ? rest.length - 1 : 0;
    else if (capsIdx >= 0 && rest.some((p) => p !== p.toUpperCase())) familyIdx = capsIdx; // "TANAKA Kenji"
    // Local-script names in family-first cultures, and Hungarian names in any script; Latin-script
    // Japanese, Chinese and Korean names in mail are usually given-first.
    else if (res.localScript || (opts.country ?? '').toUpperCase() === 'HU') familyIdx = 0;
    else familyIdx = rest.length - 1;
    const fam = rest[familyIdx];
    res.family = fam === fam.toUpperCase() && fam.length > 1 && !res.localScript ? fam[0] + fam.slice(1).toLowerCase() : fam;
    res.given = rest.filter((_, i) => i !== familyIdx)[0] ?? null;
  }
  if (res.gender === 'unknown' && res.given) {
    const g = res.given.toLowerCase();
    if (MALE.has(g) && !FEMALE.has(g)) {
      res.gender = 'male';
      res.genderBasis = `"${res.given}" is a male given name in its culture`;
    } else if (FEMALE.has(g) && !MALE.has(g)) {
      res.gender = 'female';
      res.genderBasis = `"${res.given}" is a female given name in its culture`;
    }
  }
  if (res.gender === 'unknown') {
    // Russian patronymics carry gender; so do the -ova/-eva/-ina surname forms.
    const all = rest.join(' ').toLowerCase();
    if (/(?:ovich|evich|ович|евич)(?![\p{L}])/u.test(all)) {
      res.gender = 'male';
      res.genderBasis = 'the patronymic';
    } else if (/(?:ovna|evna|овна|евна)(?![\p{L}])/u.test(all)) {
      res.gender = 'female';
      res.genderBasis = 'the patronymic';
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
