/**
 * Every site fixture goes through the same adapters the content script runs (via the CLI's
 * happy-dom loader) and must give what its `.expected.json` says. The snapshot built from each
 * compose window must also pass the protocol's zod schema, as the background will parse it.
 */
import { describe, expect, it } from 'vitest';
import { extractHtml, parsePage } from '../../lib/cli/commands/extract';
import { ComposeSnapshot } from '../../lib/protocol';
import { generic, SITES } from '../../lib/sites/registry';
import { composeSnapshot, recordSnapshot } from '../../lib/sites/snapshot';
import { loadFixtures } from './helpers';

const fixtures = loadFixtures();

describe('site fixtures', () => {
  it.each(fixtures.map((f) => [`${f.dir}/${f.file}`, f] as const))('%s', async (_name, f) => {
    const siteId = f.header.site;
    const result = await extractHtml(f.html, f.header.url, siteId === 'generic' ? 'generic' : undefined);
    const { snapshot: expectedSnapshot, ...expected } = f.expected as Record<string, unknown> & { composes: unknown[] };
    expect(result.site).toBe(siteId);
    expect(result.composes).toHaveLength(expected.composes.length);
    expect(result).toMatchObject(expected);
    if (!('record' in expected)) expect(result.record).toBeUndefined();

    // The wire format: every snapshot parses; `snapshot` in the expectation checks the fallback.
    const window = parsePage(f.html, f.header.url);
    try {
      const doc = window.document as unknown as Document;
      const site = siteId === 'generic' ? generic : SITES.find((s) => s.id === siteId)!;
      const loc = new URL(f.header.url);
      const roots = site.findComposes(doc).length ? site.findComposes(doc) : result.composes.length ? [doc.querySelector('textarea, [contenteditable="true"]')!] : [];
      const rec = site.readRecord?.(doc, loc) ?? null;
      roots.forEach((root, i) => {
        const snap = composeSnapshot(site, root, doc, `t-${i}`, rec);
        const parsed = ComposeSnapshot.safeParse(snap);
        expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
        if (i === 0 && expectedSnapshot) expect(snap).toMatchObject(expectedSnapshot as object);
      });
      if (rec && !roots.length) expect(ComposeSnapshot.safeParse(recordSnapshot(site, rec.id, rec)).success).toBe(true);
    } finally {
      await window.happyDOM.close();
    }
  });
});
