/**
 * The one normalisation used for every name lookup (country names, cities), both when the tables
 * are built and when a CRM field is read, so "España", "ESPANA" and "espana" meet.
 */
export function normalizeKey(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const UNICODE_BOUNDARY = '(?:(?<![\\p{L}\\p{N}_])(?=[\\p{L}\\p{N}_])|(?<=[\\p{L}\\p{N}_])(?![\\p{L}\\p{N}_]))';

/**
 * The same pattern with `\b` meaning a Unicode word boundary. JavaScript's `\b` only knows ASCII
 * word characters even under the `u` flag, so `/\bvocê\b/` never matches "você obrigado".
 */
export function unicodeWords(re: RegExp): RegExp {
  const flags = re.flags.includes('u') ? re.flags : re.flags + 'u';
  // A boundary before a word (the next pattern item is a letter, a class, an escape or a group)
  // only needs to look behind; one after a word only needs to look ahead. The one-sided forms
  // are several times faster and mean the same there; anything else keeps the two-sided form.
  const src = re.source.replace(/\\b/g, (_m, at: number, s: string) => {
    const next = s.slice(at + 2);
    const prev = s.slice(0, at);
    const startish = /^(?:[\p{L}\p{N}_[]|\\[dwpu]|\((?:\?:)?(?![?]))/u.test(next) || /^\(\?:/.test(next);
    const endish = /[\p{L}\p{N}_\])?]$|\\[dw][+*?]?$/u.test(prev) && (next === '' || /^(?:[|)]|\(\?[=!]|\s|\\s)/.test(next));
    if (startish && !/[\p{L}\p{N}_]$/u.test(prev)) return /^[\p{L}\p{N}_]/u.test(next) ? '(?<![\\p{L}\\p{N}_])' : '(?<![\\p{L}\\p{N}_])(?=[\\p{L}\\p{N}_])';
    if (endish) return /[\p{L}\p{N}_]$/u.test(prev) ? '(?![\\p{L}\\p{N}_])' : '(?<=[\\p{L}\\p{N}_])(?![\\p{L}\\p{N}_])';
    return UNICODE_BOUNDARY;
  });
  return new RegExp(src, flags);
}
