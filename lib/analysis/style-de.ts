/**
 * German formality as style, not only Sie/du: the features of the German sentence model
 * (`models/formality-de.json`, fitted by `scripts/fit-register.ts` on the development split of
 * Eder et al. 2023). Each feature is a marker the German register literature names — greeting and
 * closing formulae, modal particles and colloquial words (halt, mal, eben, echt, krass, mega),
 * contractions and clitics ('s, gibt's, hab, 'ne), anglicisms, emoji, sentence length and nominal
 * style (-ung, -heit, -keit, long compounds), Konjunktiv I and II, passive voice — plus character
 * n-grams of word beginnings and endings, hashed into a small table so unseen words still carry
 * their morphology. None of them names a sentence of the rated files.
 */
import { words, type Token } from './text';

const set = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

const PARTICLES = set('halt mal eben echt krass mega voll eh ne nee ja jo joa jep nö nun na naja tja ach ähm äh hm hmm ok okay okey oke irgendwie total quasi sozusagen bisschen bissl bisserl ziemlich eigentlich einfach schon doch wohl grad gerade');
const SLANG = set('geil krass mega cool nice lol lmao omg wtf btw hey hi hallo servus moin tschüss tschüs bye digga alter alta bro dude leute kumpel bock kohle knete kram zeug quatsch mist scheiße scheiss scheisse kacke bullshit fuck shit fake hate läuft chillen chillig abhängen abgefahren hammer spaß sau saugeil affengeil oberaffengeil boah wow yeah yes haha hahaha hihi xd');
const CLITICS = set("hab habs hab's hast's gibt's gibts geht's gehts wie's wies ist's isses is nich nicht's nix nen ne 'ne 'n n' ’ne wär wärs hätt würd könnt sollt müsst musste's haste biste kannste weißte willste hasse machste glaubste siehste mach's sag's drauf drin dran rauf raus rein runter rüber nüber mal's so'n so'ne ham simmer samma aufm aufn inner ausm vom zum zur beim ans ins"),
  FIRST_PERSON = set('ich mir mich mein meine meiner meinem meinen meines'),
  WE = set('wir uns unser unsere unserer unserem unseren'),
  DU = set('du dich dir dein deine deiner deinem deinen deines ihr euch euer eure'),
  KONJ2 = set('wäre wären wärst hätte hätten hättest könnte könnten könntest würde würden würdest müsste müssten sollte sollten dürfte dürften möchte möchten bräuchte ginge käme'),
  KONJ1 = set('sei seien habe werde könne müsse solle wolle dürfe möge gebe liege stehe gehe komme'),
  PASSIVE_AUX = set('wird werden wurde wurden worden geworden'),
  SUBORD = set('dass daß weil obwohl obgleich wobei sofern soweit sodass indem nachdem während wohingegen falls damit ob bevor sobald seitdem'),
  FORMAL_PREP = set('gemäß hinsichtlich bezüglich aufgrund infolge seitens zwecks mittels anhand angesichts bzgl insbesondere jedoch zudem ferner sowie bzw ggf gegebenenfalls hierbei hierzu hiermit diesbezüglich demnach folglich somit dementsprechend daher deshalb zufolge einschließlich ausschließlich lediglich sämtliche jeweils beziehungsweise'),
  ARTICLE_GEN = set('des eines dieses jenes'),
  ANGLICISMS = set('okay ok cool nice sorry feedback meeting team job update deal happy sale story link check checken gecheckt event business manager online download downloaden post posten gepostet like liken geliked shoppen shopping fan fans sexy baby party game gamen gaming stream streamen handy laptop email e-mail mail news thread user account follower hashtag selfie easy basic crazy fuck shit thanks thx please sry love'),
  GREETING = set('hallo hi hey servus moin tschüss tschüs ciao bye'),
  FORMULA_FORMAL = set('geehrte geehrter geehrten freundlichen hochachtungsvoll gerne anbei beigefügt bezugnehmend verbleiben verbleibe');

