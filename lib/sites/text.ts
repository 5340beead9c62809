/**
 * How an editor's DOM becomes the snapshot's `body` string, and how offsets into that string map
 * back to DOM positions. Suggestions carry offsets into `body`, so both directions must use the
 * very same walk; they live here together, as pure functions over a root node.
 *
 * The rules approximate `innerText` without reading CSS (computed styles are slow and absent in
 * Node):
 * - text nodes contribute their characters; runs of collapsible white space (space, tab, CR, LF,
 *   FF) become one space, and are dropped at the start of a line and before a line break; a
 *   no-break space (U+00A0) is kept and reported as a plain space, one character for one;
 * - `<br>` is `\n`; a block element (div, p, li, h1-h6, blockquote, pre, tr …) starts and ends on
 *   its own line, without doubling line breaks;
 * - inside `<pre>` (or with `preserveWhitespace`) white space is kept as is;
 * - script, style, template, `[hidden]`, the extension's own badge and anything matching
 *   `skip` (quoted replies, signatures) are left out;
 * - trailing line breaks and spaces are dropped.
 * A textarea's or input's `value` is used unchanged, so its offsets are the value's own.
 */

export interface TextOptions {
  /** A CSS selector; matching elements and their subtrees are left out (quoted text, signatures). */
  skip?: string;
  /** Keep all white space (for editors styled `white-space: pre-wrap` that store plain text). */
  preserveWhitespace?: boolean;
}

/** A run of output characters and where it came from. */
interface Segment {
  outStart: number;
  outEnd: number;
  /** `text`: 1:1 with a text node's characters; `ws`: one space for a collapsed run; `break`: a synthetic `\n`. */
  kind: 'text' | 'ws' | 'break';
  /** The text node (text, ws) or the parent element (break). */
  node: Node;
  /** Offsets in `node`: character offsets for text/ws, child indexes for break. */
  srcStart: number;
  srcEnd: number;
}

export interface TextMap {
  text: string;
  segments: Segment[];
}

/** A DOM position: a node and an offset in it, as a Range boundary takes them. */
export interface DomPoint {
  node: Node;
  offset: number;
}

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'UL', 'CAPTION',
]);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'GLOCAL-BADGE', 'HEAD', 'TITLE']);
const ELEMENT = 1;
const TEXT = 3;

function isBlock(el: Element): boolean {
  return BLOCK.has(el.tagName.toUpperCase());
}

function indexInParent(node: Node): number {
  let i = 0;
  for (let n = node.previousSibling; n; n = n.previousSibling) i++;
  return i;
}

/** True for a textarea or input: their text is their value, not their children. */
export function isFormField(el: Node): el is HTMLTextAreaElement | HTMLInputElement {
  const tag = (el as Element).tagName?.toUpperCase();
  return tag === 'TEXTAREA' || tag === 'INPUT';
}

