/**
 * Conventions for rules as data: every registered rule has a stable id and a title and
 * description in every UI language; every message key a rule emits exists; the language tables
 * (salutations, openers, naming systems, season tables) are well-formed and cite their sources.
 */
import { describe, expect, it } from 'vitest';
import { RULES } from '../../lib/analysis/suggestions';
import { renderMessage } from '../../lib/analysis/rules/common';
import salutations from '../../lib/analysis/data/salutations.json';
import openers from '../../lib/analysis/data/openers.json';
import nameSystems from '../../lib/analysis/data/name-systems.json';
import seasonTables from '../../lib/seasons/data/tables.json';
import { SEASON_IDS } from '../../lib/seasons/index';
import { loadResources, UI_LANGUAGES } from '../../lib/i18n/index';

const lookup = (t: unknown, key: string): unknown => key.split('.').reduce<unknown>((n, k) => (n && typeof n === 'object' ? (n as Record<string, unknown>)[k] : undefined), t);

describe('registered rules', () => {
  it('have unique, stable, kebab-case ids', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
    expect(ids).toEqual([
      'greeting', 'sign-off', 'address-form', 'english-register', 'profanity', 'pressure', 'idiom', 'humour', 'ultimatum',
      'over-deferential', 'directness', 'relationship', 'ja-opener', 'formality-overall', 'calendar', 'season',
    ]);
  });
  it.each(UI_LANGUAGES)('have a title and description in %s', async (lang) => {
    const res = await loadResources(lang);
    for (const r of RULES) {
      expect(lookup(res, `rules.title.${r.id}`), r.id).toEqual(expect.any(String));
      expect(lookup(res, `rules.description.${r.id}`), r.id).toEqual(expect.any(String));
    }
  });
  it.each(UI_LANGUAGES)('season names and advice exist in %s', async (lang) => {
    const res = await loadResources(lang);
    for (const id of SEASON_IDS) {
      expect(lookup(res, `rules.season.name.${id}`), id).toEqual(expect.any(String));
      expect(lookup(res, `rules.season.advice.${id}`), id).toEqual(expect.any(String));
    }
  });
  it('renders "@key" parameters in the same language', async () => {
    const de = await loadResources('de');
    const text = renderMessage(de, 'rules.season.now', { country: 'SA', end: '2027-03-08', season: '@rules.season.name.ramadan', advice: '@rules.season.advice.ramadan-gulf' });
    expect(text).toMatch(/^In SA ist bis 2027-03-08 Ramadan\. Die Arbeitszeit/);
  });
});

describe('salutation tables', () => {
  const langs = (salutations as { langs: Record<string, Record<string, unknown>> }).langs;
  it.each(Object.keys(langs))('%s has every form and a source', (l) => {
    const t = langs[l];
    for (const k of ['male', 'female', 'neutral', 'familyOnly', 'nameless', 'group', 'source']) expect(typeof t[k], `${l}.${k}`).toBe('string');
    expect(Array.isArray(t.keepTitles)).toBe(true);
    expect((t.source as string).length).toBeGreaterThan(20);
    // Placeholders are from the documented set only.
    for (const v of Object.values(t)) {
      for (const s of typeof v === 'string' ? [v] : v && typeof v === 'object' && !Array.isArray(v) ? Object.values(v as Record<string, string>) : []) {
        for (const m of s.matchAll(/\{(\w+)\}/g)) expect(['family', 'given', 'full', 'title', 'hufull', 'patronymic']).toContain(m[1]);
      }
    }
    // Forms that need no name contain no placeholder.
    for (const k of ['nameless', 'group']) expect(t[k] as string).not.toMatch(/\{/);
  });
});

describe('opener tables', () => {
  const l = (openers as { langs: Record<string, { casual: string[]; neutral: string[]; modern: string[] }> }).langs;
  it.each(Object.keys(l))('%s: lower-case, no word in two classes', (lang) => {
    const all = [...l[lang].casual, ...l[lang].neutral, ...l[lang].modern];
    for (const w of all) expect(w).toBe(w.toLowerCase());
    expect(new Set(all).size).toBe(all.length);
  });
});

describe('naming-system and season tables', () => {
  it('use ISO 3166-1 alpha-2 codes and cite sources', () => {
    const ns = nameSystems as { systems: Record<string, string[]>; englishBusiness: string[]; $sources: Record<string, string> };
    for (const [sys, ccs] of Object.entries(ns.systems)) {
      expect(ns.$sources[sys], sys).toBeTruthy();
      for (const cc of ccs) expect(cc).toMatch(/^[A-Z]{2}$/);
    }
    for (const [k, v] of Object.entries(seasonTables)) {
      expect((v as { $source?: string }).$source, k).toBeTruthy();
      for (const cc of (v as { countries?: string[] }).countries ?? []) expect(cc).toMatch(/^[A-Z]{2}$/);
    }
  });
});
