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
  return new RegExp(re.source.replace(/\\b/g, UNICODE_BOUNDARY), flags);
}
