// @vitest-environment happy-dom
/**
 * Insert of an on-device translation or rewrite is an Apply over the whole draft (`whole`): it is
 * refused when the editor holds more than the draft that was translated (words typed since at the
 * end, which the span check alone would not see), in a rich editor as in a textarea.
 */
import { describe, expect, it } from 'vitest';
import { applyReplacement } from '../../lib/sites/apply';
import { parseContentMessage } from '../../lib/sites/guards';
import { ContentRequests } from '../../lib/protocol';
import { editorText } from '../../lib/sites/text';
import type { EditorRef } from '../../lib/sites/types';

function rich(html: string): EditorRef {
  const el = document.createElement('div');
  el.setAttribute('contenteditable', 'true');
  el.innerHTML = html;
  document.body.append(el);
  return { el, kind: 'contenteditable', outer: el };
}
function area(value: string): EditorRef {
  const el = document.createElement('textarea');
  el.value = value;
  document.body.append(el);
  return { el, kind: 'textarea', outer: el };
}

describe('whole-draft apply', () => {
  const draft = 'Hi Hans,\nThanks.';
  it('replaces the whole draft when the editor holds just it (trailing blank lines aside)', () => {
    const ed = rich('<div>Hi Hans,</div><div>Thanks.</div><div><br></div>');
    expect(applyReplacement(ed, 0, draft.length, draft, 'Hallo Hans, danke.', { whole: true })).toEqual({ ok: true });
    expect(editorText(ed.el)).toBe('Hallo Hans, danke.');
    const ta = area(draft);
    expect(applyReplacement(ta, 0, draft.length, draft, 'Hallo Hans, danke.', { whole: true })).toEqual({ ok: true });
    expect((ta.el as HTMLTextAreaElement).value).toBe('Hallo Hans, danke.');
  });
  it('refuses when words were typed after the translated draft, and changes nothing', () => {
    const ed = rich('<div>Hi Hans,</div><div>Thanks. P.S. see you</div>');
    expect(applyReplacement(ed, 0, draft.length, draft, 'Hallo', { whole: true }).ok).toBe(false);
    expect(editorText(ed.el)).toBe('Hi Hans,\nThanks. P.S. see you');
    // Without `whole` the same span would be replaced (a suggestion's usual check).
    const ta = area(`${draft} P.S.`);
    expect(applyReplacement(ta, 0, draft.length, draft, 'Hallo', { whole: true }).ok).toBe(false);
    expect((ta.el as HTMLTextAreaElement).value).toBe(`${draft} P.S.`);
    expect(applyReplacement(ta, 0, draft.length, draft, 'Hallo').ok).toBe(true);
  });
  it('carries `whole` and a long translated draft through the content script’s guard and the protocol alike', () => {
    const msg = { type: 'apply', composeId: 'c1', start: 0, end: 5, original: 'Hello', replacement: 'x'.repeat(30_000), whole: true };
    expect(parseContentMessage(msg)).toEqual({ ok: true, msg });
    expect(ContentRequests.apply.safeParse(msg).success).toBe(true);
    expect(parseContentMessage({ ...msg, whole: 'yes' }).ok).toBe(false);
    expect(ContentRequests.apply.safeParse({ ...msg, whole: 'yes' }).success).toBe(false);
    expect(parseContentMessage({ ...msg, replacement: 'x'.repeat(40_001) }).ok).toBe(false);
    expect(ContentRequests.apply.safeParse({ ...msg, replacement: 'x'.repeat(40_001) }).success).toBe(false);
  });
});