/** Build the text of `root` together with the map from output offsets back to DOM positions. */
export function buildTextMap(root: Node, opts: TextOptions = {}): TextMap {
  const parts: string[] = [];
  const segments: Segment[] = [];
  let length = 0;
  const lastChar = () => (parts.length ? parts[parts.length - 1].slice(-1) : '');

  const push = (s: string, seg: Omit<Segment, 'outStart' | 'outEnd'>) => {
    parts.push(s);
    segments.push({ ...seg, outStart: length, outEnd: length + s.length });
    length += s.length;
  };
  // A collapsed space right before a line break is not rendered; take it back out.
  const dropTrailingSpace = () => {
    const last = segments[segments.length - 1];
    if (last && last.kind === 'ws') {
      segments.pop();
      parts.pop();
      length -= 1;
    }
  };
  const lineBreak = (parent: Node, before: number, after: number, force: boolean) => {
    dropTrailingSpace();
    if (!force && (length === 0 || lastChar() === '\n')) return;
    push('\n', { kind: 'break', node: parent, srcStart: before, srcEnd: after });
  };

  const text = (node: Text, pre: boolean) => {
    const data = node.data;
    if (pre) {
      if (data) push(data.replace(/\u00a0/g, ' '), { kind: 'text', node, srcStart: 0, srcEnd: data.length });
      return;
    }
    const re = /[ \t\n\r\f]+/g;
    let i = 0;
    for (;;) {
      const m = re.exec(data);
      const end = m ? m.index : data.length;
      if (end > i) push(data.slice(i, end).replace(/\u00a0/g, ' '), { kind: 'text', node, srcStart: i, srcEnd: end });
      if (!m) break;
      // Collapse into a preceding collapsible space or line start; a no-break space does not absorb it.
      const prevSeg = segments[segments.length - 1];
      if (prevSeg && prevSeg.kind !== 'ws' && lastChar() !== '\n') {
        push(' ', { kind: 'ws', node, srcStart: m.index, srcEnd: m.index + m[0].length });
      }
      i = m.index + m[0].length;
    }
  };

  const walk = (node: Node, pre: boolean) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT) {
        text(child as Text, pre);
        continue;
      }
      if (child.nodeType !== ELEMENT) continue;
      const el = child as Element;
      const tag = el.tagName.toUpperCase();
      if (SKIPPED.has(tag) || el.hasAttribute('hidden')) continue;
      if (opts.skip && el.matches(opts.skip)) continue;
      if (tag === 'BR') {
        const i = indexInParent(el);
        lineBreak(node, i, i + 1, true);
        continue;
      }
      const block = isBlock(el);
      if (block) {
        const i = indexInParent(el);
        lineBreak(node, i, i, false);
      }
      walk(el, pre || tag === 'PRE');
      if (block) {
        const i = indexInParent(el);
        lineBreak(node, i + 1, i + 1, false);
      }
    }
  };

  if (isFormField(root)) {
    const value = (root as HTMLTextAreaElement).value ?? '';
    return { text: value, segments: [] };
  }
  walk(root, !!opts.preserveWhitespace);
  // Trailing breaks and spaces carry nothing; dropping them keeps every earlier offset valid.
  while (segments.length && (segments[segments.length - 1].kind !== 'text')) {
    segments.pop();
    parts.pop();
  }
  return { text: parts.join(''), segments };
}

/** The `body` text of an editor root (contenteditable element, textarea or input). */
export function editorText(root: Node, opts: TextOptions = {}): string {
  return buildTextMap(root, opts).text;
}

function pointIn(seg: Segment, offset: number): DomPoint {
  if (seg.kind === 'text') return { node: seg.node, offset: seg.srcStart + (offset - seg.outStart) };
  return { node: seg.node, offset: offset === seg.outStart ? seg.srcStart : seg.srcEnd };
}

/**
 * The DOM position for an offset into `map.text`. `side` says whether the offset starts a span
 * (it then lands at the beginning of the next character) or ends one (the end of the previous).
 * Returns null when the map is empty (a form field, or an empty editor).
 */
export function domPoint(map: TextMap, offset: number, side: 'start' | 'end'): DomPoint | null {
  const segs = map.segments;
  if (!segs.length) return null;
  if (offset < 0 || offset > map.text.length) return null;
  // Binary search for the segment holding the offset on the requested side.
  let lo = 0;
  let hi = segs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const inside = side === 'start' ? offset < segs[mid].outEnd : offset <= segs[mid].outEnd;
    if (inside) hi = mid;
    else lo = mid + 1;
  }
  const seg = segs[lo];
  if (side === 'start' && offset >= seg.outEnd) return pointIn(seg, seg.outEnd);
  if (side === 'end' && offset < seg.outStart) return pointIn(seg, seg.outStart);
  return pointIn(seg, offset);
}

/**
 * The DOM boundaries of `[start, end)` in `root`'s text, or null when they cannot be mapped.
 * Callers turn the result into a Range with `root.ownerDocument.createRange()`.
 */
export function rangeForOffsets(
  root: Node,
  start: number,
  end: number,
  opts: TextOptions = {},
): { start: DomPoint; end: DomPoint; text: string } | null {
  if (end < start) return null;
  const map = buildTextMap(root, opts);
  const a = domPoint(map, start, 'start');
  const b = domPoint(map, end, end === start ? 'start' : 'end');
  if (!a || !b) return null;
  return { start: a, end: b, text: map.text };
}
