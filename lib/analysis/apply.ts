/**
 * Applying a suggestion to a plain string. Dependency-free on purpose: the content script can
 * import this file alone (it must stay tiny) to check a span before editing the page's editor.
 */

/**
 * Replace `[s.start, s.end)` of `text` with `replacement`. Returns null when the span is out of
 * range or, if `s.original` is given, when the span no longer holds that text (the user kept
 * typing since the analysis), so a stale suggestion can never overwrite the wrong words.
 */
export function applyReplacement(
  text: string,
  s: { start: number; end: number; original?: string },
  replacement: string,
): string | null {
  const { start, end } = s;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) return null;
  if (s.original !== undefined && text.slice(start, end) !== s.original) return null;
  return text.slice(0, start) + replacement + text.slice(end);
}
