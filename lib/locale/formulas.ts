/**
 * Greeting and sign-off formulas that mark a language ("Sehr geehrte", "Cordialement"); they add a
 * little to that language's countries. Markers of a region within a language (Grüezi, voseo,
 * septante …) are in ./lexicon.ts.
 */
import langCountries from './data/lang-countries.json';
import { W, spread, type Evidence } from './evidence';
import { unicodeWords } from './normalize';

const LANG = langCountries as unknown as Record<string, Array<[string, number]>>;

/** Formulas of one language: [pattern, language, label]. */
const LANGUAGE: Array<[RegExp, string, string]> = [
  [/\bsehr geehrte[rn]?\b|\bmit freundlichen grüßen\b|\bviele grüße\b|\bbeste grüße\b/iu, 'de', '“Sehr geehrte” / “Grüße”'],
  [/\bcordialement\b|\bmadame, monsieur\b|\bje vous prie d'agréer\b|\bbien cordialement\b/iu, 'fr', '“Cordialement”'],
  [/\bsaludos cordiales\b|\bestimad[oa]s?\b|\bun saludo\b|\batentamente\b/iu, 'es', '“Estimado” / “Saludos”'],
  [/\bcordiali saluti\b|\bdistinti saluti\b|\bgentile (dott|sig|signor)/iu, 'it', '“Cordiali saluti”'],
  [/\bmet vriendelijke groet(en)?\b|\bgeachte\b|\bhartelijke groet\b/iu, 'nl', '“Met vriendelijke groet”'],
  [/\bmed vänliga hälsningar\b|\bhälsningar\b/iu, 'sv', '“Med vänliga hälsningar”'],
  [/\bmed venlig hilsen\b|\bvenlig hilsen\b/iu, 'da', '“Med venlig hilsen”'],
  [/\bmed vennlig hilsen\b|\bvennlig hilsen\b/iu, 'no', '“Med vennlig hilsen”'],
  [/\bystävällisin terveisin\b|\bterveisin\b/iu, 'fi', '“Ystävällisin terveisin”'],
  [/\bz poważaniem\b|\bszanown[ya] pan/iu, 'pl', '“Z poważaniem”'],
  [/\bs pozdravem\b|\bvážen[ýá]\b/iu, 'cs', '“S pozdravem”'],
  [/\bs pozdravom\b/iu, 'sk', '“S pozdravom”'],
  [/\büdvözlettel\b|\btisztelt\b/iu, 'hu', '“Üdvözlettel”'],
  [/\bcu stimă\b|\bstimate\b/iu, 'ro', '“Cu stimă”'],
  [/\bsaygılarımla\b|\bsayın\b/iu, 'tr', '“Saygılarımla”'],
  [/с уважением|уважаем(ый|ая)/iu, 'ru', '“С уважением”'],
  [/з повагою|шановн(ий|а)/iu, 'uk', '“З повагою”'],
  [/お世話になっております|よろしくお願い(いた)?します|様/u, 'ja', '“お世話になっております”'],
  [/안녕하세요|감사합니다|드림/u, 'ko', '“안녕하세요”'],
  [/您好|此致|敬礼/u, 'zh', '“您好”'],
  [/με εκτίμηση|αγαπητ/iu, 'el', '“Με εκτίμηση”'],
  [/\btrân trọng\b|\bkính gửi\b/iu, 'vi', '“Trân trọng”'],
  [/ขอแสดงความนับถือ|เรียน/u, 'th', '“ขอแสดงความนับถือ”'],
  [/בברכה/u, 'he', '“בברכה”'],
  [/مع التحية|تحياتي|السلام عليكم/u, 'ar', '“مع التحية”'],
];

const LANGUAGE_U = LANGUAGE.map(([re, lang, l]) => [unicodeWords(re), lang, l] as const);

/** Evidence from the greeting and sign-off formulas in `text`. */
export function formulaEvidence(text: string): Evidence[] {
  if (!text) return [];
  const out: Evidence[] = [];
  for (const [re, lang, label] of LANGUAGE_U) {
    if (re.test(text) && LANG[lang]) out.push(...spread('formula-language', W.languageFormula, LANG[lang], `${label} formula`));
  }
  return out;
}