const NOMINAL_RE = /(?:ung|heit|keit|ion|ität|ismus|schaft|tum|nis|enz|anz|ment|ur)(?:en|e|s)?$/;
const PARTICIPLE_RE = /^(?:ge|be|ver|er|ent|zer|über|unter)\p{L}{3,}(?:t|en)$/u;
const EMOJI_RE = /[\u{1F300}-\u{1FAFF}\u{2600}-\u{27BF}]/u;
const EMOTICON_RE = /(?:^|\s)(?:[:;=][-']?[)(\]DPp/|*]+|<3|\^\^|[xX][dD]\b)/;
const REPEAT_RE = /(\p{L})\1\1/u;

/** Names of the German style features, in vector order. */
export const DE_FEATURES = [
  'logLen', 'logLenSq', 'len1_3', 'len4_7', 'len8_14', 'len15_25', 'len26p', 'meanWordLen', 'longWords', 'veryLongWords',
  'shortWords', 'nominal', 'capInner', 'particles', 'slang', 'clitics', 'apostrophe', 'pron1s', 'pron1p', 'pronDu',
  'pronSie', 'konj2', 'konj1', 'passive', 'subord', 'formalPrep', 'genitive', 'anglicism', 'greeting', 'formulaFormal',
  'firstLower', 'allLower', 'noEndPunct', 'endExcl', 'endQuestion', 'exclaimRun', 'ellipsis', 'commas', 'colonSemi',
  'parens', 'quotes', 'dashes', 'numbers', 'capsWords', 'emoji', 'emoticon', 'hashMention', 'url', 'repeatLetters',
  'typeToken', 'digitsInWord', 'sectionSign', 'abbrevDot', 'firstPersonStart', 'imperativeExcl',
] as const;
export const DE_FEATURE_COUNT = DE_FEATURES.length;
const I = Object.fromEntries(DE_FEATURES.map((n, i) => [n, i])) as Record<(typeof DE_FEATURES)[number], number>;

/** The dense German style features of one sentence. */
export function germanFeatures(text: string, toks: Token[] = words(text)): Float64Array {
  const f = new Float64Array(DE_FEATURE_COUNT);
  const n = toks.length;
  const nn = Math.max(1, n);
  const t = text.trim();
  f[I.logLen] = Math.log1p(n);
  f[I.logLenSq] = f[I.logLen] ** 2;
  if (n <= 3) f[I.len1_3] = 1;
  else if (n <= 7) f[I.len4_7] = 1;
  else if (n <= 14) f[I.len8_14] = 1;
  else if (n <= 25) f[I.len15_25] = 1;
  else f[I.len26p] = 1;
  let chars = 0, long = 0, vlong = 0, short = 0, nominal = 0, capInner = 0, part = 0, slang = 0, clit = 0, p1 = 0, p1p = 0;
  let du = 0, sie = 0, k2 = 0, k1 = 0, pass = 0, sub = 0, fprep = 0, gen = 0, angl = 0, greet = 0, ff = 0, nums = 0, caps = 0, dig = 0;
  const types = new Set<string>();
  let passAux = false;
  for (let i = 0; i < n; i++) {
    const tok = toks[i];
    const w = tok.lower;
    const len = tok.text.length;
    chars += len;
    types.add(w);
    if (len >= 10) long++;
    if (len >= 15) vlong++;
    if (len <= 3) short++;
    if (len >= 6 && NOMINAL_RE.test(w)) nominal++;
    const c0 = tok.text.charCodeAt(0);
    if (c0 >= 48 && c0 <= 57) nums++;
    else if (tok.text[0] !== w[0]) {
      if (i > 0) capInner++;
      if (len >= 2 && tok.text === tok.text.toUpperCase()) caps++;
    }
    if (/\d/.test(w) && /\p{L}/u.test(w)) dig++;
    if (PARTICLES.has(w)) part++;
    if (SLANG.has(w)) slang++;
    if (CLITICS.has(w) || /['’]s$/.test(w)) clit++;
    if (FIRST_PERSON.has(w)) p1++;
    if (WE.has(w)) p1p++;
    if (DU.has(w)) du++;
    if (/^(?:Sie|Ihnen|Ihr|Ihre|Ihrer|Ihrem|Ihren|Ihres)$/.test(tok.text) && i > 0) sie++;
    if (KONJ2.has(w)) k2++;
    if (KONJ1.has(w)) k1++;
    if (PASSIVE_AUX.has(w)) passAux = true;
    else if (passAux && PARTICIPLE_RE.test(w)) pass++;
    if (SUBORD.has(w)) sub++;
    if (FORMAL_PREP.has(w)) fprep++;
    if (ARTICLE_GEN.has(w)) gen++;
    if (ANGLICISMS.has(w)) angl++;
    if (GREETING.has(w)) greet++;
    if (FORMULA_FORMAL.has(w)) ff++;
  }
  f[I.meanWordLen] = n ? Math.min(chars / n, 14) : 0;
  f[I.longWords] = long / nn;
  f[I.veryLongWords] = vlong / nn;
  f[I.shortWords] = short / nn;
  f[I.nominal] = nominal / nn;
  f[I.capInner] = capInner / nn;
  f[I.particles] = Math.min(part, 4) / Math.sqrt(nn);
  f[I.slang] = Math.min(slang, 3) / Math.sqrt(nn);
  f[I.clitics] = Math.min(clit, 3) / Math.sqrt(nn);
  f[I.apostrophe] = /\p{L}['’]\p{L}|(?:^|\s)['’]\p{L}/u.test(t) ? 1 : 0;
  f[I.pron1s] = p1 / nn;
  f[I.pron1p] = p1p / nn;
  f[I.pronDu] = Math.min(du, 3) / Math.sqrt(nn);
  f[I.pronSie] = Math.min(sie, 3) / Math.sqrt(nn);
  f[I.konj2] = Math.min(k2, 2);
  f[I.konj1] = Math.min(k1, 2);
  f[I.passive] = pass > 0 ? 1 : 0;
  f[I.subord] = sub / nn;
  f[I.formalPrep] = Math.min(fprep, 3) / Math.sqrt(nn);
  f[I.genitive] = gen / nn;
  f[I.anglicism] = Math.min(angl, 3) / Math.sqrt(nn);
  f[I.greeting] = greet > 0 ? 1 : 0;
  f[I.formulaFormal] = ff > 0 ? 1 : 0;
  f[I.firstLower] = n && /^\p{Ll}/u.test(toks[0].text) ? 1 : 0;
  f[I.allLower] = chars - nums > 3 && t === t.toLowerCase() ? 1 : 0;
  const last = t.replace(/["'”’“)\]\s]+$/, '').slice(-1);
  f[I.noEndPunct] = /[.!?…:;]/.test(last) ? 0 : 1;
  f[I.endExcl] = last === '!' ? 1 : 0;
  f[I.endQuestion] = last === '?' ? 1 : 0;
  f[I.exclaimRun] = /[!?]{2,}/.test(t) ? 1 : 0;
  f[I.ellipsis] = /\.\.|…/.test(t) ? 1 : 0;
  let commas = 0, colon = 0, parens = 0, quotes = 0, dashes = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 44) commas++;
    else if (c === 58 || c === 59) colon++;
    else if (c === 40 || c === 41) parens++;
    else if (c === 34 || c === 0x201e || c === 0x201c || c === 0x201d || c === 0xbb || c === 0xab) quotes++;
    else if (c === 45 || c === 0x2013 || c === 0x2014) dashes++;
  }
  f[I.commas] = commas / nn;
  f[I.colonSemi] = Math.min(colon, 3);
  f[I.parens] = Math.min(parens, 4);
  f[I.quotes] = Math.min(quotes, 4);
  f[I.dashes] = Math.min(dashes, 4);
  f[I.numbers] = nums / nn;
  f[I.capsWords] = Math.min(caps / nn, 1);
  f[I.emoji] = EMOJI_RE.test(t) ? 1 : 0;
  f[I.emoticon] = EMOTICON_RE.test(t) ? 1 : 0;
  f[I.hashMention] = /(?:^|\s)[#@]\p{L}/u.test(t) ? 1 : 0;
  f[I.url] = /https?:\/\/|www\./i.test(t) ? 1 : 0;
  f[I.repeatLetters] = REPEAT_RE.test(t) ? 1 : 0;
  f[I.typeToken] = n ? types.size / n : 0;
  f[I.digitsInWord] = dig > 0 ? 1 : 0;
  f[I.sectionSign] = /§|Abs\.|Art\.|Nr\./.test(t) ? 1 : 0;
  f[I.abbrevDot] = /\b(?:bzw|z\.\s?B|ggf|vgl|usw|etc|u\.\s?a|d\.\s?h|ca|Dr|Prof)\./.test(t) ? 1 : 0;
  f[I.firstPersonStart] = n && (toks[0].lower === 'ich' || toks[0].lower === 'wir') ? 1 : 0;
  f[I.imperativeExcl] = f[I.endExcl] && n <= 6 ? 1 : 0;
  return f;
}

/** Hash of a string into [0, size): FNV-1a, for the character n-gram table. */
export function hashGram(s: string, size: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % size;
}

/**
 * Character n-grams of word edges: for each word, its first two and three letters and last two,
 * three and four letters (marked ^ and $), lower-cased. They carry morphology (-ung, -st, ge-)
 * without a lexicon. Calls `visit` with each gram's hashed slot.
 */
export function edgeGrams(toks: Token[], size: number, visit: (slot: number) => void): void {
  for (const t of toks) {
    const w = t.lower;
    if (w.length < 2 || /\d/.test(w)) continue;
    visit(hashGram(`^${w.slice(0, 3)}`, size));
    visit(hashGram(`${w.slice(-2)}$`, size));
    if (w.length >= 4) visit(hashGram(`${w.slice(-3)}$`, size));
    if (w.length >= 6) visit(hashGram(`${w.slice(-4)}$`, size));
  }
}
