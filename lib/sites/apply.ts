/**
 * Replacing a span of the draft so that the site's editor notices, as if the user had typed it.
 * Offsets are into the snapshot's `body` (see text.ts). Nothing is changed unless the span still
 * holds `original`: the user may have typed since the suggestion was made.
 */
import { rangeForOffsets } from './text';
import type { EditorRef } from './types';

export type ApplyResult = { ok: true } | { ok: false; error: string };

type InputCtor = new (type: string, init?: { bubbles?: boolean; cancelable?: boolean; inputType?: string; data?: string | null }) => Event;

function inputEvent(el: Element, type: 'beforeinput' | 'input', data: string): Event {
  const win = el.ownerDocument?.defaultView as unknown as { InputEvent?: InputCtor; Event: InputCtor } | null;
  const Ctor = win?.InputEvent ?? win?.Event;
  if (!Ctor) throw new Error('no window for the editor');
  return new Ctor(type, { bubbles: true, cancelable: type === 'beforeinput', inputType: 'insertReplacementText', data });
}

const CHANGED = 'the draft changed since the suggestion was made';

/**
 * Replace `[start, end)` of the editor's text with `replacement`, after checking it holds `original`.
 * `whole`: the span is meant to be the whole draft, so text after it (typed since) also refuses.
 */
export function applyReplacement(editor: EditorRef, start: number, end: number, original: string, replacement: string, opts: { whole?: boolean } = {}): ApplyResult {
  const el = editor.el;
  if (editor.kind === 'textarea') {
    const field = el as HTMLTextAreaElement;
    if (field.value.slice(start, end) !== original) return { ok: false, error: CHANGED };
    if (opts.whole && field.value.slice(end).trim() !== '') return { ok: false, error: CHANGED };
    field.focus();
    field.setSelectionRange(start, end);
    // insertText on the selection is an edit the browser records: Ctrl+Z undoes it, and it fires
    // beforeinput/input as typing does. setRangeText would not enter Chromium's undo stack.
    let done = false;
    try {
      const doc = field.ownerDocument;
      done = typeof doc.execCommand === 'function' && doc.execCommand('insertText', false, replacement);
    } catch {
      done = false;
    }
    if (!done) {
      // Fallback (no editing support, e.g. a DOM in tests): replace and announce it.
      field.setRangeText(replacement, start, end, 'end');
      field.dispatchEvent(inputEvent(field, 'input', replacement));
    }
    return { ok: true };
  }
  const span = rangeForOffsets(el, start, end, editor.text);
  if (!span) return { ok: false, error: 'the span could not be found in the editor' };
  if (span.text.slice(start, end) !== original) return { ok: false, error: CHANGED };
  if (opts.whole && span.text.slice(end).trim() !== '') return { ok: false, error: CHANGED };
  const doc = el.ownerDocument;
  const range = doc.createRange();
  range.setStart(span.start.node, span.start.offset);
  range.setEnd(span.end.node, span.end.offset);
  (el as HTMLElement).focus();
  const sel = doc.getSelection();
  sel?.removeAllRanges();
  sel?.addRange(range);
  // execCommand is deprecated but is still the one way to edit a contenteditable that fires
  // beforeinput/input and lands on the browser's undo stack, so the site's editor model follows.
  let done = false;
  try {
    done = typeof doc.execCommand === 'function' && doc.execCommand('insertText', false, replacement);
  } catch {
    done = false;
  }
  if (!done) {
    // Fallback (no execCommand, e.g. a DOM without editing support): edit the range and announce it.
    const before = inputEvent(el, 'beforeinput', replacement);
    if (!el.dispatchEvent(before)) return { ok: false, error: 'the editor refused the change' };
    range.deleteContents();
    range.insertNode(doc.createTextNode(replacement));
    el.normalize();
    el.dispatchEvent(inputEvent(el, 'input', replacement));
  }
  return { ok: true };
}
