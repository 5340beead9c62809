// Suggestion text follows the UI language: a rule's message key and parameters, rendered with
// the UI's resources ("@key" parameters translated first); the English message otherwise.
import { describe, expect, it } from 'vitest';
import { analyzeDraft } from '../../lib/analysis/index';
import { loadResources, suggestionMessage, translate, UI_LANGUAGES } from '../../lib/i18n/resources';
import type { CommunicationTarget } from '../../lib/protocol';

const SA: CommunicationTarget = {
  country: 'SA', from: 'US', formality: 0.7, directness: 0.35, firstNames: false,
  greeting: { en: 'Dear', local: null, lang: null }, signOff: { en: 'Best regards,', local: null }, addressForm: '<Surname>',
  relationship: 0.5, deadlineSensitivity: 0.5, explanations: [{ text: 'Directness 0.35.', sources: ['test'] }],
};

describe('suggestion text in the UI language', () => {
  const r = analyzeDraft({
    draft: 'Hello,\n\nThis is our final offer; please sign by 15 February 2027.\n\nBest regards,\nAlex',
    lang: 'en', target: SA, recipient: { country: 'SA' }, now: new Date('2027-01-20T09:00:00Z'),
  });
  const season = r.suggestions.find((s) => s.rule === 'season')!;
  const ultimatum = r.suggestions.find((s) => s.rule === 'ultimatum')!;

  it.each(UI_LANGUAGES.filter((l) => l !== 'en'))('%s differs from English and contains no raw key', async (lang) => {
    const res = await loadResources(lang);
    const t = (k: string, p?: Record<string, string | number>) => translate(res, k, p);
    for (const s of [season, ultimatum]) {
      const text = suggestionMessage(s, t);
      expect(text).not.toBe(s.message);
      expect(text).not.toMatch(/rules\.|@|\{\{/);
      expect(text).toContain(String(s.params?.text ?? s.params?.country));
    }
  });
  it('German: Ramadan advice in German', async () => {
    const de = await loadResources('de');
    expect(suggestionMessage(season, (k, p) => translate(de, k, p))).toMatch(/fällt in SA in die Zeit von Ramadan .*Arbeitszeit ist im Ramadan gesetzlich verkürzt/);
  });
  it('a suggestion without a key keeps its English message', () => {
    expect(suggestionMessage({ message: 'Plain English.' }, () => 'x')).toBe('Plain English.');
  });
});

describe('the greeting message in the UI language', () => {
  it('German UI, English draft: the message is German, the replacement stays English', async () => {
    const r = analyzeDraft({
      draft: 'Hi Hans,\n\nCould you send me the figures?\n\nBest regards,\nBob', lang: 'en',
      target: { ...SA, country: 'JP', formality: 0.85 }, recipient: { name: 'Hans Müller', country: 'DE' }, now: new Date('2027-01-20T09:00:00Z'),
    });
    const g = r.suggestions.find((s) => s.rule === 'greeting')!;
    const de = await loadResources('de');
    const text = suggestionMessage(g, (k, p) => translate(de, k, p));
    expect(text).toMatch(/^„Hi Hans,“ wirkt für eine erste Geschäftsmail nach JP zu locker, wo Vornamen erst/);
    expect(text).toMatch(/Die Anrede ergibt sich aus dem Namen/);
    expect(g.replacement).toBe('Dear Mr. Müller,');
  });
});
