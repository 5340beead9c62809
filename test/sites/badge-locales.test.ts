/**
 * The inline badge and the pause-before-send card read their strings with
 * browser.i18n.getMessage('badge_<key>' / 'presend_<key>') and fall back to English. Every locale
 * in public/_locales must carry every key, with the same substitutions ($1, $2) as the English
 * text, so no UI language silently drops to English.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EN } from '../../entrypoints/content/badge';
import { PRESEND_EN } from '../../entrypoints/content/presend';

const dir = join(import.meta.dirname, '..', '..', 'public', '_locales');
const subs = (s: string) => (s.match(/\$\d/g) ?? []).sort().join(',');

describe('badge strings in every manifest locale', () => {
  const locales = readdirSync(dir);
  it('covers the UI languages', () => {
    expect(locales).toEqual(expect.arrayContaining(['en', 'de', 'fr', 'es', 'ja', 'pt', 'zh_CN']));
  });
  it.each(locales)('%s has every badge key with the same substitutions', (loc) => {
    const messages = JSON.parse(readFileSync(join(dir, loc, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
    for (const [prefix, table] of [['badge', EN], ['presend', PRESEND_EN]] as const) {
      for (const [key, en] of Object.entries(table)) {
        const m = messages[`${prefix}_${key}`];
        expect(m?.message, `${loc}: ${prefix}_${key}`).toBeTruthy();
        expect(subs(m.message), `${loc}: ${prefix}_${key}`).toBe(subs(en));
        // The English locale says what the built-in fallback says.
        if (loc === 'en') expect(m.message).toBe(en);
      }
    }
  });
});
