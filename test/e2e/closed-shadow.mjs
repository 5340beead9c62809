/**
 * Reading Glocal's badge in tests. Its shadow root is closed, so neither the page nor Playwright's
 * locators reach it (that is the point: SECURITY.md). The DevTools protocol does: DOM.getDocument
 * with `pierce` lists closed roots too. Tests read through here and act only with real input
 * (page.mouse, page.keyboard), because the badge ignores synthetic events.
 */

/** Every closed shadow root of a `host` element (the badge by default) in `page` (all frames), in document order. */
async function roots(page, host = 'GLOCAL-BADGE') {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const found = [];
    const walk = (n) => {
      if (n.nodeName === host) found.push(n.shadowRoots?.[0] ?? null);
      for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? []), ...(n.contentDocument ? [n.contentDocument] : [])]) walk(c);
    };
    walk(root);
    return { cdp, found };
  } catch (e) {
    await cdp.detach().catch(() => undefined);
    throw e;
  }
}

/**
 * Run `fn(root, arg)` on the closed shadow root of badge `index` and return its (JSON) result, or
 * null when there is no such badge. `fn` must be self-contained (it is sent as source).
 */
export async function inBadge(page, index, fn, arg = null) {
  return inClosedRoot(page, 'GLOCAL-BADGE', index, fn, arg);
}

/** `inBadge` for any of Glocal's closed hosts (`GLOCAL-PRESEND`, the pause before sending). */
export async function inClosedRoot(page, host, index, fn, arg = null) {
  const { cdp, found } = await roots(page, host);
  try {
    const sr = found[index];
    if (!sr) return null;
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: sr.backendNodeId });
    const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: `function (arg) { return (${fn.toString()})(this, arg); }`,
      arguments: [{ value: arg }],
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(`inBadge: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value ?? null;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** The shadow root types of every badge ('closed' in a correct build). */
export async function badgeRootTypes(page) {
  const { cdp, found } = await roots(page);
  await cdp.detach().catch(() => undefined);
  return found.map((r) => r?.shadowRootType ?? null);
}

/** The badge's main button text (the picker's options would match any country name). */
export const badgeText = (page, index = 0) => inBadge(page, index, (r) => r.querySelector('button.main')?.textContent ?? null);

/** Wait until badge `index`'s main text matches `pattern`; returns it. */
export async function waitForBadgeText(page, pattern, { index = 0, timeout = 20_000 } = {}) {
  await page.locator('glocal-badge').nth(index).waitFor({ state: 'attached', timeout });
  const until = Date.now() + timeout;
  let text = '';
  while (Date.now() < until) {
    text = (await badgeText(page, index)) ?? '';
    if (pattern.test(text)) return text;
    await page.waitForTimeout(200);
  }
  throw new Error(`badge ${index} text ${JSON.stringify(text)} does not match ${pattern}`);
}

/** The viewport rectangle of `selector` inside badge `index`, or null. */
export const badgeRect = (page, selector, index = 0) =>
  inBadge(
    page,
    index,
    (r, sel) => {
      const el = r.querySelector(sel);
      if (!el) return null;
      const b = el.getBoundingClientRect();
      return { x: b.x, y: b.y, width: b.width, height: b.height };
    },
    selector,
  );

/** Click the centre of `selector` inside badge `index` with the real mouse (a trusted click). */
export async function clickInBadge(page, selector, index = 0) {
  const r = await badgeRect(page, selector, index);
  if (!r) throw new Error(`no ${selector} in badge ${index}`);
  await page.mouse.click(r.x + r.width / 2, r.y + r.height / 2);
}

/** Click the centre of `selector` inside the closed root of `host` number `index` with the real mouse. */
export async function clickInClosedRoot(page, host, selector, index = 0) {
  const r = await inClosedRoot(
    page,
    host,
    index,
    (root, sel) => {
      const el = root.querySelector(sel);
      if (!el) return null;
      const b = el.getBoundingClientRect();
      return { x: b.x, y: b.y, width: b.width, height: b.height };
    },
    selector,
  );
  if (!r) throw new Error(`no ${selector} in ${host} ${index}`);
  await page.mouse.click(r.x + r.width / 2, r.y + r.height / 2);
}
