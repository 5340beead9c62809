/**
 * Register features of one sentence. They are the inputs to the fitted formality model
 * (`formality-weights.json`, produced by `scripts/fit-formality.ts`): each one is a surface marker
 * that the register literature ties to formality (Heylighen & Dewaele's deixis vs. non-deixis
 * word classes, Pavlick & Tetreault's case, punctuation, lexical and length features, Lahiri's
 * informativeness) and none of them names a sentence of the evaluation files.
 *
 * Most features are language-independent (case, punctuation, emoji, length). The word-class
 * features use English lists; for other languages they are simply zero, and the language
 * modules in `languages.ts` add their own T–V and honorific evidence on top.
 */
import { words, type Token } from './text';

const set = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

// Closed word classes. Heylighen & Dewaele: nouns, adjectives, prepositions and articles rise with
// formality; pronouns, verbs, adverbs and interjections fall.
const ARTICLES = set('the a an');
const PREPOSITIONS = set(
  'of in on at by for with from to into onto upon within without about above below under over between among through during before after against across along around toward towards throughout beyond via per despite regarding concerning including following amid amongst whereby whereas',
);
const PRON_1S = set("i me my mine myself i'm i've i'll i'd im ive");
const PRON_1P = set("we us our ours ourselves we're we've we'll");
const PRON_2 = set("you your yours yourself yourselves you're you've you'll you'd u ur ya y'all yall youre");
const PRON_3 = set('he him his she her hers they them their theirs it its itself himself herself themselves');
const DEMONSTR = set('this that these those here there');
const CONJ_SUB = set('although though whereas while because since unless whether which whom whose wherein thereby thus hence therefore however moreover furthermore nevertheless nonetheless consequently accordingly additionally subsequently');
const FORMAL_LEX = set(
  'shall whom upon therefore thus hence however moreover furthermore nevertheless nonetheless consequently accordingly additionally regarding concerning approximately subsequently prior pursuant hereby herein therein thereof respectively obtain require requires required provide provides provided assist assistance inquire inquiry request requested purchase sufficient numerous commence terminate indicate indicates indicated demonstrate demonstrates utilize individuals individual various significant significantly typically generally primarily particular particularly according whereby within among furthermore kindly sincerely regards respectfully attached enclosed receipt',
);
const HEDGES = set('perhaps possibly probably maybe might may could would seems seem appear appears likely unlikely somewhat arguably suggest suggests apparently presumably roughly approximately generally usually typically often sometimes');
const SLANG = set(
  "lol lmao lmfao rofl omg omfg gonna wanna gotta kinda sorta dunno gimme lemme ya yea yeah yep yup nope nah dude dudes guys cool awesome stuff crap damn dammit hell ok okay k u ur r thx thanx tnx pls plz btw imo imho idk tbh cuz coz cos bro hey wow haha hahaha hehe lolz ugh yay hmm hmmm um umm uh whatever totally freaking fucking fuck shit sucks suck dumb stupid chill buddy mate gotcha ain't aint wat wut da dat dis tho thru luv ppl pic pics yo xd booty hot sexy cuz gud gr8 b4 2day l8r sooo soo kool kewl yah wtf lil bday fav fave info ya'll y'know",
);
const INTERJ = set('oh ah wow hey hi hello well yes no yeah ok okay oops ouch alas hmm huh aha gee jeez geez bye thanks thank please sorry dear');
const INTENSIFIERS = set('really very so totally absolutely definitely seriously super extremely pretty quite just actually literally basically');
const AUX = set("is are was were be been being am do does did have has had can will would should could may might must don't doesn't didn't can't won't isn't aren't wasn't weren't haven't hasn't hadn't couldn't wouldn't shouldn't");
const BE_FORMS = set('is are was were be been being');
const WH = set('what why how who where when which');
const IMPERATIVE_VERBS = set(
  'go get do try make take give let send call check look see read ask tell keep put use find buy stop come think talk write leave just have be dont don\'t never always make sure google download click visit watch wait start',
);
const REPORTING = set('said says told according stated announced reported added noted explained confirmed');
const CONJ_START = set('and but so or because cause plus also');
const PARTICIPLE_RE = /(?:ed|en)$/;
const NEGATIONS = set("not no never nothing nobody none don't doesn't didn't can't won't isn't aren't wasn't weren't haven't hasn't couldn't wouldn't shouldn't nor");
const CONTRACTION_RE = /^(.+)(n't|'s|'re|'m|'ll|'ve|'d)$/;
const LATINATE_RE = /(tion|sion|ment|ance|ence|ity|ism|ist|ous|ive|ical|ize|ise|ized|ised|ency|ancy|ology|ular|ible|able|ative|itive)s?$/;
const CONTR_NOAPOS = set('im ive dont doesnt didnt cant wont isnt arent wasnt youre thats theres whats lets ill id hes shes theyre couldnt wouldnt shouldnt');

// Word-class bits: one map lookup per token instead of one set lookup per class.
const C = {
  ART: 1, PREP: 2, P1S: 4, P1P: 8, P2: 16, P3: 32, DEM: 64, CONJ: 128, FORMAL: 256, HEDGE: 512, SLANG: 1024,
  INTERJ: 2048, INTENS: 4096, AUX: 8192, BE: 16384, NEG: 32768, CONTR_NOAPOS: 65536,
} as const;
const LEXICON = new Map<string, number>();
for (const [bit, words] of [
  [C.ART, ARTICLES], [C.PREP, PREPOSITIONS], [C.P1S, PRON_1S], [C.P1P, PRON_1P], [C.P2, PRON_2], [C.P3, PRON_3],
  [C.DEM, DEMONSTR], [C.CONJ, CONJ_SUB], [C.FORMAL, FORMAL_LEX], [C.HEDGE, HEDGES], [C.SLANG, SLANG], [C.INTERJ, INTERJ],
  [C.INTENS, INTENSIFIERS], [C.AUX, AUX], [C.BE, BE_FORMS], [C.NEG, NEGATIONS], [C.CONTR_NOAPOS, CONTR_NOAPOS],
] as const) {
  for (const w of words) LEXICON.set(w, (LEXICON.get(w) ?? 0) | bit);
}
const EMOTICON_RE = /(?:^|\s)(?:[:;=8][-'^o]?[)(\][dDpP/\\|*3oO@$]+|<3+|\^_?\^|[xX][dD]\b|\(:|-_-|o_O|O_o|T_T)/g;
const EMOJI_RE = /[\u{1F300}-\u{1FAFF}\u{2600}-\u{27BF}\u{1F000}-\u{1F2FF}]/gu;
const URL_RE = /\b(?:https?:\/\/|www\.)\S+/gi;
const REPEAT_LETTER_RE = /(\p{L})\1\1/u;

/** Feature names, in vector order. The fitted weights are keyed by these names. */
export const FEATURE_NAMES = [
  'logLen',
  'len1',
  'len2_3',
  'len4_6',
  'len7_10',
  'len11_20',
  'len21_35',
  'len36p',
  'meanWordLen',
  'longWords',
  'veryLongWords',
  'shortWords',
  'latinate',
  'formalLex',
  'firstLower',
  'noEndPunct',
  'endPeriod',
  'endExcl',
  'endQuestion',
  'exclaims',
  'exclaimRun',
  'questions',
  'ellipsis',
  'commas',
  'semicolonColon',
  'parens',
  'quotes',
  'dashes',
  'capsWords',
  'capitalizedInner',
  'lowerI',
  'allLower',
  'contractions',
  'apostropheless',
  'slang',
  'interj',
  'firstWordInterj',
  'intensifiers',
  'hedges',
  'pron1s',
  'pron1p',
  'pron2',
  'pron3',
  'demonstr',
  'articles',
  'prepositions',
  'conjSub',
  'aux',
  'beForms',
  'negations',
  'whStart',
  'imperativeStart',
  'youStart',
  'iStart',
  'numbers',
  'emoticons',
  'emoji',
  'url',
  'repeatLetters',
  'nonAscii',
  'symbols',
  'spaceBeforePunct',
  'noSpaceAfterPunct',
  'oneLetterWords',
  'typeTokenRatio',
  'reporting',
  'passive',
  'conjStart',
  'noVowelWords',
  'genericYou',
  'logLenSq',
  'meanWordLenSq',
  'titleCase',
] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];
export const FEATURE_COUNT = FEATURE_NAMES.length;

const IDX = Object.fromEntries(FEATURE_NAMES.map((n, i) => [n, i])) as Record<FeatureName, number>;

/**
 * The register feature vector of one sentence (or short text). Rates are per word so that long and
 * short sentences are comparable; length enters through its own features.
 */
export function sentenceFeatures(text: string, toks: Token[] = words(text)): Float64Array {
  const f = new Float64Array(FEATURE_COUNT);
  const n = toks.length;
  const nn = Math.max(1, n);
  const trimmed = text.trim();
  f[IDX.logLen] = Math.log1p(n);
  if (n <= 1) f[IDX.len1] = 1;
  else if (n <= 3) f[IDX.len2_3] = 1;
  else if (n <= 6) f[IDX.len4_6] = 1;
  else if (n <= 10) f[IDX.len7_10] = 1;
  else if (n <= 20) f[IDX.len11_20] = 1;
  else if (n <= 35) f[IDX.len21_35] = 1;
  else f[IDX.len36p] = 1;

  let chars = 0;
  let long = 0;
  let veryLong = 0;
  let short = 0;
  let latinate = 0;
  let formal = 0;
  let capsWords = 0;
  let capInner = 0;
  let lowerI = 0;
  let contractions = 0;
  let apostropheless = 0;
  let slang = 0;
  let interj = 0;
  let intens = 0;
  let hedges = 0;
  let p1s = 0;
  let p1p = 0;
  let p2 = 0;
  let p3 = 0;
  let dem = 0;
  let art = 0;
  let prep = 0;
  let conj = 0;
  let aux = 0;
  let be = 0;
  let neg = 0;
  let nums = 0;
  let oneLetter = 0;
  const types = new Set<string>();
  for (let i = 0; i < n; i++) {
    const t = toks[i];
    const w = t.lower;
    const len = t.text.length;
    const cls = LEXICON.get(w) ?? 0;
    chars += len;
    types.add(w);
    if (len >= 7) long++;
    if (len >= 10) veryLong++;
    if (len <= 3) short++;
    if (len >= 6 && LATINATE_RE.test(w)) latinate++;
    if (cls & C.FORMAL) formal++;
    const c0 = t.text.charCodeAt(0);
    if (c0 >= 48 && c0 <= 57) nums++;
    else {
      // Case tests only for words that start with a capital (cheap pre-check on the first char).
      const upperStart = (c0 >= 65 && c0 <= 90) || (c0 > 127 && t.text[0] !== w[0]);
      if (upperStart) {
        if (len >= 2 && t.text === t.text.toUpperCase()) capsWords++;
        else if (i > 0) capInner++;
      }
      if (len === 1 && w !== 'a' && w !== 'i') oneLetter++;
    }
    if (t.text === 'i') lowerI++;
    if (cls & C.CONTR_NOAPOS) {
      contractions++;
      apostropheless++;
    } else if (w.includes("'") && CONTRACTION_RE.test(w)) contractions++;
    if (cls === 0) continue;
    if (cls & C.SLANG) slang++;
    if (cls & C.INTERJ) interj++;
    if (cls & C.INTENS) intens++;
    if (cls & C.HEDGE) hedges++;
    if (cls & C.P1S) p1s++;
    else if (cls & C.P1P) p1p++;
    else if (cls & C.P2) p2++;
    else if (cls & C.P3) p3++;
    if (cls & C.DEM) dem++;
    if (cls & C.ART) art++;
    if (cls & C.PREP) prep++;
    if (cls & C.CONJ) conj++;
    if (cls & C.AUX) aux++;
    if (cls & C.BE) be++;
    if (cls & C.NEG) neg++;
  }
  f[IDX.meanWordLen] = n ? chars / n : 0;
  f[IDX.longWords] = long / nn;
  f[IDX.veryLongWords] = veryLong / nn;
  f[IDX.shortWords] = short / nn;
  f[IDX.latinate] = latinate / nn;
  f[IDX.formalLex] = Math.min(formal, 3) / Math.sqrt(nn);
  f[IDX.capsWords] = Math.min(capsWords / nn, 1);
  f[IDX.capitalizedInner] = capInner / nn;
  f[IDX.lowerI] = lowerI > 0 ? 1 : 0;
  // Whole-string case checks are far cheaper than per-character ones.
  f[IDX.allLower] = chars - nums > 3 && trimmed === trimmed.toLowerCase() && trimmed !== trimmed.toUpperCase() ? 1 : 0;
  f[IDX.contractions] = contractions / nn;
  f[IDX.apostropheless] = apostropheless > 0 ? 1 : 0;
  f[IDX.slang] = Math.min(slang, 3) / Math.sqrt(nn);
  f[IDX.interj] = interj / nn;
  f[IDX.firstWordInterj] = n && (INTERJ.has(toks[0].lower) || SLANG.has(toks[0].lower)) ? 1 : 0;
  f[IDX.intensifiers] = intens / nn;
  f[IDX.hedges] = hedges / nn;
  f[IDX.pron1s] = p1s / nn;
  f[IDX.pron1p] = p1p / nn;
  f[IDX.pron2] = p2 / nn;
  f[IDX.pron3] = p3 / nn;
  f[IDX.demonstr] = dem / nn;
  f[IDX.articles] = art / nn;
  f[IDX.prepositions] = prep / nn;
  f[IDX.conjSub] = conj / nn;
  f[IDX.aux] = aux / nn;
  f[IDX.beForms] = be / nn;
  f[IDX.negations] = neg / nn;
  f[IDX.numbers] = nums / nn;
  f[IDX.oneLetterWords] = oneLetter / nn;
  f[IDX.typeTokenRatio] = n ? types.size / n : 0;
  let reporting = 0;
  let passive = 0;
  let noVowel = 0;
  let genericYou = 0;
  let title = 0;
  for (let i = 0; i < n; i++) {
    const w = toks[i].lower;
    const len = w.length;
    if (REPORTING.has(w)) reporting++;
    if (BE_FORMS.has(w) && i + 1 < n && toks[i + 1].lower.length > 4 && PARTICIPLE_RE.test(toks[i + 1].lower)) passive++;
    // Vowel-less ASCII words ("thx", "pls", "plz"): a char loop, cheaper than two regexes.
    if (len >= 2 && len <= 8) {
      let ascii = true;
      let vowel = false;
      for (let k = 0; k < len && ascii; k++) {
        const c = w.charCodeAt(k);
        if (c < 97 || c > 122) ascii = false;
        else if (c === 97 || c === 101 || c === 105 || c === 111 || c === 117 || c === 121) vowel = true;
      }
      if (ascii && !vowel) noVowel++;
    }
    if (PRON_2.has(w) && i + 1 < n) {
      const next = toks[i + 1].lower;
      if (next === 'can' || next === 'should' || next === 'need' || next === 'have') genericYou++;
    }
    // Title case: a capital then a lower-case letter (toLowerCase comparisons cover non-ASCII).
    const t = toks[i].text;
    if (t.length >= 2 && t[0] !== w[0] && t[1] === w[1] && t[1] !== t[1].toUpperCase()) title++;
  }
  f[IDX.reporting] = reporting > 0 ? 1 : 0;
  f[IDX.passive] = passive > 0 ? 1 : 0;
  f[IDX.conjStart] = n && CONJ_START.has(toks[0].lower) ? 1 : 0;
  f[IDX.noVowelWords] = noVowel / nn;
  f[IDX.genericYou] = genericYou > 0 ? 1 : 0;
  f[IDX.logLenSq] = f[IDX.logLen] * f[IDX.logLen];
  f[IDX.meanWordLenSq] = Math.min(f[IDX.meanWordLen], 12) ** 2;
  f[IDX.titleCase] = n >= 3 && title / n > 0.6 ? 1 : 0;
  if (n) {
    const first = toks[0].lower;
    f[IDX.whStart] = WH.has(first) ? 1 : 0;
    f[IDX.imperativeStart] = IMPERATIVE_VERBS.has(first) && !(n > 1 && PRON_2.has(toks[1].lower)) ? 1 : 0;
    f[IDX.youStart] = PRON_2.has(first) ? 1 : 0;
    f[IDX.iStart] = PRON_1S.has(first) ? 1 : 0;
    f[IDX.firstLower] = /^\p{Ll}/u.test(toks[0].text) ? 1 : 0;
  }

  const last = trimmed.replace(/["'”’)\]\s]+$/, '').slice(-1);
  f[IDX.noEndPunct] = /[.!?…。:]/.test(last) ? 0 : 1;
  f[IDX.endPeriod] = last === '.' ? 1 : 0;
  f[IDX.endExcl] = last === '!' ? 1 : 0;
  f[IDX.endQuestion] = last === '?' ? 1 : 0;

  let excl = 0;
  let q = 0;
  let commas = 0;
  let semi = 0;
  let parens = 0;
  let quotes = 0;
  let dashes = 0;
  let symbols = 0;
  let nonAscii = 0;
  for (let i = 0; i < trimmed.length; i++) {
    const c = trimmed.charCodeAt(i);
    if (c === 33) excl++;
    else if (c === 63) q++;
    else if (c === 44) commas++;
    else if (c === 59 || c === 58) semi++;
    else if (c === 40 || c === 41) parens++;
    else if (c === 34 || c === 0x201c || c === 0x201d) quotes++;
    else if (c === 45 || c === 0x2013 || c === 0x2014) dashes++;
    else if (c === 42 || c === 126 || c === 35 || c === 64 || c === 38 || c === 43 || c === 61 || c === 94 || c === 95 || c === 60 || c === 62) symbols++;
    if (c > 127) nonAscii++;
  }
  f[IDX.exclaims] = Math.min(excl, 5);
  f[IDX.exclaimRun] = /[!?]{2,}/.test(trimmed) ? 1 : 0;
  f[IDX.questions] = Math.min(q, 5);
  f[IDX.ellipsis] = /\.\.|…/.test(trimmed) ? 1 : 0;
  f[IDX.commas] = commas / nn;
  f[IDX.semicolonColon] = Math.min(semi, 3);
  f[IDX.parens] = Math.min(parens, 4);
  f[IDX.quotes] = Math.min(quotes, 4);
  f[IDX.dashes] = Math.min(dashes, 4);
  f[IDX.symbols] = Math.min(symbols, 5);
  f[IDX.nonAscii] = trimmed.length ? nonAscii / trimmed.length : 0;
  EMOTICON_RE.lastIndex = 0;
  const emo = trimmed.match(EMOTICON_RE);
  f[IDX.emoticons] = emo ? Math.min(emo.length, 3) : 0;
  EMOJI_RE.lastIndex = 0;
  const emj = trimmed.match(EMOJI_RE);
  f[IDX.emoji] = emj ? Math.min(emj.length, 3) : 0;
  URL_RE.lastIndex = 0;
  f[IDX.url] = URL_RE.test(trimmed) ? 1 : 0;
  f[IDX.repeatLetters] = REPEAT_LETTER_RE.test(trimmed) ? 1 : 0;
  f[IDX.spaceBeforePunct] = / [,.!?;:](?:\s|$)/.test(trimmed) ? 1 : 0;
  f[IDX.noSpaceAfterPunct] = /\p{L}[,.!?;:]\p{L}{2,}/u.test(trimmed) && !/\b(?:[a-z]\.){2,}/i.test(trimmed) && !f[IDX.url] ? 1 : 0;
  return f;
}
