/**
 * The inline badge reads its strings with browser.i18n.getMessage('badge_<key>') and falls back
 * to English. Every locale in public/_locales must carry every badge key, with the same
 * substitutions ($1, $2) as the English text, so no UI language silently drops to English.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EN } from '../../entrypoints/content/badge';

const dir = join(import.meta.dirname, '..', '..', 'public', '_locales');
const subs = (s: string) => (s.match(/\$\d/g) ?? []).sort().join(',');

describe('badge strings in every manifest locale', () => {
  const locales = readdirSync(dir);
  it('covers the UI languages', () => {
    expect(locales).toEqual(expect.arrayContaining(['en', 'de', 'fr', 'es', 'ja', 'pt', 'zh_CN']));
  });
  it.each(locales)('%s has every badge key with the same substitutions', (loc) => {
    const messages = JSON.parse(readFileSync(join(dir, loc, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
    for (const [key, en] of Object.entries(EN)) {
      const m = messages[`badge_${key}`];
      expect(m?.message, `${loc}: badge_${key}`).toBeTruthy();
      expect(subs(m.message), `${loc}: badge_${key}`).toBe(subs(en));
    }
  });
});
