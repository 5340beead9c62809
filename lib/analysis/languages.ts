/**
 * Per-language register evidence: T–V pronouns and verb forms, Japanese です/ます and keigo,
 * Korean speech levels, and a cheap language guess for when the caller gives none.
 *
 * Each rule is a pattern with a weight: positive for formal evidence (Sie, vous, usted, Lei,
 * o senhor, u, вы, です, 습니다), negative for informal (du, tu, tú, jij, ты, plain forms, 반말).
 * Pro-drop languages (es, it, pt) mark the register on the verb or the possessive only, so their
 * rules include second-person verb endings ("puedes", "puoi", "podes") and possessives ("tu",
 * "tuo", "teu") alongside the pronouns.
 */
import { isCjkChar } from './text';

/** The languages with register rules. Others are scored with the language-independent features. */
export const REGISTER_LANGS = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'ru', 'ja', 'ko'] as const;
export type RegisterLang = (typeof REGISTER_LANGS)[number];

/** One piece of register evidence found in a sentence; offsets are relative to the sentence. */
export interface RegisterHit {
  start: number;
  end: number;
  text: string;
  weight: number;
  /**
   * 'tv' for pronouns and verb forms of address, 'honorific' for ja/ko speech levels, 'formula'
   * for greetings, sign-offs and set phrases ("Salut", "Mit freundlichen Grüßen").
   */
  kind: 'tv' | 'honorific' | 'formula';
}

interface Rule {
  re: RegExp;
  weight: number;
  kind?: 'tv' | 'honorific' | 'formula';
  /** Match case-sensitively (German "Sie" vs "sie"). Default: case-insensitive. */
  cased?: boolean;
}

// Word boundaries that understand accented letters: \b does not, in JavaScript.
const B = '(?<![\\p{L}\\p{M}])';
const E = '(?![\\p{L}\\p{M}])';
const w = (alts: string, weight: number, cased = false): Rule => ({
  re: new RegExp(`${B}(?:${alts})${E}`, cased ? 'gu' : 'giu'),
  weight,
  cased,
});
/** A greeting, sign-off or set phrase: register evidence, but not a form of address. */
const formula = (alts: string, weight: number): Rule => ({ ...w(alts, weight), kind: 'formula' });

