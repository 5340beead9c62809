// One definition per site: the hosts a module declares are the URL detector and the manifest's
// content-script matches at once, so the two can never disagree.
import { describe, expect, it } from 'vitest';
import { defineSite, hostMatches } from '../../lib/sites/define';
import { SUPPORTED_MATCHES } from '../../lib/sites/matches';
import { SITES, generic, siteFor } from '../../lib/sites/registry';

const url = (host: string) => new URL(`https://${host}/some/path`);

describe('hostMatches', () => {
  it.each([
    ['mail.google.com', 'mail.google.com', true],
    ['mail.google.com', 'MAIL.google.com', true],
    ['mail.google.com', 'evil.mail.google.com', false],
    ['mail.google.com', 'mail.google.com.evil.example', false],
    ['*.dynamics.com', 'contoso.crm4.dynamics.com', true],
    ['*.dynamics.com', 'dynamics.com', true],
    ['*.dynamics.com', 'evil-dynamics.com', false],
    ['*.dynamics.com', 'dynamics.com.evil.example', false],
  ])('%s covers %s: %s', (host, hostname, expected) => {
    expect(hostMatches(host, hostname)).toBe(expected);
  });
});

describe('defineSite', () => {
  const base = { id: 'x', name: 'X', confidence: 'low' as const, extracts: '', findComposes: () => [], findEditor: () => null, readCompose: () => ({ recipients: [], subject: '', body: '', thread: [], failures: [] }) };
  it('derives the detector and the match patterns from the hosts', () => {
    const s = defineSite({ ...base, hosts: ['app.example.com', '*.crm.example.org'] });
    expect(s.matchPatterns).toEqual(['https://app.example.com/*', 'https://*.crm.example.org/*']);
    expect(s.matches(url('app.example.com'))).toBe(true);
    expect(s.matches(url('eu.crm.example.org'))).toBe(true);
    expect(s.matches(url('example.com'))).toBe(false);
  });
  it('refuses a host that is not a host name or *.domain', () => {
    for (const bad of ['*', '*.com', 'https://a.example.com', 'a.example.com/*', 'a.*.example.com', '<all_urls>']) {
      expect(() => defineSite({ ...base, hosts: [bad] }), bad).toThrow(/not a host/);
    }
  });
});

describe('the registry is the only list of hosts', () => {
  it('the manifest matches are exactly the modules’ hosts', () => {
    expect([...SUPPORTED_MATCHES].sort()).toEqual(SITES.flatMap((s) => s.hosts.map((h) => `https://${h}/*`)).sort());
    expect(generic.hosts).toEqual([]);
  });
  it('every host a module accepts has a content script, and the other way round', () => {
    for (const s of SITES) {
      for (const h of s.hosts) {
        const sample = h.replace(/^\*\./, 'tenant.');
        expect(siteFor(url(sample))?.id, h).toBe(s.id);
        expect(SUPPORTED_MATCHES, h).toContain(`https://${h}/*`);
      }
    }
  });
  it('Salesforce Classic is not claimed without a content script', () => {
    expect(siteFor(url('acme.my.salesforce.com'))).toBeNull();
    expect(SUPPORTED_MATCHES.some((m) => m.includes('salesforce.com'))).toBe(false);
  });
});
