/**
 * The frame of a mail: greeting line, sign-off and signature. These lines are formulae, not
 * prose: "Best regards," is formal although a three-word fragment without a verb looks casual to
 * a sentence model, and the sender's name says nothing about register. So they get their
 * formality from what formula they are, and the signature is left out of the draft's average.
 */
import type { Span } from './text';

const GREETING_WORDS =
  'hi there|hi|hey there|hey|hiya|yo|howdy|hello|dear|good (?:morning|afternoon|evening)|hallo|servus|moin|liebe[rs]?|sehr geehrte[rs]?|guten (?:tag|morgen|abend)|salut|coucou|bonjour|bonsoir|cher|chère|madame|monsieur|hola|querid[oa]s?|estimad[oa]s?|buenos días|buenas tardes|ciao|salve|car[oa]|gentile|egregi[oa]|buongiorno|oi|olá|ola|prezad[oa]s?|bom dia|boa tarde|hoi|beste|geachte|goedemorgen|goedemiddag|привет|здравствуй(?:те)?|добрый день|уважаем\\p{L}*|안녕(?:하세요|하십니까)?';
// The greeting word, then an optional name (titles such as "Mr." may carry a dot), up to the
// first comma, colon, exclamation mark or the end of the line: "Hi Kenji," "Dear Mr. Tanaka,".
const GREETING_RE = new RegExp(
  `^(${GREETING_WORDS})(?![\\p{L}])(?:[ \\t]+((?:(?:mr|mrs|ms|dr|prof|sr|sra|srta|sig|dott|mme|hr|fr|ing)\\.|[^,!:;.?\\n、。])+?))?[ \\t]*([,!:.、。]|$)`,
  'iu',
);

/** A greeting at the start of a line: the greeting word, the name, and how long the formula is. */
export interface GreetingMatch {
  word: string;
  name: string;
  /** Length of the formula in the line, including its closing punctuation. */
  length: number;
}

/**
 * The greeting formula at the start of `line`, or null. A "name" of more than five words is a
 * sentence ("Hello we need the quote by Friday"), not a greeting.
 */
export function matchGreeting(line: string): GreetingMatch | null {
  const m = GREETING_RE.exec(line);
  if (!m) return null;
  const name = (m[2] ?? '').trim();
  if (name.split(/\s+/).length > 5) return null;
  return { word: m[1], name, length: m[0].length };
}

