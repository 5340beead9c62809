/**
 * Tests that share the content script's world (not a page's) may look inside its closed shadow
 * roots: `recordShadowRoots()` keeps every root attached during each test, with the mode it was
 * asked for. The arrays are emptied before each test and keep their identity.
 */
import { afterEach, beforeEach, vi } from 'vitest';

export function recordShadowRoots(): { roots: ShadowRoot[]; modes: string[] } {
  const roots: ShadowRoot[] = [];
  const modes: string[] = [];
  beforeEach(() => {
    roots.length = 0;
    modes.length = 0;
    const attach = Element.prototype.attachShadow;
    vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
      modes.push(init.mode);
      const r = attach.call(this, init);
      roots.push(r);
      return r;
    });
  });
  afterEach(() => vi.restoreAllMocks());
  return { roots, modes };
}
