// Convention tests for the UI's localisation: every key in every language, the same
// placeholders, real translations, and the manifest's own _locales.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createI18n, dirOf, loadResources, resolveLanguage, switchLanguage, UI_LANGUAGES, LANGUAGE_NAMES } from '../../lib/i18n/index';

const ROOT = join(__dirname, '..', '..');
type Tree = { [k: string]: string | Tree };

function flatten(t: Tree, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(t)) {
    if (typeof v === 'string') out[prefix + k] = v;
    else Object.assign(out, flatten(v, `${prefix}${k}.`));
  }
  return out;
}
const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('UI locales', async () => {
  const en = flatten((await loadResources('en')) as unknown as Tree);
  const all = await Promise.all(UI_LANGUAGES.map(async (l) => [l, flatten((await loadResources(l)) as unknown as Tree)] as const));

  it('ships the seven required languages', () => {
    expect([...UI_LANGUAGES].sort()).toEqual(['de', 'en', 'es', 'fr', 'ja', 'pt', 'zh']);
    for (const l of UI_LANGUAGES) expect(LANGUAGE_NAMES[l]).toBeTruthy();
  });

  it.each(all.filter(([l]) => l !== 'en'))('%s has exactly the English keys with the same placeholders', (_l, tr) => {
    expect(Object.keys(tr).sort()).toEqual(Object.keys(en).sort());
    for (const [k, v] of Object.entries(en)) {
      expect(placeholders(tr[k]), k).toEqual(placeholders(v));
      expect(tr[k].trim(), k).not.toBe('');
    }
  });

  it.each(all.filter(([l]) => l !== 'en'))('%s is actually translated (most strings differ from English)', (_l, tr) => {
    const same = Object.keys(en).filter((k) => tr[k] === en[k] && !/\{\{/.test(en[k]) && en[k].length > 12);
    expect(same).toEqual([]);
  });

  it('every static t() key used in components exists in English', () => {
    const files: string[] = [];
    const walk = (d: string) => {
      for (const f of readdirSync(d, { withFileTypes: true })) {
        if (f.isDirectory()) walk(join(d, f.name));
        else if (/\.tsx?$/.test(f.name)) files.push(join(d, f.name));
      }
    };
    walk(join(ROOT, 'components'));
    const used = new Set<string>();
    for (const f of files) for (const m of readFileSync(f, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z0-9_.-]+)'/g)) used.add(m[1]);
    expect(used.size).toBeGreaterThan(50);
    // A key used with a count resolves to its plural forms (`key_one`, `key_other`).
    const missing = [...used].filter((k) => !(k in en) && !(`${k}_other` in en));
    expect(missing).toEqual([]);
  });

  it('translates with the right language and falls back to English', async () => {
    const i18n = createI18n('en');
    expect(i18n.t('suggestions.apply')).toBe('Apply');
    await switchLanguage(i18n, 'de');
    expect(i18n.t('suggestions.apply')).toBe('Übernehmen');
    await switchLanguage(i18n, 'ja');
    expect(i18n.t('recipient.confidence', { percent: 80 })).toContain('80');
    expect(i18n.t('no.such.key')).toBe('no.such.key');
  });
});

describe('language choice and direction', () => {
  it('prefers the explicit choice, then browser languages, then English', () => {
    expect(resolveLanguage('fr', ['de-DE'])).toBe('fr');
    expect(resolveLanguage(null, ['pt-BR', 'en'])).toBe('pt');
    expect(resolveLanguage(null, ['zh-Hans-CN'])).toBe('zh');
    expect(resolveLanguage('xx', ['ko-KR', 'es-MX'])).toBe('es');
    expect(resolveLanguage(undefined, ['ko'])).toBe('en');
  });
  it('is right-to-left for Arabic, Hebrew and Persian, left-to-right otherwise', () => {
    expect(dirOf('ar')).toBe('rtl');
    expect(dirOf('ar-EG')).toBe('rtl');
    expect(dirOf('he')).toBe('rtl');
    expect(dirOf('fa_IR')).toBe('rtl');
    for (const l of UI_LANGUAGES) expect(dirOf(l)).toBe('ltr');
  });
});

describe('manifest _locales', () => {
  const dir = join(ROOT, 'public', '_locales');
  const locales = readdirSync(dir);
  it('has en (the default) and the six others', () => {
    expect(locales.sort()).toEqual(['de', 'en', 'es', 'fr', 'ja', 'pt', 'zh_CN']);
  });
  it.each(locales)('%s has extName and a store-sized extDescription', (l) => {
    const m = JSON.parse(readFileSync(join(dir, l, 'messages.json'), 'utf8'));
    expect(m.extName.message).toBe('Glocal');
    expect(m.extDescription.message.length).toBeGreaterThan(20);
    expect(m.extDescription.message.length).toBeLessThanOrEqual(132);
  });
});