const RULES: Record<string, Rule[]> = {
  de: [
    // Capitalised Sie/Ihnen/Ihr… not at the start of a sentence is the polite pronoun; "sie"
    // lower-case is she/they. Sentence-initial "Sie" is ambiguous but usually polite in mail.
    w('Sie|Ihnen|Ihre?|Ihrer|Ihrem|Ihren|Ihres', 1, true),
    w('du|dich|dir|dein|deine|deiner|deinem|deinen|deines|euch|euer|eure|euren|eurem|eurer', -1),
    // "Hast du", "kannst du": second-person singular verbs in -st are informal even when
    // the pronoun follows.
    w('kannst|hast|bist|willst|musst|sollst|könntest|würdest|hättest|wärst|weißt|schickst|machst|brauchst', -0.6),
    w('schick|meld dich|gib|sag', -0.4),
  ],
  fr: [
    w('vous|votre|vos|vôtre|vôtres', 1),
    w('tu|toi|ton|ta|tes|tien|tienne|te', -1),
    // Elided te/t' before a vowel: "t'envoyer", "t'ai".
    { re: /(?<![\p{L}])t['’](?=\p{L})/giu, weight: -0.8 },
    w('pouvez|pourriez|voulez|voudriez|avez|êtes|savez|devez|auriez|seriez|veuillez|souhaitez|trouverez', 0.7),
    w('peux|pourrais|veux|voudrais|as|es|sais|dois|aurais|serais|envoie-moi|dis-moi', -0.5),
    formula("je vous prie|veuillez agréer|cordialement|madame|monsieur", 0.5),
    formula('salut|coucou|bisous|bises|à plus|a\\+|stp', -0.8),
  ],
  es: [
    w('usted|ustedes|ud|uds|vd|vds', 1.2),
    w('tú|ti|contigo|tu|tus|tuyo|tuya|tuyos|tuyas|vosotros|vosotras|os', -1),
    // Second-person singular verb forms (pro-drop: the verb alone shows the register).
    w(
      'puedes|podrías|quieres|querrías|tienes|sabes|eres|estás|vas|haces|necesitas|podés|tenés|querés|sabés|envías|mandas|has|harías|serías|estarías|darías|dices|crees|piensas|prefieres|enviarías|mandarías|recuerdas|debes|deberías|vienes|puedas|tengas|quieras',
      -0.8,
    ),
    // Third-person verb forms are the usted forms; they are also "he/she", so weigh them less.
    w('puede|podría|quiere|querría|tiene|sabe|desea|necesita|haría|sería|estaría|daría|debe|debería|envíe|mande|indíqueme|dígame|disculpe|perdone|le|les|su|sus', 0.5),
    // Imperatives with enclitics: "envíame/mándame" (tú) vs "envíeme/mándeme" (usted).
    { re: /(?<![\p{L}])\p{L}+(?:ame|ale|ales)(?![\p{L}])/giu, weight: -0.5 },
    { re: /(?<![\p{L}])\p{L}+(?:eme|ele|eles)(?![\p{L}])/giu, weight: 0.4 },
    formula('estimado|estimada|estimados|atentamente|cordialmente|saludos cordiales|señor|señora', 0.5),
    formula('hola|querido|querida|besos|abrazos|un abrazo|chao|chau', -0.4),
  ],
  it: [
    // Polite Lei/La/Le/Suo… are usually capitalised in correspondence.
    w('Lei|Suo|Sua|Suoi|Sue|Ella|Loro', 1, true),
    // Capitalised La/Le after another word are the polite clitics ("se La disturbo"); at the start
    // of a sentence they are only the article.
    { re: /(?<=[\p{L},]\s+)(?:La|Le)(?![\p{L}])/gu, weight: 1 },
    w('lei|suo|sua|suoi|sue', 0.4, true),
    // Plural voi/vi/vostro is left out: "Vi ringrazio" addresses a company, formally.
    w('tu|te|ti|tuo|tua|tuoi|tue', -1),
    w('puoi|stai|potresti|vuoi|vorresti|hai|avresti|sei|saresti|sai|devi|dovresti|fai|faresti|mandi|invii|riesci|ricordi|scrivi|pensi|vieni|dammi|mandami|inviami|scrivimi|fammi|dimmi', -0.8),
    formula('ciao|un bacio|baci', -0.8),
    w('può|sta|stia|potrebbe|vuole|vorrebbe|ha|avrebbe|è|sarebbe|sa|deve|dovrebbe|fa|farebbe|manda|invia|riesce|ricorda|scriva|pensa|venga|mi mandi|mi invii|mi scriva|mi faccia|mi dica', 0.6),
    formula('gentile|egregio|egregia|distinti saluti|cordiali saluti', 0.6),
  ],
  pt: [
    w('o senhor|a senhora|os senhores|as senhoras|vossa senhoria|v\\.? ?sa\\.?|vossa excelência', 1.5),
    w('você|vocês|voce|seu|sua|seus|suas', 0.2),
    w('tu|te|ti|contigo|teu|tua|teus|tuas', -1),
    w('podes|poderias|queres|quererias|tens|sabes|és|estás|vais|fazes|precisas|mandas|envias|farias|serias|estarias|darias|dizes|achas|preferes|podias|tinhas|lembras|deves|vens|envia-me|manda-me|diz-me', -0.8),
    formula('prezado|prezada|prezados|estimado|estimada|atenciosamente|cordialmente|com os melhores cumprimentos|senhor|senhora|sr|sra|dr|dra', 0.5),
    formula('oi|olá|querido|querida|beijos|bjs|abraços|abraço|valeu|tchau', -0.4),
  ],
  nl: [
    w('u|uw|uwe', 1),
    w('jij|je|jou|jouw|jullie|jouwe|ge|gij', -1),
    w('kun|kunt|wilt|heeft|bent|zou u|zoudt', 0.2),
    formula('geachte|hoogachtend|met vriendelijke groet|met vriendelijke groeten|mevrouw|meneer|heer', 0.5),
    formula('hoi|hey|doei|groetjes|xx|liefs', -0.6),
  ],
  ru: [
    w('вы|вас|вам|вами|ваш|ваша|ваше|ваши|вашего|вашей|вашему|вашим|вашими|ваших|вашу', 1),
    w('ты|тебя|тебе|тобой|тобою|твой|твоя|твоё|твое|твои|твоего|твоей|твоему|твоим|твоими|твоих|твою', -1),
    // 2nd person singular present (-ешь/-ишь) vs plural/polite (-ете/-ите); imperative -ите vs bare.
    { re: /(?<![\p{L}])\p{L}+(?:ешь|ёшь|ишь)(?:ся)?(?![\p{L}])/giu, weight: -0.8 },
    // The -ете/-ите ending is also a noun case ("в интернете"), so the polite forms are listed.
    w('можете|сможете|могли бы|хотите|знаете|будете|пришлите|напишите|скажите|подскажите|посмотрите|отправьте|дайте|сообщите|подтвердите|проверьте|позвоните|свяжитесь|учтите|извините|простите', 0.7),
    formula('уважаемый|уважаемая|уважаемые|здравствуйте|с уважением|благодарю|будьте добры|не могли бы', 0.6),
    formula('привет|пока|здорово|спс|плиз|чао|давай', -0.8),
  ],
  ja: [
    // Keigo: humble and respectful forms weigh more than plain です/ます politeness.
    { re: /いたし|致し|申し上げ|申し|存じ|伺|拝見|拝読|拝受|頂戴|させていただ|させて頂|賜|恐れ入り|恐縮|ございま|くださいま|なさ|いらっしゃ|おっしゃ|ご確認|ご連絡|ご査収|お願い申|様/gu, weight: 1.2, kind: 'honorific' },
    { re: /です|でした|でしょう|ます|ました|ません|ましょう|まして|ください|下さい|お願いし|お願いいた/gu, weight: 0.9, kind: 'honorific' },
    // Plain-form sentence endings and casual particles.
    { re: /(?:だよ|だね|だな|だけど|だった|じゃん|じゃない|じゃね|っす|よね|かな|てる|てた|ちゃう|ちゃった|ない[？?]|くれる[？?]|して[！!？?。]?$|だ[。！!]?$|よ[。！!]?$|ね[。！!]?$|る[。！!]?$|た[。！!]?$|ない[。！!]?$|ぜ|ぞ|わ[。！!]?$)/gu, weight: -0.9, kind: 'honorific' },
    { re: /おまえ|お前|きみ|君(?!島)|あんた|おれ|俺|ぼく|僕/gu, weight: -0.6, kind: 'tv' },
    { re: /あなた様|貴社|御社|貴殿|弊社|小生/gu, weight: 1, kind: 'tv' },
  ],
  ko: [
    // 하십시오체/하오체 endings (-습니다/-ㅂ니다/-십시오) are the most formal; 해요체 (-요) polite.
    { re: /니다|니까|십시오|시오|습니까/gu, weight: 1.2, kind: 'honorific' },
    { re: /[요죠](?=[\s.!?。！？~]|$)/gu, weight: 0.8, kind: 'honorific' },
    { re: /께서|드리|드립|드려|님|께|주시|하시|으시|계시|여쭙|말씀/gu, weight: 0.5, kind: 'honorific' },
    // 반말: a final syllable without 요/니다 in a closed class of plain endings.
    { re: /(?:[어아야지냐니자해라래돼줘봐걸군네다니]|거야|했어|할래|줄래|거든)(?=[\s.!?~]*$)/gu, weight: -0.9, kind: 'honorific' },
    { re: /(?<![\p{L}])(?:너|니가|네가|너의|너한테|너랑|니|야)(?![\p{L}])/gu, weight: -0.6, kind: 'tv' },
  ],
};

/** Register evidence in one sentence of language `lang`, strongest first by position. */
export function registerHits(sentence: string, lang: string): RegisterHit[] {
  const rules = RULES[lang];
  if (!rules) return [];
  const hits: RegisterHit[] = [];
  for (const r of rules) {
    r.re.lastIndex = 0;
    for (let m = r.re.exec(sentence); m; m = r.re.exec(sentence)) {
      if (m[0].length === 0) {
        r.re.lastIndex++;
        continue;
      }
      hits.push({ start: m.index, end: m.index + m[0].length, text: m[0], weight: r.weight, kind: r.kind ?? 'tv' });
    }
  }
  // A span matched by two rules (e.g. Italian "Lei" cased and uncased) counts once, at the
  // stronger weight.
  hits.sort((a, b) => a.start - b.start || Math.abs(b.weight) - Math.abs(a.weight));
  const out: RegisterHit[] = [];
  for (const h of hits) {
    const prev = out[out.length - 1];
    if (prev && h.start < prev.end) continue;
    out.push(h);
  }
  return out;
}

/**
 * Net register evidence of a sentence, squashed to about [−1.5, 1.5]: the sum of rule weights,
 * with diminishing returns so a long sentence full of "vous" does not swamp everything else.
 */
export function registerScore(hits: RegisterHit[]): number {
  let s = 0;
  for (const h of hits) s += h.weight;
  return 1.5 * Math.tanh(s / 1.5);
}

const STOP: Record<string, string[]> = {
  en: 'the and you to is of for that it this with have are be will your please thanks would can'.split(' '),
  de: 'der die das und ich sie nicht ist zu den mit ein eine für auf ihnen wir bitte danke haben sind'.split(' '),
  fr: 'le la les et je vous est pas de des une un pour que qui avec nous merci bien dans'.split(' '),
  es: 'el la los las y que de es por para con una un usted gracias muy pero como del se'.split(' '),
  it: 'il la di che è e per non una un sono mi ti grazie gli della con ci lei anche'.split(' '),
  pt: 'o a os as de que é não um uma para com você obrigado muito em do da se mas'.split(' '),
  nl: 'de het een en ik je u is niet van dat op te met voor zijn we bedankt graag'.split(' '),
};
const STOP_SETS = Object.fromEntries(Object.entries(STOP).map(([k, v]) => [k, new Set(v)]));

/**
 * A cheap language guess among the register languages: the script for ja/ko/ru/zh, function-word
 * counts for the Latin-script ones. The background normally passes the language it detected
 * (lib/locale); this is only the fallback, and ties go to English.
 */
export function guessLang(text: string): string {
  let kana = 0;
  let hangul = 0;
  let han = 0;
  let cyr = 0;
  const sample = text.length > 4000 ? text.slice(0, 4000) : text;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 0x400) continue;
    if (c >= 0x3040 && c <= 0x30ff) kana++;
    else if (c >= 0xac00 && c <= 0xd7af) hangul++;
    else if (isCjkChar(c)) han++;
    else if (c >= 0x400 && c <= 0x4ff) cyr++;
  }
  if (hangul > 2 && hangul >= kana) return 'ko';
  if (kana > 1) return 'ja';
  if (han > 2) return 'zh';
  if (cyr > 3) return 'ru';
  const counts: Record<string, number> = {};
  const re = /[\p{L}]+/gu;
  for (let m = re.exec(sample); m; m = re.exec(sample)) {
    const t = m[0].toLowerCase();
    for (const k in STOP_SETS) if (STOP_SETS[k].has(t)) counts[k] = (counts[k] ?? 0) + 1;
  }
  let best = 'en';
  let bestN = counts.en ?? 0;
  for (const k in counts) if (counts[k] > bestN) {
    best = k;
    bestN = counts[k];
  }
  return best;
}

