/**
 * English request vocabulary for the politeness model: unigrams and bigrams of function words and
 * request words only (pronouns, modals, question words, please/thanks, hedges, connectives), plus
 * the sentence's opening word pair. Content words are left out on purpose — they name the topic of
 * the rated requests (code, Wikipedia articles), not their politeness, and do not carry across
 * domains. English only: the other languages are scored by the shared strategy model alone, whose
 * weights are fitted without these columns so the vocabulary cannot distort them.
 */
const WORDS =
  "i,you,we,my,your,me,us,our,it,this,that,please,thanks,thank,could,would,can,will,should,might,may,must," +
  "do,does,did,don't,is,are,was,have,has,what,why,how,where,when,which,who,so,but,and,or,if,not,no,any," +
  'anyone,someone,just,really,actually,sorry,hi,hello,great,good,nice,help,appreciate,wondering,think,' +
  'believe,maybe,perhaps,?,!,the,a,to,of,in,for,with,about,there,here,again,also,still,then,else,way';
export const REQUEST_WORDS: ReadonlySet<string> = new Set(WORDS.split(','));

const TOKEN = /[a-z']+|[?!]/g;

/**
 * The request-vocabulary n-grams of one sentence: each function word, each pair of adjacent
 * function words, and the sentence's first word and first pair marked with '^' (position matters:
 * "Could you" opening a request is not "… could you" inside it).
 */
export function requestGrams(sentence: string): string[] {
  const w = sentence.toLowerCase().replace(/’/g, "'").match(TOKEN) ?? [];
  const out: string[] = [];
  for (let k = 0; k < w.length; k++) {
    if (!REQUEST_WORDS.has(w[k])) continue;
    out.push(w[k]);
    if (k + 1 < w.length && REQUEST_WORDS.has(w[k + 1])) out.push(`${w[k]} ${w[k + 1]}`);
  }
  if (w.length && REQUEST_WORDS.has(w[0] ?? "")) {
    out.push(`^${w[0]}`);
    if (w.length > 1 && REQUEST_WORDS.has(w[1] ?? "")) out.push(`^${w[0]} ${w[1]}`);
  }
  return out;
}
