/**
 * Question text in the UI language: every question's prompt and options render from the
 * practice message files in all seven UI languages, with every placeholder filled, and differ
 * from English where they are text rather than data.
 */
import { describe, expect, it } from 'vitest';
import { loadResources, translate, UI_LANGUAGES, type Resources } from '../../lib/i18n/index';
import { renderMsg } from '../../lib/practice/messages';
import { generateQuestions } from '../../lib/practice/questions';

const COUNTRIES = ['JP', 'DE', 'SA', 'BR', 'US', 'CN', 'FR', 'IN'];
const name = (lang: string) => (cc: string) => new Intl.DisplayNames([lang], { type: 'region' }).of(cc) ?? cc;

describe('question messages', async () => {
  const resources = new Map<string, Resources>(await Promise.all(UI_LANGUAGES.map(async (l) => [l, await loadResources(l)] as const)));
  const questions = COUNTRIES.flatMap((cc) => generateQuestions(cc, { home: 'DE', year: 2027 }));

  it.each(UI_LANGUAGES)('%s: every prompt and option renders with all placeholders filled', (lang) => {
    const t = (k: string, p?: Record<string, string | number>) => translate(resources.get(lang)!, k, p);
    const problems: string[] = [];
    for (const q of questions) {
      const texts = [renderMsg(q.promptMsg, lang, t, name(lang)), ...q.choices.map((c) => renderMsg(c.msg, lang, t, name(lang)))];
      for (const s of texts) if (/\{\{|\bpq\.|^@/.test(s) || !s.trim()) problems.push(`${q.id}: ${s}`);
      if (lang !== 'en' && q.promptMsg.k.startsWith('prompt.') && texts[0] === q.prompt) problems.push(`${q.id}: prompt not translated`);
    }
    expect(problems).toEqual([]);
  });

  it('the English rendering is the question text the CLI prints', () => {
    const t = (k: string, p?: Record<string, string | number>) => translate(resources.get('en')!, k, p);
    // Country names differ only by the article ("the United States"), so those are left out here.
    for (const q of questions.filter((x) => x.country !== 'US')) {
      expect(renderMsg(q.promptMsg, 'en', t, name('en'))).toBe(q.prompt);
    }
  });

  it('German: the indirect answer is quoted in German, the country named in German', () => {
    const q = generateQuestions('JP', { year: 2027, kinds: ['indirect'] }).find((x) => x.id === 'JP:indirect:difficult')!;
    const t = (k: string, p?: Record<string, string | number>) => translate(resources.get('de')!, k, p);
    const de = renderMsg(q.promptMsg, 'de', t, name('de'));
    expect(de).toContain('Das könnte schwierig werden.');
    expect(de).toContain('Japan');
    expect(renderMsg(q.choices[q.answer].msg, 'de', t, name('de'))).toMatch(/höfliches Nein/);
  });
});
