/**
 * Split thread text into messages and say who wrote each one, so that a signature, a phone
 * number or an address is tied to its writer rather than to everyone on the thread.
 *
 * Recognised boundaries:
 * - quoted-reply headers ("On … wrote:", "Am … schrieb …:", "Le … a écrit :", "El … escribió:",
 *   "Em … escreveu:", "Il … ha scritto:", "Op … schreef …:", Japanese and Chinese Gmail headers);
 * - "-----Original Message-----" and its translations, followed or not by a header block;
 * - Outlook's plain-text header blocks ("From:/Sent:/To:/Subject:" in English, German, French,
 *   Spanish, Portuguese, Italian, Dutch …), with or without the "________" line above;
 * - `>` quoting, at any depth: a deeper level is an older message.
 * Site adapters already give `{from, text}`; each of those texts is split the same way, its first
 * part keeping the adapter's `from`.
 */

export interface ThreadMessage {
  /** The writer as the header gives it (`Name <address>`, an address, or a name); undefined when unknown. */
  from?: string;
  text: string;
}

const VERBS =
  'wrote|schrieb|a écrit|a ecrit|escribió|escribio|escreveu|ha scritto|schreef|skrev|kirjoitti|napisał\\(a\\)|napisał|napisała|napsal|napsala|napísal|написал|написала|написал\\(а\\)|пишет|пише|yazdı|şunu yazdı|írta|a scris|έγραψε|כתב|كتب';
/** "On Tue, 4 Mar 2025 at 09:12, Jens Kruse <jens@kruse.de> wrote:" and its localised forms. */
const QUOTE_HEAD = new RegExp(`^(?:on|am|le|el|em|il|op|den|d\\.|w dniu|dne|dňa|в|el día|on .*?,)\\b(.{0,240}?)\\b(?:${VERBS})\\b(.{0,200}?)\\s*[:：]\\s*$`, 'iu');
/** The same header when the verb comes first and the writer after it, or other word orders. */
const QUOTE_TAIL = new RegExp(`^(.{0,240}?)\\s(?:${VERBS})\\s*[:：]\\s*$`, 'iu');
/** Japanese/Chinese/Korean Gmail headers: "2025年3月4日(火) 9:12 田中 <t@x.jp>:", "… 写道：", "… 님이 작성:". */
const CJK_HEAD = /^(?:\d{4}年\d{1,2}月\d{1,2}日.{0,160}|.{0,200}(?:写道|寫道|님이 작성|のメッセージ))\s*[:：]\s*$/u;
/** A header's first line that Gmail wrapped ("On Tue, … Jens Kruse <" / "jens@kruse.de> wrote:"). */
const QUOTE_START = /^(?:on|am|le|el|em|il|op|w dniu)\s.{5,}$/iu;

