/**
 * Parts of a draft that are not the writer's new text: quoted thread text (lines starting with
 * ">", and everything below a reply header such as "On … wrote:", "Am … schrieb …:" or
 * "-----Original Message-----") and the signature block below a "-- " delimiter or a "Sent from
 * my phone" line. They are shown but left out of the draft's scores: the recipient's own words
 * and the sender's standing signature say nothing about the register of this mail.
 */
import type { Span } from './text';

export type Exclusion = 'quote' | 'signature';

const REPLY_HEADER = new RegExp(
  [
    '^On\\s.{4,200}\\swrote:\\s*$',
    '^Am\\s.{4,200}\\sschrieb\\s.{0,200}:\\s*$',
    '^Le\\s.{4,200}\\sa\\sécrit\\s?:\\s*$',
    '^El\\s.{4,200}\\sescribió:\\s*$',
    '^Il\\s.{4,200}\\sha\\sscritto:\\s*$',
    '^(?:Em|No dia)\\s.{4,200}\\sescreveu:\\s*$',
    '^Op\\s.{4,200}\\sschreef\\s.{0,200}:\\s*$',
    '^.{0,100}\\d{4}.{0,100}\\s(?:пишет|написал|написала):\\s*$',
    "^-{2,}\\s*(?:Original Message|Forwarded message|Ursprüngliche Nachricht|Weitergeleitete Nachricht|Message d'origine|Message transféré|Mensaje original|Mensaje reenviado|Messaggio originale|Messaggio inoltrato|Mensagem original|Oorspronkelijk bericht|Исходное сообщение|Пересылаемое сообщение)\\s*-{2,}\\s*$",
  ].join('|'),
  'iu',
);
const MAIL_HEADER = /^(?:From|Von|De|Da|Van|От)\s?:\s.+$/iu;
const HEADER_NEXT = /^(?:Sent|Date|To|Subject|Cc|Gesendet|Datum|An|Betreff|Envoyé|Date|À|Objet|Enviado|Fecha|Para|Asunto|Inviato|Data|A|Oggetto|Verzonden|Aan|Onderwerp|Отправлено|Дата|Кому|Тема)\s?:/iu;
const SIG_DELIMITER = /^--\s?$/;
const MOBILE_SIG = /^(?:Sent from my \S+|Get Outlook for \S+|Von meinem \S+ gesendet|Envoyé de mon \S+|Enviado desde mi \S+|Inviato da \S+|Enviado do meu \S+|Verzonden vanaf mijn \S+|Отправлено с \S+)/iu;

/** Which sentence spans are quoted text or signature, by span index. */
export function excludedLines(text: string, spans: Span[]): Map<number, Exclusion> {
  const out = new Map<number, Exclusion>();
  // Where the quoted thread or the signature begins (an offset), if anywhere.
  let cut = -1;
  let cutKind: Exclusion = 'quote';
  const lines = text.split('\n');
  let off = 0;
  const quotedLine: Span[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const t = line.trim();
    if (cut < 0) {
      if (REPLY_HEADER.test(t) || (MAIL_HEADER.test(t) && HEADER_NEXT.test((lines[i + 1] ?? '').trim()))) {
        cut = off;
        cutKind = 'quote';
      } else if (SIG_DELIMITER.test(line.replace(/\r$/, '')) || MOBILE_SIG.test(t)) {
        cut = off;
        cutKind = 'signature';
      } else if (t.startsWith('>')) quotedLine.push({ start: off, end: off + line.length });
    }
    off += line.length + 1;
  }
  for (let i = 0; i < spans.length; i++) {
    const sp = spans[i];
    if (cut >= 0 && sp.start >= cut) out.set(i, cutKind);
    else if (quotedLine.some((q) => sp.start >= q.start && sp.start < q.end)) out.set(i, 'quote');
  }
  return out;
}
