/**
 * Sites the user adds cover at most one registrable domain (SECURITY.md, "Frames and sites"):
 * the options page refuses `https://*.com`, and the background never registers the content
 * script for a broader origin, even one granted by other means.
 */
import { describe, expect, it } from 'vitest';
import { isNarrowOrigin, userOrigins } from '../../lib/service/user-sites';
import { originPattern } from '../../components/options/OptionsApp';
import { SUPPORTED_MATCHES } from '../../lib/sites/matches';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

describe('site patterns', () => {
  it.each(['https://crm.example.com/*', 'https://*.example.com/*', 'https://*.example.co.uk/*', 'http://intranet/*', 'https://10.0.0.5/*', 'https://acme.github.io/*'])('accepts %s', (p) => {
    expect(isNarrowOrigin(p)).toBe(true);
  });
  it.each(['https://*/*', 'https://*.com/*', 'https://*.co.uk/*', 'https://*.github.io/*', 'https://a.*.com/*', 'https://*.*.example.com/*', 'https://example.com/path/*', 'ftp://example.com/*'])(
    'refuses %s',
    (p) => {
      expect(isNarrowOrigin(p)).toBe(false);
    },
  );
  it('the options page turns a broad entry into nothing', () => {
    expect(originPattern('https://*.com')).toBeNull();
    expect(originPattern('https://*')).toBeNull();
    expect(originPattern('https://crm.example.com/x')).toBe('https://crm.example.com/*');
  });
  it('the background registers only narrow granted origins', () => {
    expect(userOrigins(['https://*/*', 'https://*.com/*', 'https://*.example.com/*'])).toEqual(['https://*.example.com/*']);
  });
});

describe('wildcard hosts of the supported sites', () => {
  const doc = readFileSync(join(__dirname, '..', '..', 'SECURITY.md'), 'utf8');
  const wild = SUPPORTED_MATCHES.filter((m) => m.includes('*.'));
  it('are few, narrow, and each is explained in SECURITY.md', () => {
    expect(wild.length).toBeGreaterThan(0);
    for (const m of wild) {
      expect(isNarrowOrigin(m), m).toBe(true);
      const host = /^https?:\/\/([^/]+)\//.exec(m)![1];
      expect(doc, `SECURITY.md explains ${host}`).toMatch(new RegExp(`\`${host.replace(/[.*]/g, '\\$&')}\`: \\S`));
    }
  });
});