const ORIGINAL =
  /^-{2,}\s*(?:original message|ursprüngliche nachricht|originalnachricht|message d'origine|message original|mensaje original|mensagem original|messaggio originale|oorspronkelijk bericht|originalmeddelande|oprindelig meddelelse|opprinnelig melding|alkuperäinen viesti|wiadomość oryginalna|původní zpráva|исходное сообщение|orijinal ileti|forwarded message|weitergeleitete nachricht|message transféré|mensaje reenviado|mensagem encaminhada|messaggio inoltrato|doorgestuurd bericht)\s*-{2,}\s*$/iu;
const RULE = /^_{8,}\s*$/;

/** Header field names: sender, date, recipients, subject, in the languages Outlook writes. */
const FROM_FIELD = /^\*?(?:from|von|de|da|van|från|fra|od|от|від|kimden|feladó|expéditeur|remitente|mittente|afzender|差出人|发件人|寄件者|보낸 사람)\s?\*?\s?[:：]\s?\*?\s*(\S.*)$/iu;
const OTHER_FIELD =
  /^\*?(?:sent|date|to|cc|bcc|subject|gesendet|datum|an|betreff|envoyé|envoye|date d'envoi|à|a|objet|enviado|fecha|para|asunto|assunto|inviato|oggetto|data|verzonden|aan|onderwerp|skickat|till|ämne|sendt|til|emne|wysłano|do|temat|odesláno|komu|předmět|отправлено|кому|тема|tarih|kime|konu|送信日時|宛先|件名|发送时间|收件人|主题|日期|寄件日期|收件者|主旨|보낸 날짜|받는 사람|제목)\s?\*?\s?[:：]/iu;

interface Line {
  depth: number;
  text: string;
}

function quoteDepth(raw: string): Line {
  const m = raw.match(/^((?:\s*>)+)\s?(.*)$/);
  if (!m) return { depth: 0, text: raw.trim() };
  return { depth: (m[1].match(/>/g) ?? []).length, text: m[2].trim() };
}

/** The writer named in a quote header, or undefined. */
function writerOfHeader(line: string): string | undefined {
  let m = line.match(QUOTE_HEAD);
  let who = m ? `${m[1]} ${m[2]}` : undefined;
  if (!m) {
    m = line.match(QUOTE_TAIL);
    who = m?.[1];
  }
  if (!who) {
    if (!CJK_HEAD.test(line)) return undefined;
    who = line;
  }
  const email = who.match(/<?([^\s<>"'()[\]]+@[^\s<>"'()[\]]+?)>?(?=[\s:：,)]|$)/);
  if (email) {
    const before = who.slice(0, email.index).replace(/\s+$/, '');
    // The display name is the run of words right before the address, after the date.
    const name = before.split(/,|\s(?:um|at|à|a las|às|alle|om|kl\.?)\s|\d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?|\bUhr\b|\d{4}/).pop()?.replace(/["“”()]/g, '').trim();
    return name ? `${name} <${email[1]}>` : email[1];
  }
  // No address: the name is what follows the date and time.
  const parts = who.split(/,|\d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?|\bUhr\b|\d{4}/);
  const name = parts.pop()?.replace(/^(?:\s|um|at|à|a las|às|alle|om)+/i, '').replace(/["“”]/g, '').trim();
  return name && name.length <= 80 ? name : undefined;
}

function isQuoteHeader(line: string): boolean {
  return QUOTE_HEAD.test(line) || QUOTE_TAIL.test(line) || CJK_HEAD.test(line);
}

/**
 * Split one text into messages, newest first. `from` is the writer of the text's first part
 * (the adapter's sender, or undefined for pasted text).
 */
export function splitMessages(text: string, from?: string): ThreadMessage[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map(quoteDepth);
  const out: ThreadMessage[] = [];
  let cur: { from?: string; lines: string[]; depth: number; fresh: boolean } = { from, lines: [], depth: 0, fresh: true };
  const flush = () => {
    const t = cur.lines.join('\n').trim();
    if (t) out.push(cur.from ? { from: cur.from, text: t } : { text: t });
  };
  const start = (who: string | undefined, depth: number) => {
    flush();
    cur = { from: who, lines: [], depth, fresh: true };
  };
  for (let i = 0; i < lines.length; i++) {
    const { depth, text: line } = lines[i];
    // A header wrapped over two lines by the mail client.
    if (!isQuoteHeader(line) && QUOTE_START.test(line) && lines[i + 1] && lines[i + 1].depth === depth && line.length < 200) {
      const joined = `${line} ${lines[i + 1].text}`;
      if (isQuoteHeader(joined) && !isQuoteHeader(lines[i + 1].text)) {
        start(writerOfHeader(joined), depth + 1);
        i++;
        continue;
      }
    }
    if (isQuoteHeader(line)) {
      start(writerOfHeader(line), depth + 1);
      continue;
    }
    if (ORIGINAL.test(line) || RULE.test(line) || (FROM_FIELD.test(line) && OTHER_FIELD.test(lines[i + 1]?.text ?? ''))) {
      // An Outlook block: read its header fields; the sender is the "From:" line.
      let j = ORIGINAL.test(line) || RULE.test(line) ? i + 1 : i;
      while (j < lines.length && !lines[j].text) j++;
      let who: string | undefined;
      let fields = 0;
      while (j < lines.length && (FROM_FIELD.test(lines[j].text) || OTHER_FIELD.test(lines[j].text))) {
        const f = lines[j].text.match(FROM_FIELD);
        if (f && !who) who = f[1].replace(/^\*+|\*+$/g, '').replace(/\[mailto:([^\]]+)\]/i, '<$1>').trim();
        fields++;
        j++;
      }
      if (fields === 0 && RULE.test(line)) {
        cur.lines.push(line);
        continue;
      }
      start(who, depth);
      i = j - 1;
      continue;
    }
    if (depth !== cur.depth) {
      // Deeper quoting right after a header belongs to that header's message.
      if (depth > cur.depth && cur.fresh && cur.lines.every((l) => !l)) {
        cur.depth = depth;
      } else start(undefined, depth);
    }
    if (line) cur.fresh = false;
    cur.lines.push(line);
  }
  flush();
  return out;
}

/** Split every message of a thread (a string or the adapter's `{from, text}` list). */
export function splitThread(thread: string | ReadonlyArray<{ from?: string; text: string }> | undefined): ThreadMessage[] {
  if (!thread) return [];
  if (typeof thread === 'string') return splitMessages(thread);
  return thread.flatMap((m) => splitMessages(m.text, m.from));
}

/** The lower-cased email address in a `from` value, or null. */
export function emailOf(from: string | undefined): string | null {
  if (!from) return null;
  const m = from.match(/[^\s<>"'()[\]:]+@[^\s<>"'()[\]:]+/);
  return m ? m[0].toLowerCase().replace(/[.,;]+$/, '') : null;
}

/** The display name in a `from` value ("Jens Kruse <jens@kruse.de>" → "Jens Kruse"), or null. */
export function nameOf(from: string | undefined): string | null {
  if (!from) return null;
  const n = from.replace(/<[^>]*>|\[mailto:[^\]]*\]|\S+@\S+/g, '').replace(/["“”']/g, '').trim();
  return n || null;
}

const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1);

/**
 * Does `name` (from a header or a sign-off) name this person? Same address, or every word of the
 * shorter name among the words of the longer ("Kruse, Jens" = "Jens Kruse"; "Jens" ≠ "Jens Kruse"
 * unless it is all we have).
 */
export function samePerson(a: { email?: string; name?: string }, from: string | undefined): boolean {
  const e = emailOf(from);
  if (e && a.email && e === a.email.trim().toLowerCase()) return true;
  if (e) return false;
  const n = nameOf(from);
  if (!n || !a.name) return false;
  const x = fold(n);
  const y = fold(a.name);
  if (x.length === 0 || y.length === 0) return false;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length === 1 && long.length > 1) return false;
  return short.every((w) => long.includes(w));
}

/**
 * The name a message is signed with: the first short line after a closing formula, or the last
 * short line of a name-like shape. Used to tie pasted text without headers to its writer.
 */
export function signedName(text: string): string | null {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  for (let i = lines.length - 2; i >= 0; i--) {
    if (/^(?:best|kind|warm|many thanks|thanks|regards|cheers|sincerely|yours|mit freundlichen|viele|beste|liebe|freundliche|herzliche|cordialement|bien|salutations|saludos|un saludo|atentamente|atenciosamente|abraços|abs|cumprimentos|cordiali|distinti|un saluto|met vriendelijke|groet|hälsningar|med vänlig|med venlig|med vennlig|pozdrawiam|z poważaniem|s pozdravem|saygılarımla|с уважением|з повагою|trân trọng|salam)\b.{0,40}$/iu.test(lines[i])) {
      const n = lines[i + 1];
      if (n && n.length <= 60 && !/[@\d:]/.test(n)) return n.replace(/[,.]$/, '');
    }
  }
  return null;
}
