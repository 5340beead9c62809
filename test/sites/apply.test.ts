// @vitest-environment happy-dom
/**
 * Apply replaces a span only when it still holds the original text, and announces the change
 * with input events so the site's editor model follows.
 */
import { describe, expect, it } from 'vitest';
import { applyReplacement } from '../../lib/sites/apply';
import { editorText } from '../../lib/sites/text';
import type { EditorRef } from '../../lib/sites/types';

function editor(html: string): EditorRef {
  const el = document.createElement('div');
  el.setAttribute('contenteditable', 'true');
  el.innerHTML = html;
  document.body.append(el);
  return { el, kind: 'contenteditable', outer: el };
}

describe('applyReplacement', () => {
  it('replaces a span in a contenteditable and fires beforeinput and input', () => {
    const ed = editor('<div>Hi   guys,</div><div>We need this <b>ASAP</b>.</div>');
    const events: string[] = [];
    ed.el.addEventListener('beforeinput', () => events.push('beforeinput'));
    ed.el.addEventListener('input', () => events.push('input'));
    const text = editorText(ed.el);
    expect(text).toBe('Hi guys,\nWe need this ASAP.');
    const start = text.indexOf('Hi guys');
    expect(applyReplacement(ed, start, start + 7, 'Hi guys', 'Dear Ms. Tanaka')).toEqual({ ok: true });
    expect(editorText(ed.el)).toBe('Dear Ms. Tanaka,\nWe need this ASAP.');
    const t2 = editorText(ed.el);
    const s2 = t2.indexOf('ASAP');
    expect(applyReplacement(ed, s2, s2 + 4, 'ASAP', 'by Friday, if possible')).toEqual({ ok: true });
    expect(editorText(ed.el)).toBe('Dear Ms. Tanaka,\nWe need this by Friday, if possible.');
    expect(events).toContain('input');
  });

  it('refuses when the span no longer holds the original', () => {
    const ed = editor('<div>Hello there</div>');
    const res = applyReplacement(ed, 0, 5, 'Howdy', 'Dear');
    expect(res.ok).toBe(false);
    expect(editorText(ed.el)).toBe('Hello there');
  });

  it('respects an editor that cancels beforeinput', () => {
    const ed = editor('Hello there');
    ed.el.addEventListener('beforeinput', (e) => e.preventDefault());
    // happy-dom has no execCommand, so this exercises the fallback path, which must ask first.
    expect(typeof (document as { execCommand?: unknown }).execCommand).toBe('undefined');
    const res = applyReplacement(ed, 0, 5, 'Hello', 'Dear');
    expect(res.ok).toBe(false);
    expect(editorText(ed.el)).toBe('Hello there');
  });

  it('uses setRangeText and an input event for a textarea', () => {
    const ta = document.createElement('textarea');
    ta.value = 'Hey Bob,\nsend it ASAP';
    document.body.append(ta);
    let inputs = 0;
    ta.addEventListener('input', () => inputs++);
    const ed: EditorRef = { el: ta, kind: 'textarea', outer: ta };
    expect(applyReplacement(ed, 0, 3, 'Hey', 'Dear')).toEqual({ ok: true });
    expect(ta.value).toBe('Dear Bob,\nsend it ASAP');
    expect(inputs).toBe(1);
    expect(applyReplacement(ed, 0, 3, 'Hey', 'Hi').ok).toBe(false);
  });

  it('maps offsets past skipped quoted text consistently with the snapshot', () => {
    const el = document.createElement('div');
    el.innerHTML = '<div>Thanks a lot</div><div class="gmail_quote">Quoted thanks</div><div>Bye now</div>';
    document.body.append(el);
    const ed: EditorRef = { el, kind: 'contenteditable', outer: el, text: { skip: '.gmail_quote' } };
    const text = editorText(el, ed.text);
    expect(text).toBe('Thanks a lot\nBye now');
    const s = text.indexOf('Bye');
    expect(applyReplacement(ed, s, s + 3, 'Bye', 'Kind regards')).toEqual({ ok: true });
    expect(el.textContent).toBe('Thanks a lotQuoted thanksKind regards now');
  });
});
