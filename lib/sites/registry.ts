/**
 * Every site module, and the one entry point the content script, the CLI and the tests share:
 * `extractPage`. Adding a site means adding a folder and one line in `SITES`.
 */
import type { RecordFields } from '../protocol';
import { dynamics } from './dynamics/index';
import { allEditors, generic } from './generic/index';
import { gmail } from './gmail/index';
import { hubspot } from './hubspot/index';
import { linkedin } from './linkedin/index';
import { outlook } from './outlook/index';
import { pipedrive } from './pipedrive/index';
import { proton } from './proton/index';
import { salesforce } from './salesforce/index';
import type { ComposeData, SiteModule, UrlLike } from './types';
import { yahoo } from './yahoo/index';
import { zoho } from './zoho/index';

/** The supported sites, in the order their URL detectors are tried. */
export const SITES: readonly SiteModule[] = [gmail, outlook, yahoo, proton, salesforce, hubspot, pipedrive, zoho, dynamics, linkedin];

export { generic };

/** The module for a URL, or null for a page no site module knows (the caller may use `generic`). */
export function siteFor(loc: UrlLike): SiteModule | null {
  return SITES.find((s) => s.matches(loc)) ?? null;
}

export interface ExtractedPage {
  site: string;
  /** Each compose window as its module reads it, with the id it is known by. */
  composes: Array<{ composeId: string } & ComposeData>;
  record?: RecordFields;
  failures: string[];
}

/**
 * Run a site's adapters over a whole page. `site` defaults to the URL's module, else the
 * generic fallback. For the generic module on a saved page (nothing focused), every editor is
 * read. Compose ids come from the site where it gives one, else from the position on the page.
 */
export function extractPage(page: ParentNode, loc: UrlLike, site: SiteModule = siteFor(loc) ?? generic): ExtractedPage {
  let roots = site.findComposes(page);
  if (site === generic && !roots.length) roots = allEditors(page);
  const composes = roots.map((root, i) => {
    const data = site.readCompose(root, page);
    return { composeId: site.composeId?.(root) ?? `${site.id}:${i + 1}`, ...data };
  });
  const rec = site.readRecord?.(page, loc) ?? null;
  const failures = [...new Set([...composes.flatMap((c) => c.failures), ...(rec?.failures ?? [])])];
  return { site: site.id, composes, ...(rec ? { record: rec.fields } : {}), failures };
}
