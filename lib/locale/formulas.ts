/**
 * Greeting and sign-off formulas. Most only mark a language ("Sehr geehrte", "Cordialement") and
 * add a little to that language's countries; some mark a region within a language, which the
 * language detector cannot see: Swiss "Grüezi" and "Grüsse" (Switzerland writes no ß), Brazilian
 * "Atenciosamente", Rioplatense voseo, Spain's "vosotros".
 */
import langCountries from './data/lang-countries.json';
import { W, spread, type Evidence } from './evidence';
import { unicodeWords } from './normalize';

type Shares = Array<[string, number]>;
const LANG = langCountries as unknown as Record<string, Shares>;

/** Regional markers: [pattern, countries, label]. */
const REGIONAL: Array<[RegExp, Shares, string]> = [
  [/\bgrüe?zi\b|\bgrüessech\b|\bsali\b(?= zäme| mitenand)|\bmerci vilmal\b|\bliebi grüess/iu, [['CH', 1]], '“Grüezi” (Swiss German)'],
  [/\b(freundliche|beste|liebe|herzliche) grüsse\b|\bmit freundlichen grüssen\b/iu, [['CH', 0.9], ['LI', 0.1]], '“Grüsse” spelt the Swiss way'],
  [/\bgrüß gott\b|\bservus\b|\bjänner\b/iu, [['AT', 1]], 'Austrian greeting'],
  [/\bmoin\b/iu, [['DE', 1]], '“Moin” (northern German)'],
  [/\batenciosamente\b|\bprezad[oa]s?\b|\bvocê\b|\bcontato\b|\bequipe\b/iu, [['BR', 1]], 'Brazilian Portuguese wording'],
  [/\bcom os melhores cumprimentos\b|\bcumprimentos\b|\bexm[oa]s?\.?\b|\bequipa\b|\bcontacto\b|\btelemóvel\b|\bfacto\b|\bregisto\b/iu, [['PT', 1]], 'European Portuguese wording'],
  [/\b(tenés|querés|podés|sabés|vení|decime|avisame|fijate|che)\b/iu, [['AR', 0.8], ['UY', 0.2]], 'voseo (Río de la Plata Spanish)'],
  [/\b(vosotros|vosotras|os escribo|os envío|os adjunto|tenéis|podéis|queréis|vale\.|ordenador|móvil)\b/iu, [['ES', 1]], 'Spanish from Spain (vosotros / vale)'],
  [/\b(ahorita|platicar|quedo a sus órdenes|celular|computadora)\b/iu, [['MX', 0.5], ['CO', 0.15], ['PE', 0.1], ['CL', 0.1], ['AR', 0.05], ['EC', 0.05], ['GT', 0.05]], 'Latin American Spanish wording'],
  [/\bquedo atent[oa]\b|\bcordial saludo\b/iu, [['CO', 0.5], ['MX', 0.2], ['PE', 0.15], ['EC', 0.15]], 'Andean business formula'],
  [/\bbien à vous\b|\bseptante\b|\bnonante\b|\bs'il vous plaît\b(?=.*\bseptante\b)/iu, [['BE', 0.6], ['CH', 0.4]], 'Belgian/Swiss French wording'],
  [/\bhuitante\b|\bmeilleures salutations\b/iu, [['CH', 1]], 'Swiss French wording'],
  [/\bcourriel\b|\bau plaisir\b|\bfin de semaine\b/iu, [['CA', 1]], 'Québec French wording'],
  [/\bg'?day\b|\bcheers mate\b|\breckon\b(?=.*\barvo\b)|\barvo\b/iu, [['AU', 0.9], ['NZ', 0.1]], 'Australian greeting'],
  [/\bkia ora\b|\bngā mihi\b|\bnga mihi\b/iu, [['NZ', 1]], 'Māori greeting (New Zealand)'],
  [/\bdo the needful\b|\bgreetings of the day\b|\bkindly revert\b|\bprepone\b|\blakh\b|\bcrore\b/iu, [['IN', 0.9], ['PK', 0.1]], 'Indian English formula'],
  [/\bhowzit\b|\blekker\b|\bbaie dankie\b/iu, [['ZA', 1]], 'South African wording'],
  [/\bsalamat po\b|\bpo\b(?= sir| ma'am)|\bmabuhay\b/iu, [['PH', 1]], 'Filipino courtesy'],
  [/\bhormat kami\b|\bbapak\/ibu\b|\bterima kasih atas\b/iu, [['ID', 0.85], ['MY', 0.15]], 'Indonesian business formula'],
  [/\byang berhormat\b|\bsekian, terima kasih\b|\btuan\/puan\b/iu, [['MY', 1]], 'Malaysian business formula'],
  [/\bcheers\b|\bkind regards\b(?=[\s\S]*\bcolour\b)/iu, [['GB', 0.6], ['AU', 0.25], ['IE', 0.1], ['NZ', 0.05]], '“Cheers” sign-off'],
  [/\bmet vriendelijke groet(en)?\b(?=[\s\S]*\b(gsm|alstublieft)\b)|\bgsm\b|\bmvg\b(?=[\s\S]*\bgsm\b)/iu, [['BE', 1]], 'Flemish wording'],
];

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

const REGIONAL_U = REGIONAL.map(([re, s, l]) => [unicodeWords(re), s, l] as const);
const LANGUAGE_U = LANGUAGE.map(([re, lang, l]) => [unicodeWords(re), lang, l] as const);

/** Evidence from the greeting and sign-off formulas in `text`. */
export function formulaEvidence(text: string): Evidence[] {
  if (!text) return [];
  const out: Evidence[] = [];
  for (const [re, shares, label] of REGIONAL_U) if (re.test(text)) out.push(...spread('formula-regional', W.regionalFormula, shares, label));
  for (const [re, lang, label] of LANGUAGE_U) {
    if (re.test(text) && LANG[lang]) out.push(...spread('formula-language', W.languageFormula, LANG[lang], `${label} formula`));
  }
  return out;
}
