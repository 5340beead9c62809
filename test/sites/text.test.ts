// @vitest-environment happy-dom
/**
 * The body text rules and the offset → DOM mapping. The property test builds random editor DOMs
 * and checks that every span maps to a DOM range whose own text is the span's text, which is
 * what Apply and the highlights rely on.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTextMap, domPoint, editorText, rangeForOffsets } from '../../lib/sites/text';

function el(html: string): HTMLElement {
  const d = document.createElement('div');
  d.innerHTML = html;
  return d;
}

describe('editorText', () => {
  it.each([
    ['plain', 'Hello world', 'Hello world'],
    ['collapses runs of white space', 'Hello \n\t  world', 'Hello world'],
    ['drops leading and trailing white space of lines', '<div>  a  </div><div>  b</div>', 'a\nb'],
    ['keeps no-break spaces as spaces', 'a&nbsp;&nbsp;b&nbsp; c', 'a  b  c'],
    ['br is a line break', 'a<br>b<br><br>c', 'a\nb\n\nc'],
    ['gmail empty line', '<div>Hi</div><div><br></div><div>Thanks</div>', 'Hi\n\nThanks'],
    ['trailing br in a block adds nothing', '<div>Hi<br></div><div>there</div>', 'Hi\nthere'],
    ['paragraphs', '<p>One</p><p>Two</p>', 'One\nTwo'],
    ['inline elements do not break', 'a <b>bold</b> and <i>it</i>.', 'a bold and it.'],
    ['pre keeps white space', '<pre>a  b\n c</pre>', 'a  b\n c'],
    ['skips script, style and hidden', 'a<script>x()</script><style>p{}</style><span hidden>no</span>b', 'ab'],
    ['skips our own badge', 'a<glocal-badge>badge</glocal-badge>b', 'ab'],
    ['lists', '<ul><li>one</li><li>two</li></ul>', 'one\ntwo'],
    ['empty editor', '<div><br></div>', ''],
  ])('%s', (_n, html, text) => {
    expect(editorText(el(html))).toBe(text);
  });

  it('leaves out what `skip` matches', () => {
    expect(editorText(el('<div>Mine</div><div class="gmail_quote">Quoted</div>'), { skip: '.gmail_quote' })).toBe('Mine');
  });

  it('uses a textarea value as is', () => {
    const ta = document.createElement('textarea');
    ta.value = 'a  b\n\nc ';
    expect(editorText(ta)).toBe('a  b\n\nc ');
  });
});

describe('offset mapping', () => {
  it('maps a word inside one text node', () => {
    const root = el('<div>Hello   brave world</div>');
    const r = rangeForOffsets(root, 6, 11)!;
    expect(r.text.slice(6, 11)).toBe('brave');
    expect(r.start.node.nodeType).toBe(3);
    expect((r.start.node as Text).data.slice(r.start.offset, r.end.offset)).toBe('brave');
  });

  it('maps across elements and line breaks', () => {
    const root = el('<div>one <b>two</b></div><div>three</div>');
    const text = editorText(root);
    expect(text).toBe('one two\nthree');
    const r = rangeForOffsets(root, text.indexOf('two'), text.indexOf('three') + 5)!;
    const range = document.createRange();
    range.setStart(r.start.node, r.start.offset);
    range.setEnd(r.end.node, r.end.offset);
    expect(range.toString()).toBe('twothree');
  });

  it('rejects offsets outside the text', () => {
    const map = buildTextMap(el('abc'));
    expect(domPoint(map, 4, 'start')).toBeNull();
    expect(domPoint(map, -1, 'end')).toBeNull();
    expect(rangeForOffsets(el('abc'), 2, 1)).toBeNull();
  });

  it('property: every span of non-break characters maps to a range holding the same text', () => {
    const word = fc.stringMatching(/^[a-zäöü]{1,6}$/);
    const inline = fc.oneof(
      word,
      word.map((w) => ` ${w}  `),
      word.map((w) => `<b>${w}</b>`),
      word.map((w) => `<i> ${w}</i>`),
      fc.constant('&nbsp;'),
      fc.constant('<br>'),
    );
    const block = fc.array(inline, { minLength: 1, maxLength: 5 }).map((parts) => parts.join(''));
    const doc = fc.array(fc.oneof(block, block.map((b) => `<div>${b}</div>`), block.map((b) => `<p>${b}</p>`)), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(doc, fc.nat(), fc.nat(), (blocks, x, y) => {
        const root = el(blocks.join(''));
        const map = buildTextMap(root);
        const text = map.text;
        if (!text.length) return;
        let a = x % text.length;
        let b = a + (y % (text.length - a)) + 1;
        // Spans Apply sends are words and phrases: trim synthetic line breaks at the edges.
        while (a < b && text[a] === '\n') a++;
        while (b > a && text[b - 1] === '\n') b--;
        if (a >= b) return;
        const r = rangeForOffsets(root, a, b)!;
        const range = document.createRange();
        range.setStart(r.start.node, r.start.offset);
        range.setEnd(r.end.node, r.end.offset);
        // Range.toString() has no characters for <br> or block edges, so compare without white space.
        const norm = (s: string) => s.replace(/[\s\u00a0]+/g, '');
        expect(norm(range.toString())).toBe(norm(text.slice(a, b)));
      }),
      { numRuns: 300 },
    );
  });
});
