/**
 * Regional wording: words, spellings and formulas that mark one variety of a language, which a
 * language detector cannot see. Each entry is a weighted signal with the reason shown to the user.
 * Several markers of one variety add up with diminishing weight (see `fuse`).
 *
 * Sources (dialect grammars and usage references):
 * - [RAE-DPD] Real Academia Española, Diccionario panhispánico de dudas (2005): "voseo",
 *   "vosotros", "ustedes", "celular", "ordenador", "computadora", "platicar", "ahorita".
 * - [ASALE-NGLE] RAE/ASALE, Nueva gramática de la lengua española (2009), §4.7 (voseo in the Río de
 *   la Plata and Chile), §16.15 (usted in Colombian courtesy).
 * - [DAMER] ASALE, Diccionario de americanismos (2010): "qué pena" (Co), "le colaboro" (Co),
 *   "sumercé" (Co), "al tiro", "cachai", "fome", "po" (Cl), "laburo", "che" (Ar/Uy), "chamba", "padre" (Mx).
 * - [Priberam] / [Houaiss]: European vs Brazilian Portuguese vocabulary ("equipa/equipe",
 *   "facto/fato", "telemóvel/celular", "registo/registro", "ecrã/tela", "autocarro/ônibus").
 * - [AO90] Acordo Ortográfico de 1990, base IV (double spellings "facto/fato", "contacto/contato").
 * - [OQLF-GDT] Office québécois de la langue française, Grand dictionnaire terminologique:
 *   "courriel", "clavarder", "fin de semaine", "magasiner", "cellulaire", "présentement".
 * - [Francard] M. Francard, Dictionnaire des belgicismes (2010): "septante", "nonante", "GSM",
 *   "à tantôt", "endéans", "savoir" for "pouvoir".
 * - [DSR] Dictionnaire suisse romand (Thibault, 1997): "septante", "huitante", "natel",
 *   "meilleures salutations", "adieu" as a greeting.
 * - [VWB] Ammon et al., Variantenwörterbuch des Deutschen (2nd ed. 2016): Austrian "Jänner",
 *   "Feber", "heuer", "Grüß Gott", "Servus", "Sackerl"; Swiss "Grüezi", "Velo", "Natel",
 *   "parkieren", "allfällig", "Offerte", and Swiss spelling without ß (Duden, Rechtschreibung §25 E2).
 * - [Oxford/Merriam-Webster] British vs American spelling (-our/-or, -ise/-ize, -tre/-ter),
 *   "fortnight", "postcode", "zip code".
 * - [Sailaja] P. Sailaja, Indian English (Edinburgh UP 2009): "do the needful", "prepone",
 *   "revert", "lakh", "crore", "PFA", "updation".
 * - [Macquarie] Macquarie Dictionary (Australian English): "arvo", "g'day", "reckon", "heaps",
 *   "no worries", "servo", "brekkie".
 */
import { spread, type Evidence } from './evidence';
import { unicodeWords } from './normalize';

type Shares = Array<[string, number]>;

export interface LexiconEntry {
  re: RegExp;
  shares: Shares;
  /** Log-odds of one match (before spreading). */
  weight: number;
  /** What the user reads: the marker and the variety. */
  reason: string;
  source: string;
  /** The language the marker belongs to; it only counts in text of that language (or unknown). */
  lang: string;
}

const ES_LATAM: Shares = [['MX', 0.35], ['CO', 0.15], ['AR', 0.12], ['PE', 0.08], ['CL', 0.08], ['VE', 0.05], ['EC', 0.05], ['GT', 0.04], ['US', 0.04], ['UY', 0.02], ['CR', 0.02]];
const EN_COMMONWEALTH: Shares = [['GB', 0.55], ['AU', 0.12], ['IN', 0.12], ['IE', 0.06], ['NZ', 0.04], ['ZA', 0.04], ['SG', 0.04], ['NG', 0.03]];

let lang = '';
const E = (re: RegExp, shares: Shares, weight: number, reason: string, source: string): LexiconEntry => ({ re: unicodeWords(re), shares, weight, reason, source, lang });
const L = (l: string) => {
  lang = l;
  return [];
};