// Greeting and closing formulae that name their language even in a line of two words.
const FORMULA_LANG: [RegExp, string][] = [
  [/^(?:sehr geehrte[rs]?|liebe[rs]?|hallo|guten (?:tag|morgen|abend)|servus|moin|mit freundlichen grüßen|viele grüße|beste grüße|freundliche grüße|liebe grüße|lg|vg|danke|vielen dank)(?![\p{L}])/iu, 'de'],
  [/^(?:bonjour|bonsoir|salut|cher|chère|madame|monsieur|cordialement|bien cordialement|bien à vous|merci)(?![\p{L}])/iu, 'fr'],
  [/^(?:hola|estimad[oa]s?|querid[oa]s?|buenos días|buenas tardes|atentamente|saludos|un cordial saludo|gracias)(?![\p{L}])/iu, 'es'],
  [/^(?:ciao|salve|gentile|egregi[oa]|buongiorno|cordiali saluti|distinti saluti|grazie)(?![\p{L}])/iu, 'it'],
  [/^(?:olá|prezad[oa]s?|bom dia|boa tarde|atenciosamente|obrigad[oa]|cumprimentos)(?![\p{L}])/iu, 'pt'],
  [/^(?:geachte|beste|hoi|goedemorgen|goedemiddag|met vriendelijke groet(?:en)?|hoogachtend|groeten|bedankt)(?![\p{L}])/iu, 'nl'],
  [/^(?:dear|hi|hello|hey|good (?:morning|afternoon|evening)|best regards|kind regards|regards|best|cheers|thanks|thank you|sincerely|yours)(?![\p{L}])/iu, 'en'],
];