/** Words that greet a group rather than a person ("Hi guys", "Hallo zusammen"). */
export const GROUP_NAME = /^(?:guys|all|everyone|everybody|team|folks|y'all|leute|zusammen|alle|tout le monde|à tous|chicos|todos|ragazzi|a tutti|pessoal|galera|allemaal|jongens|ребята|все)$/iu;

/** Greeting words that are casual in a first business mail ("Hi", "Hallo", "Salut", "Привет"). */
export const CASUAL_GREETING = /^(?:hi|hi there|hey|hey there|hiya|yo|howdy|hallo|servus|moin|salut|coucou|hola|querid[oa]s?|ciao|car[oa]|oi|olá|ola|hoi|привет|안녕)$/iu;
/** Greeting words that are neither casual nor formal ("Hello", "Guten Tag", "Bonjour"). */
export const NEUTRAL_GREETING =
  /^(?:hello|good (?:morning|afternoon|evening)|liebe[rs]?|guten (?:tag|morgen|abend)|bonjour|bonsoir|buenos días|buenas tardes|buongiorno|salve|bom dia|boa tarde|beste|goedemorgen|goedemiddag|здравствуй|добрый день)$/iu;
/** Japanese first lines that address someone with さん/くん/ちゃん (casual in a first business mail). */
export const JA_CASUAL_GREETING = /^(.{1,12}?)(さん|くん|君|ちゃん)[、,。!！]?$/u;
const JA_FORMAL_GREETING = /^(.{1,20}?)(様|殿|御中)[、,。]?$/u;

const CASUAL_SIGNOFF_WORDS =
  'cheers|thx|thanks!*|ta|later|cya|see ya|xo+|xx+|lg|vg|liebe grüße|lieben gruß|gruß|tschüss|tschüs|ciao|bises|bisous|à plus|a\\+|besos|abrazos|un abrazo|bjs|beijos|abraços|groetjes|doei|пока|じゃあね|またね';
/** A line that is nothing but a casual sign-off ("Cheers,", "LG", "Bisous"). */
export const CASUAL_SIGNOFF = new RegExp(`^(?:${CASUAL_SIGNOFF_WORDS})[,.!]*$`, 'iu');
// A casual sign-off at the end of a line, after a sentence or alone, optionally followed by the
// sender's name on the same line ("… no excuses. Cheers, Alex").
const CASUAL_SIGNOFF_TAIL = new RegExp(
  `(?:^|(?<=[.!?])[ \\t]+)((?:${CASUAL_SIGNOFF_WORDS})[,.!]*)(?:[ \\t]+[\\p{L}][\\p{L}'.-]*(?:[ \\t]+[\\p{L}][\\p{L}'.-]*){0,2})?[ \\t]*$`,
  'iu',
);

/** Where a casual sign-off formula sits in a line (offset and length of the formula), or null. */
export function casualSignOffIn(line: string): { offset: number; text: string } | null {
  const m = CASUAL_SIGNOFF_TAIL.exec(line);
  if (!m) return null;
  return { offset: m.index + m[0].indexOf(m[1]), text: m[1] };
}
const FORMAL_SIGNOFF =
  /^(?:(?:kind|best|warm|warmest)? ?regards|yours (?:sincerely|faithfully|truly)|sincerely(?: yours)?|respectfully|mit freundlichen grüßen|mit besten grüßen|freundliche grüße|hochachtungsvoll|cordialement|bien cordialement|bien à vous|sincères salutations|atentamente|saludos cordiales|un cordial saludo|cordiali saluti|distinti saluti|atenciosamente|cordialmente|com os melhores cumprimentos|met vriendelijke groet(?:en)?|hoogachtend|с уважением|よろしくお願い(?:いたします|申し上げます|します)|敬具|감사합니다|드림|올림)[,.。!]*$/iu;
const NEUTRAL_SIGNOFF = /^(?:best|best wishes|all the best|thanks|thank you|many thanks|viele grüße|beste grüße|grüße|merci|gracias|saludos|grazie|saluti|obrigad[oa]|groeten|спасибо)[,.!]*$/iu;

export type FrameKind = 'greeting' | 'sign-off' | 'signature';

/** A frame line and the formality its formula carries. */
export interface FrameLine {
  kind: FrameKind;
  formality: number;
}

/**
 * Classify sentence spans that are frame lines. Only the first non-empty line can be a greeting;
 * a sign-off is among the last four lines, and the short lines after it are the signature.
 */
export function frameLines(text: string, spans: Span[]): Map<number, FrameLine> {
  const out = new Map<number, FrameLine>();
  if (!spans.length) return out;
  const lineOf = (sp: Span) => text.slice(sp.start, sp.end);
  const first = lineOf(spans[0]);
  const firstLineEnd = text.indexOf('\n', spans[0].start);
  if (first.length <= 80 && (firstLineEnd < 0 || spans[0].end <= firstLineEnd)) {
    const m = matchGreeting(first);
    // Only a line that is nothing but the greeting is a frame line; "Hi guys, we need …" is prose.
    if (m && m.length >= first.trimEnd().length) {
      const f = CASUAL_GREETING.test(m.word) ? -0.6 : NEUTRAL_GREETING.test(m.word) ? 0.1 : 0.6;
      out.set(0, { kind: 'greeting', formality: f });
    } else if (JA_FORMAL_GREETING.test(first)) out.set(0, { kind: 'greeting', formality: 0.7 });
    else if (JA_CASUAL_GREETING.test(first)) out.set(0, { kind: 'greeting', formality: -0.5 });
  }
  const from = Math.max(out.size, spans.length - 4);
  for (let i = from; i < spans.length; i++) {
    const line = lineOf(spans[i]).trim();
    let f: number | null = null;
    if (FORMAL_SIGNOFF.test(line)) f = 0.6;
    else if (CASUAL_SIGNOFF.test(line) || casualSignOffIn(line)?.offset === 0) f = -0.6;
    else if (NEUTRAL_SIGNOFF.test(line)) f = 0.1;
    if (f === null) continue;
    out.set(i, { kind: 'sign-off', formality: f });
    // Short lines after the sign-off: name, role, company.
    for (let j = i + 1; j < spans.length; j++) {
      if (lineOf(spans[j]).length <= 60) out.set(j, { kind: 'signature', formality: 0 });
    }
    break;
  }
  return out;
}
