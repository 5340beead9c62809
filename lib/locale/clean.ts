/**
 * Email cleaning before language detection. Measured on test emails (shared/LANGID.md), cleaning
 * matters as much as the detector: a quoted English reply or an English signature flips most
 * detectors, so we keep only what the author of the newest message wrote.
 */

/** Lines from which everything below is someone else's text (a quoted reply) or boilerplate. */
const CUT_LINE: RegExp[] = [
  /^--\s*$/, // RFC 3676 signature separator ("-- ")
  /^_{8,}\s*$/, // Outlook's separator before the quoted header
  /^-{3,}\s*(original message|ursprüngliche nachricht|message d'origine|mensaje original|mensagem original|messaggio originale|oorspronkelijk bericht|originalmeddelande|oprindelig meddelelse|opprinnelig melding|alkuperäinen viesti|wiadomość oryginalna|původní zpráva|исходное сообщение|orijinal ileti|forwarded message|weitergeleitete nachricht|message transféré|mensaje reenviado)\s*-{3,}\s*$/i,
  // "From: … " header blocks that Outlook puts above a quoted message, in several languages.
  /^\*?(from|von|de|da|van|från|fra|od|от|kimden|差出人|发件人|寄件者|보낸 사람)\s?\*?\s?:\s?\*?\s*\S.*$/i,
  // "On <date>, <name> wrote:" and its localised variants. Gmail may wrap the line, so the
  // pattern only needs the closing verb and colon at the end of a line.
  /^(on|am|le|el|em|il|op|den|w dniu|dne|dňa|в|el día)\b.{0,200}(wrote|schrieb|a écrit|escribió|escreveu|ha scritto|schreef|skrev|napisał|napisała|napsal|napsala|napísal|написал|написала|пише|yazdı)\s*:?\s*$/i,
  // German, Dutch, Scandinavian and Polish Gmail put the sender after the verb:
  // "Am Di., 4. März 2025 um 09:12 Uhr schrieb Jens Kruse <jens@kruse.de>:".
  /^(am|op|den|w dniu|dne)\b.{0,200}\b(schrieb|schreef|skrev|napisał\(a\)|napisał|napisała|napsal|napsala)\b.{0,200}:\s*$/i,
  /^.{0,200}(wrote|schrieb|a écrit|escribió|escreveu|ha scritto|schreef|skrev|napisał\(a\)|пишет|şunu yazdı|写道|寫道|님이 작성|のメッセージ)\s*[:：]\s*$/i,
  /^\d{4}年\d{1,2}月\d{1,2}日.{0,120}[:：]\s*$/, // Japanese Gmail quote header
  // Mobile footers that are never the author's language choice.
  /^(sent from my|envoyé de mon|von meinem|enviado desde mi|enviado do meu|inviato da|verzonden met|skickat från|wysłane z|отправлено с|iphone'umdan gönderildi)\b/i,
];

const URL_RE = /\b(?:https?:\/\/|www\.)\S+/gi;
const EMAIL_RE = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;
/** Phone-like runs: 7+ digits with the usual separators. */
const PHONE_RE = /(?:\+|\b00)?\d[\d\s()./-]{5,}\d/g;

/**
 * Reduce an email (or a thread excerpt) to the newest author's own prose: cut at the signature
 * separator, at "On … wrote:" and localised variants, at Outlook headers and mobile footers; drop
 * `>` quoted lines; strip URLs, email addresses and phone numbers; collapse whitespace.
 */
export function cleanEmailText(text: string): string {
  const kept: string[] = [];
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    if (CUT_LINE.some((re) => re.test(line))) break;
    if (line.startsWith('>')) continue;
    kept.push(line);
  }
  return kept
    .join('\n')
    .replace(URL_RE, ' ')
    .replace(EMAIL_RE, ' ')
    .replace(PHONE_RE, ' ')
    .replace(/[ \t]+/g, ' ')
    .replace(/\n{2,}/g, '\n')
    .trim();
}
