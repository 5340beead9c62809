/**
 * `cli extract --url <URL> [--site <id>] < page.html`: run the site adapters the content script
 * uses over a saved page, under happy-dom, and print what they read.
 * `--jsonl`: one `{id, url, html, site?}` per line in, one `{id, ...result}` per line out.
 */
import { Window } from 'happy-dom';
import { z } from 'zod';
import { extractPage, generic, SITES, type ExtractedPage } from '../../sites/registry';
import { runJsonl } from '../jsonl';
import type { CliCommand } from '../types';

/**
 * Parse `html` as the page at `url` in a happy-dom window with scripts, stylesheets, frames and
 * navigation all disabled: a saved page must never run code or reach the network.
 * The caller closes the window (`window.happyDOM.close()`).
 */
export function parsePage(html: string, url: string): Window {
  const window = new Window({
    url,
    settings: {
      enableJavaScriptEvaluation: false,
      disableJavaScriptFileLoading: true,
      handleDisabledFileLoadingAsSuccess: true,
      enableIframePageLoading: false,
      enableCSSFileLoading: false,
      enableImageFileLoading: false,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true, disableFallbackToSetURL: true },
    },
  });
  window.document.write(html);
  attachDeclarativeShadowRoots(window.document as unknown as Document);
  return window;
}

/**
 * Saved pages keep shadow roots as `<template shadowrootmode="open">` (what
 * `getHTML({ serializableShadowRoots: true })` writes). happy-dom's parser does not attach them, so
 * we do, outermost first, the way a browser's parser would.
 */
export function attachDeclarativeShadowRoots(root: ParentNode): void {
  for (const tpl of Array.from(root.querySelectorAll('template[shadowrootmode]')) as HTMLTemplateElement[]) {
    const host = tpl.parentElement;
    if (!host || host.shadowRoot) continue;
    const shadow = host.attachShadow({ mode: tpl.getAttribute('shadowrootmode') === 'closed' ? 'closed' : 'open' });
    shadow.append(tpl.content.cloneNode(true));
    tpl.remove();
    // Template contents are not in the document, so nested shadow roots are handled per root.
    attachDeclarativeShadowRoots(shadow);
  }
}

/** Extract from one saved page. `siteId` forces a module (or `generic`); else the URL decides. */
export async function extractHtml(html: string, url: string, siteId?: string): Promise<ExtractedPage> {
  const loc = new URL(url);
  const site = siteId ? (siteId === 'generic' ? generic : SITES.find((s) => s.id === siteId)) : undefined;
  if (siteId && !site) throw new Error(`unknown site: ${siteId} (one of ${[...SITES.map((s) => s.id), 'generic'].join(', ')})`);
  const window = parsePage(html, url);
  try {
    return extractPage(window.document as unknown as Document, loc, site);
  } finally {
    await window.happyDOM.close();
  }
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

const Line = z.object({ id: z.unknown().optional(), url: z.string().url(), html: z.string(), site: z.string().optional() });

export const extract: CliCommand = {
  summary: 'run the site adapters over a saved page (HTML on stdin)',
  usage: 'extract --url <URL> [--site <id>] < page.html   |   extract --jsonl < lines.jsonl  ({id, url, html, site?} per line)',
  async run(args, io) {
    const opt = (name: string) => {
      const i = args.indexOf(name);
      return i >= 0 ? args[i + 1] : undefined;
    };
    if (args.includes('--jsonl')) {
      const { errors } = await runJsonl(io.stdin, io.stdout, Line, async (v) => ({ id: v.id ?? null, ...(await extractHtml(v.html, v.url, v.site)) }));
      return errors ? 1 : 0;
    }
    const url = opt('--url');
    if (!url) {
      io.stderr.write(`usage: cli ${this.usage}\n`);
      return 2;
    }
    try {
      new URL(url);
    } catch {
      io.stderr.write(`not a URL: ${url}\n`);
      return 2;
    }
    const html = await readAll(io.stdin);
    const result = await extractHtml(html, url, opt('--site'));
    io.stdout.write(JSON.stringify(result, null, 2) + '\n');
    return 0;
  },
};