export const LEXICON: LexiconEntry[] = [
  // ---- Spanish ----
  ...L('es'),
  E(/\b(?:vosotros|vosotras|os escribo|os envío|os adjunto|os paso|tenéis|podéis|queréis|sabéis|habéis|estáis|vuestr[oa]s?)\b/i, [['ES', 1]], 2.2, '“vosotros” forms (Spain)', 'RAE-DPD'),
  E(/\b(?:vale\b[.,!]|ordenador|móvil|coger el|gilipollas|guay|currar|curro)\b/i, [['ES', 1]], 1.6, 'Peninsular Spanish vocabulary (“vale”, “ordenador”, “móvil”)', 'RAE-DPD'),
  E(/\b(?:tenés|querés|podés|sabés|sos|vení|decime|avisame|fijate|mirá|contame|escribime|llamame|mandame|pasame)\b/i, [['AR', 0.7], ['UY', 0.2], ['PY', 0.05], ['CR', 0.05]], 2.4, 'voseo (Río de la Plata Spanish)', 'ASALE-NGLE §4.7'),
  E(/\b(?:che|laburo|laburar|boludo|quilombo|bárbaro|re bien|dale que)\b/i, [['AR', 0.8], ['UY', 0.2]], 1.6, 'Rioplatense vocabulary (“che”, “laburo”)', 'DAMER'),
  E(/\b(?:platicar|platicamos|ahorita|chamba|padrísimo|qué padre|mande\?|quedo a sus órdenes|a sus órdenes|con gusto le)\b/i, [['MX', 0.85], ['GT', 0.05], ['SV', 0.05], ['HN', 0.05]], 2, 'Mexican Spanish (“platicar”, “ahorita”)', 'RAE-DPD; DAMER'),
  E(/\b(?:qué pena con usted|que pena con usted|le colaboro|les colaboro|con mucho gusto le colaboro|sumercé|regáleme|regálame|me regala|quedo atent[oa] a sus comentarios|a la orden)\b/i, [['CO', 0.85], ['VE', 0.05], ['EC', 0.05], ['PA', 0.05]], 2.4, 'Colombian courtesy (“qué pena con usted”, “le colaboro”)', 'DAMER; ASALE-NGLE §16.15'),
  E(/\b(?:cachai|cachái|al tiro|altiro|fome|bacán|pololo|polola|weón|huevón|po\b(?=[.,!]))\b/i, [['CL', 1]], 2.2, 'Chilean Spanish (“al tiro”, “cachai”)', 'DAMER'),
  E(/\b(?:celular|computadora|carro\b|manejar)\b/i, ES_LATAM, 1.2, 'Latin American Spanish vocabulary (“celular”, “computadora”)', 'RAE-DPD'),
  E(/\b(?:cordialmente|a la orden|con gusto)\b/i, [['CO', 0.5], ['VE', 0.15], ['EC', 0.1], ['PE', 0.1], ['MX', 0.1], ['PA', 0.05]], 0.9, '“Cordialmente”, “a la orden” (Colombian and Andean courtesy)', 'DAMER'),
  E(/\b(?:un abrazo|abrazo grande|saludos cordiales desde buenos aires)\b/i, [['AR', 0.45], ['UY', 0.15], ['ES', 0.25], ['CL', 0.15]], 0.6, '“Un abrazo” sign-off (Río de la Plata, Spain)', 'ASALE-NGLE'),
  E(/\b(?:enhorabuena|un saludo\b(?!s)|os deseo|coche|zumo)\b/i, [['ES', 1]], 1.2, 'Peninsular Spanish (“un saludo”, “enhorabuena”)', 'RAE-DPD'),
  E(/\b(?:cordial saludo|quedo atent[oa])\b/i, [['CO', 0.5], ['MX', 0.15], ['PE', 0.15], ['EC', 0.1], ['VE', 0.1]], 1.2, '“Cordial saludo” (Andean business formula)', 'DAMER'),
  // ---- Portuguese ----
  ...L('pt'),
  E(/\b(?:atenciosamente|prezad[oa]s?|você|vocês|contato|equipe|fato\b|celular|registro|tela|ônibus|café da manhã|abraços|abs\b|tudo bem\?|a gente vai)\b/i, [['BR', 1]], 2, 'Brazilian Portuguese wording (“você”, “equipe”, “atenciosamente”)', 'Priberam/Houaiss; AO90 base IV'),
  E(/\b(?:att\.?,|obrigad[oa] pela atenção|favor (?:enviar|confirmar|verificar)|a gente|tchau|beleza)\b/i, [['BR', 1]], 1.4, 'Brazilian business shorthand (“Att.”, “favor enviar”)', 'Houaiss'),
  E(/\b(?:com os melhores cumprimentos|cumprimentos|exm[oa]s?\.?|equipa|contacto|telemóvel|facto|registo|ecrã|autocarro|pequeno-almoço|fazes|tens)\b/i, [['PT', 0.92], ['AO', 0.04], ['MZ', 0.04]], 2, 'European Portuguese wording (“equipa”, “telemóvel”, “facto”)', 'Priberam/Houaiss; AO90 base IV'),
  // ---- French ----
  ...L('fr'),
  E(/\b(?:bien à vous|bien a vous)\b/i, [['BE', 0.6], ['CH', 0.2], ['FR', 0.2]], 1.2, '“Bien à vous” (a Belgian sign-off)', 'Francard'),
  E(/\b(?:septante|nonante)\b/i, [['BE', 0.6], ['CH', 0.4]], 2, '“septante/nonante” (Belgian or Swiss French)', 'Francard; DSR'),
  E(/\b(?:huitante|natel|meilleures salutations|adieu\b(?=[\s,]+\p{Lu}))\b/iu, [['CH', 1]], 2.2, 'Swiss French (“natel”, “huitante”)', 'DSR'),
  E(/\b(?:gsm|à tantôt|a tantôt|endéans|une fois\b(?=[.!])|s'il vous plaît\b(?= voici)|bonne fin de journée)\b/i, [['BE', 0.85], ['FR', 0.15]], 2.2, 'Belgian French (“GSM”, “à tantôt”)', 'Francard'),
  E(/\b(?:courriel|clavarder|fin de semaine|magasiner|cellulaire|présentement|au plaisir|bienvenue\b(?= pour| à vous))\b/i, [['CA', 1]], 2.2, 'Québec French (“courriel”, “fin de semaine”)', 'OQLF-GDT'),
  // ---- German ----
  ...L('de'),
  E(/\b(?:jänner|feber|heuer|grüß gott|servus|sackerl|paradeiser|erdäpfel|topfen|mit lieben grüßen aus wien)\b/i, [['AT', 1]], 2.2, 'Austrian German (“Jänner”, “heuer”, “Grüß Gott”)', 'VWB'),
  E(/\b(?:grüe?zi|grüessech|merci vilmal|liebi grüess|velo|natel|parkieren|allfällig|allfälligen|per sofort|offerte|znüni|trottoir)\b/i, [['CH', 0.95], ['LI', 0.05]], 2.2, 'Swiss German (“Grüezi”, “Velo”, “allfällig”)', 'VWB'),
  E(/\b(?:grüsse|\p{L}*strasse|gemäss|schliesslich|grosse[nrm]?|heisst|ausserdem|massnahmen?|fliesst|spass|weiss)\b/iu, [['CH', 0.95], ['LI', 0.05]], 1.6, 'German written without ß (Swiss spelling)', 'Duden §25 E2; VWB'),
  E(/\b(?:moin|sonnabend|tschö|brötchen)\b/i, [['DE', 1]], 1.4, 'German from Germany (“Moin”, “Sonnabend”)', 'VWB'),
  // ---- English ----
  ...L('en'),
  E(/\b(?:thanks (?:&|and) regards|pfb\b|hope you are doing well\b(?=[\s\S]*\bkindly\b)|as discussed telephonically|kindly acknowledge)\b/i, [['IN', 0.85], ['PK', 0.08], ['BD', 0.04], ['LK', 0.03]], 1.4, '“Thanks & Regards” (Indian English business formula)', 'Sailaja'),
  E(/\b(?:noted with thanks|please advise\b(?=[\s\S]*\bnoted\b)|kindly advise)\b/i, [['SG', 0.35], ['MY', 0.25], ['HK', 0.2], ['IN', 0.2]], 0.8, '“Noted with thanks” (Singapore, Malaysian, Hong Kong English)', 'Oxford'),
  E(/\b(?:sincerely|best wishes\b(?=[\s\S]*\b(?:color|center)\b))\b/i, [['US', 0.85], ['CA', 0.15]], 0.5, '“Sincerely” sign-off (American usage)', 'Merriam-Webster'),
  E(/\b(?:do the needful|kindly revert|revert back|prepone|preponed|lakhs?|crores?|pfa\b|updation|greetings of the day|good name|same is attached|kindly find)\b/i, [['IN', 0.88], ['PK', 0.07], ['BD', 0.05]], 2.4, 'Indian English (“do the needful”, “lakh”, “revert”)', 'Sailaja'),
  E(/\b(?:arvo|g'?day|servo|brekkie|heaps of|no worries mate|reckon\b(?=.*\b(?:mate|arvo)\b)|avo|maccas|fair dinkum)\b/i, [['AU', 0.85], ['NZ', 0.15]], 2.2, 'Australian English (“arvo”, “g’day”)', 'Macquarie'),
  E(/\b(?:kia ora|ngā mihi|nga mihi|sweet as|chur)\b/i, [['NZ', 1]], 2.4, 'New Zealand English (“kia ora”)', 'Macquarie'),
  E(/\b(?:howzit|lekker|baie dankie|just now\b(?= I'll)|now now)\b/i, [['ZA', 1]], 2, 'South African English (“howzit”, “lekker”)', 'Oxford'),
  E(/\b(?:salamat po|po\b(?= sir| ma'am)|mabuhay|ma'am\/sir)\b/i, [['PH', 1]], 2, 'Filipino courtesy (“po”, “ma’am/sir”)', 'Oxford'),
  E(/\b(?:lah\b|can or not|already\b(?= lah)|shiok)\b/i, [['SG', 0.7], ['MY', 0.3]], 1.6, 'Singapore/Malaysian English (“lah”)', 'Oxford'),
  E(/\b(?:colour|favour|behaviour|honour|organis(?:e|ed|ing|ation)|realis(?:e|ed|ing)|recognis(?:e|ed)|centre|programme|licence\b|cheque|catalogue|whilst|fortnight|postcode|travelling|cancelled|apologise)\b/i, EN_COMMONWEALTH, 0.9, 'British spelling (“colour”, “organise”, “programme”)', 'Oxford/Merriam-Webster'),
  E(/\b(?:color|favor|behavior|honor|organiz(?:e|ed|ing|ation)|realiz(?:e|ed|ing)|recogniz(?:e|ed)|center|program\b(?! manager)|license\b|check\b(?= for \$)|catalog|zip code|cell phone|traveling|canceled|apologize|vacation)\b/i, [['US', 0.88], ['CA', 0.08], ['PH', 0.04]], 0.9, 'American spelling (“color”, “organize”, “center”)', 'Oxford/Merriam-Webster'),
  E(/\b(?:cheers|brilliant|lovely|whilst|mobile on)\b/i, [['GB', 0.65], ['AU', 0.15], ['IE', 0.1], ['NZ', 0.1]], 0.8, 'British sign-off (“Cheers”)', 'Oxford'),
  // ---- Malay and Indonesian ----
  ...L('ms'),
  E(/\b(?:hormat kami|bapak\/ibu|terima kasih atas|mohon|salam hangat)\b/i, [['ID', 0.85], ['MY', 0.15]], 1.6, 'Indonesian business formula', 'KBBI'),
  E(/\b(?:yang berhormat|sekian, terima kasih|tuan\/puan|ringgit)\b/i, [['MY', 1]], 2, 'Malaysian business formula', 'DBP'),
  // ---- Dutch ----
  ...L('nl'),
  E(/\b(?:gsm|goeiedag|zaakvoerder|schepen|mvg\b(?=[\s\S]*\bgsm\b)|tot straks)\b/i, [['BE', 1]], 2, 'Flemish wording (“gsm”, “zaakvoerder”)', 'Van Dale; VRT-taalnet'),
];

/** Regional wording evidence: one piece per matched entry (kind `lexicon`). */
export function lexiconEvidence(text: string, textLang?: string): Evidence[] {
  if (!text) return [];
  const out: Evidence[] = [];
  const sharp = text.includes('ß');
  for (const e of LEXICON) {
    if (textLang && textLang !== 'und' && e.lang !== textLang) continue;
    if (sharp && e.reason.startsWith('German written without ß')) continue;
    const m = text.match(e.re);
    if (!m) continue;
    const reason = `${e.reason}: “${m[0].trim()}”`;
    for (const ev of spread('lexicon', e.weight, e.shares, reason)) out.push({ ...ev, kind: `lexicon:${e.reason}` });
  }
  return out;
}