/**
 * The language of one sentence of a draft written mostly in `draftLang`: an English mail with a
 * German greeting scores the greeting as German. The script decides for ja/ko/ru/zh; Latin-script
 * sentences switch only on clear evidence (a greeting or closing formula of another language, or
 * at least three function words of another language and three times the draft's own), so a single
 * borrowed word does not flip a sentence.
 */
export function sentenceLang(sentence: string, draftLang: string): string {
  const t = sentence.trim();
  if (!t) return draftLang;
  let letters = 0;
  let nonLatin = 0;
  for (let i = 0; i < t.length && i < 400; i++) {
    const c = t.charCodeAt(i);
    if (c >= 0x400) nonLatin++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) letters++;
  }
  if (nonLatin > letters) {
    const g = guessLang(t);
    return g === 'en' ? draftLang : g;
  }
  if (nonLatin > 0 && letters === 0) return draftLang;
  if (['ja', 'ko', 'ru', 'zh'].includes(draftLang) && letters > 3 * nonLatin) {
    // A Latin-script line in a CJK or Cyrillic draft: judge it on its own.
    return guessLatin(t, 'en');
  }
  if (isShort(t)) for (const [re, l] of FORMULA_LANG) if (re.test(t)) return l;
  return guessLatin(t, draftLang);
}

const isShort = (t: string) => t.split(/\s+/).length <= 6;

function guessLatin(t: string, draftLang: string): string {
  const counts: Record<string, number> = {};
  const re = /[\p{L}]+/gu;
  for (let m = re.exec(t); m; m = re.exec(t)) {
    const w = m[0].toLowerCase();
    for (const k in STOP_SETS) if (STOP_SETS[k].has(w)) counts[k] = (counts[k] ?? 0) + 1;
  }
  const own = counts[draftLang] ?? 0;
  let best = draftLang;
  let bestN = own;
  for (const k in counts) if (counts[k] > bestN) {
    best = k;
    bestN = counts[k];
  }
  // Close relatives share function words (es/pt/it: de, que, la …): switch only when the other
  // language clearly dominates.
  return bestN >= 3 && bestN >= 3 * own ? best : draftLang;
}
