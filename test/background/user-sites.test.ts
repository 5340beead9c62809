import { describe, expect, it } from 'vitest';
import { syncUserSites, userOrigins, USER_SITES_SCRIPT_ID } from '../../lib/service/user-sites';

function fakeScripting() {
  let scripts: { id: string; matches: string[] }[] = [];
  const calls: string[] = [];
  return {
    calls,
    get scripts() {
      return scripts;
    },
    async getRegisteredContentScripts(f?: { ids?: string[] }) {
      return scripts.filter((s) => !f?.ids || f.ids.includes(s.id));
    },
    async registerContentScripts(list: object[]) {
      calls.push('register');
      scripts.push(...(list as { id: string; matches: string[] }[]));
    },
    async unregisterContentScripts(f?: { ids?: string[] }) {
      calls.push('unregister');
      scripts = scripts.filter((s) => f?.ids && !f.ids.includes(s.id));
    },
  };
}

describe('sites the user adds', () => {
  it('keeps only single-origin grants outside the built-in matches', () => {
    expect(
      userOrigins(['https://mail.google.com/*', 'https://crm.example.com/*', 'https://*/*', 'http://intranet.local/*', 'https://crm.example.com/*']),
    ).toEqual(['http://intranet.local/*', 'https://crm.example.com/*']);
    expect(userOrigins(undefined)).toEqual([]);
  });

  it('registers, updates and removes the content script to match the grants', async () => {
    const s = fakeScripting();
    await syncUserSites(['https://crm.example.com/*'], s, 'content-scripts/content.js');
    expect(s.scripts).toEqual([expect.objectContaining({ id: USER_SITES_SCRIPT_ID, matches: ['https://crm.example.com/*'], js: ['content-scripts/content.js'] })]);
    await syncUserSites(['https://crm.example.com/*'], s, 'content-scripts/content.js');
    expect(s.calls).toEqual(['register']); // unchanged grants: nothing re-registered
    await syncUserSites(['https://crm.example.com/*', 'https://erp.example.org/*'], s, 'content-scripts/content.js');
    expect(s.scripts[0].matches).toEqual(['https://crm.example.com/*', 'https://erp.example.org/*']);
    await syncUserSites([], s, 'content-scripts/content.js');
    expect(s.scripts).toEqual([]);
  });
});
