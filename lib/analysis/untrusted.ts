/**
 * Strings taken from a page are untrusted. A display name from a compose window, a CRM record or
 * a thread may carry a URL ("Kenji evil.example/login"), a second paragraph, invisible bidi
 * controls that reorder what the user reads, or simply be a whole sentence. Such a string must
 * never be written into the user's draft by Apply.
 *
 * `safeName` lets a name through only when it looks like a name: at most 40 characters, one line,
 * letters of one script plus spaces, hyphens, apostrophes and periods, and no URL, digit, control
 * or bidi character. Anything else is `null`, and the suggestion then offers no replacement.
 */

export const MAX_NAME_CHARS = 40;

// Bidi controls (LRM, RLM, ALM, embeddings, overrides, isolates) and other format characters.
const BIDI_OR_FORMAT = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\p{Cf}]/u;
const CONTROL = /[\p{Cc}\u2028\u2029]/u;
const URLISH = /(?:[a-z][a-z0-9+.-]*:\/\/|www\.|\/|\\|@|\p{L}\.(?:com|net|org|io|co|info|biz|xyz|example|ru|cn|de|jp|app|dev|link|top)(?![\p{L}]))/iu;
// Letters and combining marks, spaces, hyphens, apostrophes (straight and typographic), periods.
const ALLOWED = /^[\p{L}\p{M} \-'’.]+$/u;

/** The scripts a name may be written in; one name uses one of them (plus marks). */
const SCRIPTS = [
  'Latin', 'Cyrillic', 'Greek', 'Arabic', 'Hebrew', 'Armenian', 'Georgian', 'Devanagari', 'Bengali', 'Gurmukhi',
  'Gujarati', 'Tamil', 'Telugu', 'Kannada', 'Malayalam', 'Sinhala', 'Thai', 'Lao', 'Khmer', 'Myanmar', 'Ethiopic', 'Hangul',
] as const;
const SCRIPT_RES = SCRIPTS.map((s) => new RegExp(`\\p{Script=${s}}`, 'u'));
// Japanese names mix Han and kana; Chinese uses Han; both count as one "CJK" script.
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30fc]/u;

function scriptOf(ch: string): string | null {
  if (CJK.test(ch)) return 'CJK';
  for (let i = 0; i < SCRIPTS.length; i++) if (SCRIPT_RES[i].test(ch)) return SCRIPTS[i];
  return null;
}

/**
 * The name, trimmed and with inner runs of spaces collapsed, when it is safe to insert into a
 * draft; otherwise null.
 */
export function safeName(raw: string): string | null {
  if (typeof raw !== 'string') return null;
  // Checks run on the raw string: a newline or a control character anywhere rejects it, even
  // at the ends where trimming would hide it.
  if (CONTROL.test(raw) || BIDI_OR_FORMAT.test(raw)) return null;
  const s = raw.trim().replace(/ {2,}/g, ' ');
  if (!s || s.length > MAX_NAME_CHARS) return null;
  if (/\s/.test(s.replace(/ /g, ''))) return null; // tabs, NBSP and other spaces: not one plain line
  if (/\p{N}/u.test(s)) return null;
  if (URLISH.test(s)) return null;
  if (!ALLOWED.test(s)) return null;
  if (!/\p{L}/u.test(s)) return null;
  let script: string | null = null;
  for (const ch of s) {
    if (!/\p{L}/u.test(ch)) continue;
    const sc = scriptOf(ch);
    if (!sc) return null;
    if (script && sc !== script) return null;
    script = sc;
  }
  // Punctuation runs ("...", "--") and a name that is only punctuation around one letter are not names.
  if (/\.{2,}|-{2,}|['’]{2,}|^[-'’.]|[-'’]$/.test(s)) return null;
  return s;
}

/** `safeName` for an optional value: undefined and unsafe both give null. */
export function safeNameOpt(raw: string | undefined | null): string | null {
  return raw == null ? null : safeName(raw);
}
