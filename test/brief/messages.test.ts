/**
 * Convention test for the brief's and comparison's message bundles
 * (lib/i18n/locales/brief/<lang>.json): the seven UI languages, the same keys and placeholders
 * everywhere, real translations, and every key the builder can emit exists.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BRIEF_LANGS, buildBrief, loadBriefLang, renderMessage, STANCES, TOPICS } from '../../lib/brief/index';
import { UI_LANGUAGES } from '../../lib/i18n/resources';
import { countryCodes, getProfile } from '../../lib/profiles/index';

type Tree = { [k: string]: string | Tree };
const flatten = (t: Tree, p = ''): Record<string, string> =>
  Object.entries(t).reduce<Record<string, string>>((o, [k, v]) => (typeof v === 'string' ? { ...o, [p + k]: v } : { ...o, ...flatten(v, `${p}${k}.`) }), {});
const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
const bundles: Record<string, Tree> = {};
let en: Record<string, string> = {};
beforeAll(async () => {
  for (const l of BRIEF_LANGS) bundles[l] = (await loadBriefLang(l)) as unknown as Tree;
  en = flatten(bundles.en);
});

describe('brief messages', () => {
  it('ship in the seven UI languages', () => {
    expect([...BRIEF_LANGS].sort()).toEqual([...UI_LANGUAGES].sort());
  });

  it.each(BRIEF_LANGS.filter((l) => l !== 'en'))('%s has exactly the English keys, the same placeholders, and is translated', (l) => {
    const tr = flatten(bundles[l]);
    expect(Object.keys(tr).sort()).toEqual(Object.keys(en).sort());
    for (const [k, v] of Object.entries(en)) {
      expect(placeholders(tr[k]), k).toEqual(placeholders(v));
      expect(tr[k].trim(), k).not.toBe('');
    }
    const same = Object.keys(en).filter((k) => tr[k] === en[k] && en[k].replace(/\{\{\w+\}\}/g, '').trim().length > 12);
    expect(same).toEqual([]);
  });

  it('has a sentence for every stance of every topic, and a name for every stance', () => {
    for (const t of TOPICS) {
      for (const s of STANCES[t]) {
        expect(en[`s.${t}.${s}`], `${t}.${s}`).toBeTruthy();
        expect(en[`stance.${s}`], s).toBeTruthy();
      }
      expect(en[`topic.${t}`], t).toBeTruthy();
    }
  });

  it('every key a brief emits exists (in every language, via the English key set)', () => {
    const emitted = new Set<string>();
    for (const cc of countryCodes().filter((c) => getProfile(c)!.norms).concat(['MN', 'LB'])) {
      const b = buildBrief(getProfile(cc)!, getProfile('DE'), { record: { name: 'A B', role: 'Director', dealStage: 'Negotiation', company: 'X' } });
      for (const s of b.sections) for (const i of s.items) emitted.add(i.key);
    }
    expect(emitted.size).toBeGreaterThan(60);
    expect([...emitted].filter((k) => !(k in en))).toEqual([]);
  });

  it('renders parameters and falls back to English for an unknown language', () => {
    expect(renderMessage('title.pair', { to: 'Japan', from: 'Germany' }, 'de')).toBe('Gesprächsvorbereitung: Japan (aus Sicht von Germany)');
    expect(renderMessage('section.before', {}, 'ko')).toBe('Before the call');
    expect(renderMessage('section.before', {}, 'ja-JP')).toBe('商談の前に');
  });

  it('the bundles are registered only in the brief module, English statically and the rest on demand', () => {
    const src = readFileSync(join(__dirname, '..', '..', 'lib', 'brief', 'messages.ts'), 'utf8');
    expect(src).toContain("import en from '../i18n/locales/brief/en.json'");
    for (const l of UI_LANGUAGES.filter((x) => x !== 'en')) expect(src).toContain(`import('../i18n/locales/brief/${l}.json')`);
  });
});
