import { describe, expect, it } from 'vitest';
import { analyzeDraft, applyReplacement, parseName } from '../../lib/analysis/index';
import type { CommunicationTarget } from '../../lib/protocol';

/** Targets built by hand, as lib/profiles would, so these tests do not depend on profile data. */
function target(country: string, o: Partial<CommunicationTarget> = {}): CommunicationTarget {
  return {
    country,
    from: 'US',
    formality: 0.8,
    directness: 0.3,
    firstNames: false,
    greeting: { en: 'Dear Mr./Ms. <Surname>,', local: null, lang: null },
    signOff: { en: 'Best regards,', local: null },
    addressForm: '<Surname>',
    relationship: 0.7,
    deadlineSensitivity: 0.8,
    explanations: [
      { text: `Formality 0.8. ${country}: formal address expected.`, sources: ['Hofstede PDI (test)'] },
      { text: `Directness 0.3. ${country}: soften requests.`, sources: ['Meyer 2014 (test)'] },
      { text: `Address: titles and surnames in ${country}.`, sources: ['curated (test)'] },
    ],
    ...o,
  };
}
const JP = target('JP', { greeting: { en: 'Dear Mr./Ms. <Surname>,', local: '<Surname>様', lang: 'ja' }, signOff: { en: 'Best regards,', local: 'よろしくお願いいたします' } });
const DE = target('DE', { directness: 0.8, relationship: 0.3, greeting: { en: 'Dear', local: 'Sehr geehrte', lang: 'de' }, signOff: { en: 'Kind regards,', local: 'Mit freundlichen Grüßen' } });
const US = target('US', { formality: 0.35, directness: 0.75, firstNames: true, relationship: 0.3 });
const SA = target('SA', { formality: 0.7, directness: 0.4, relationship: 0.8 });
// Wednesday 11 March 2026, 10:00 UTC: working hours in Germany, evening in Japan.
const NOW = new Date('2026-03-11T10:00:00Z');

const find = (r: ReturnType<typeof analyzeDraft>, cat: string) => r.suggestions.filter((s) => s.category === cat);

describe('greetings', () => {
  it('"Hi Kenji," becomes "Dear Mr. Tanaka," in English to Japan', () => {
    const draft = 'Hi Kenji,\n\nCould you send me the figures?\n\nBest regards,\nBob';
    const r = analyzeDraft({ draft, target: JP, recipient: { name: 'Kenji Tanaka', country: 'JP' }, now: NOW, lang: 'en' });
    const g = find(r, 'greeting')[0];
    expect(draft.slice(g.start, g.end)).toBe('Hi Kenji,');
    expect(g.replacement).toBe('Dear Mr. Tanaka,');
    expect(g.source).toContain('curated (test)');
  });
  it('uses 様 after the family name in a Japanese draft, family name first in local script', () => {
    const draft = '健二さん、\n\n資料を送っていただけますか。\nよろしくお願いいたします。';
    const r = analyzeDraft({ draft, target: JP, recipient: { name: '田中 健二', country: 'JP' }, now: NOW });
    expect(r.lang).toBe('ja');
    const g = find(r, 'greeting')[0];
    expect(draft.slice(g.start, g.end)).toBe('健二さん、');
    expect(g.replacement).toBe('田中様');
  });
  it('"Hallo Hans" becomes "Sehr geehrter Herr Müller" when the gender is known', () => {
    const draft = 'Hallo Hans,\n\nkönnen Sie mir den Bericht schicken?\n\nMit freundlichen Grüßen\nAnna';
    const r = analyzeDraft({ draft, target: DE, recipient: { name: 'Hans Müller', country: 'DE' }, now: NOW });
    expect(find(r, 'greeting')[0].replacement).toBe('Sehr geehrter Herr Müller,');
  });
  it('does not guess gender: an unknown given name gets a gender-free form and says why', () => {
    const draft = 'Hallo Kim,\n\nkönnen Sie mir den Bericht schicken?';
    const r = analyzeDraft({ draft, target: DE, recipient: { name: 'Kim Weber', country: 'DE' }, now: NOW });
    const g = find(r, 'greeting')[0];
    expect(g.replacement).toBe('Guten Tag Kim Weber,');
    expect(g.message).toMatch(/gender is not known/);
  });
  it('edits only the formula when greeting and sign-off share a line with prose', () => {
    const draft = 'Hi guys, we need the revised quote ASAP, no excuses. Cheers, Alex';
    const r = analyzeDraft({ draft, target: JP, recipient: { name: 'Kenji Tanaka', country: 'JP' }, now: NOW, lang: 'en' });
    const g = find(r, 'greeting')[0];
    expect([draft.slice(g.start, g.end), g.replacement]).toEqual(['Hi guys,', 'Dear all,']);
    const so = find(r, 'sign-off')[0];
    expect([draft.slice(so.start, so.end), so.replacement]).toEqual(['Cheers,', 'Best regards,']);
    expect(find(r, 'relationship')[0].start).toBe(g.end);
  });
  it('does not take a sentence that starts with "Hello" for a greeting', () => {
    const draft = 'Hello we need the quote by Friday for the board and the auditors.';
    const r = analyzeDraft({ draft, target: JP, recipient: { name: 'Kenji Tanaka', country: 'JP' }, now: NOW, lang: 'en' });
    expect(find(r, 'greeting')).toHaveLength(0);
  });
  it('leaves a first-name greeting alone where first names are normal', () => {
    const r = analyzeDraft({ draft: 'Hi Mike,\n\nThursday works for me.', target: US, recipient: { name: 'Mike Brown' }, now: NOW });
    expect(find(r, 'greeting')).toHaveLength(0);
  });
});

describe('address forms and register', () => {
  it('German du-forms get Sie-forms with the verb changed', () => {
    const draft = 'Guten Tag Herr Müller,\nkannst du mir deinen Bericht schicken?';
    const r = analyzeDraft({ draft, target: DE, now: NOW, lang: 'de' });
    const a = find(r, 'address-form');
    expect(a.map((s) => [draft.slice(s.start, s.end), s.replacement])).toEqual([
      ['kannst du', 'können Sie'],
      ['deinen', 'Ihren'],
    ]);
  });
  it('French tu → vous; greetings and sign-offs are not address forms', () => {
    const draft = 'Salut Pierre,\nest-ce que tu peux confirmer la date ?\nBisous,\nAnne';
    const r = analyzeDraft({ draft, target: target('FR'), recipient: { name: 'Pierre Martin' }, now: NOW, lang: 'fr' });
    expect(find(r, 'address-form').map((s) => [draft.slice(s.start, s.end), s.replacement])).toEqual([['tu peux', 'vous pouvez']]);
    expect(find(r, 'greeting')[0].replacement).toBe('Bonjour Monsieur Martin,');
    expect(find(r, 'sign-off')).toHaveLength(1);
  });
  it('flags Japanese plain forms to a formal recipient', () => {
    const r = analyzeDraft({ draft: '田中様\n\n資料はもう確認した。明日送るね。', target: JP, now: NOW, lang: 'ja' });
    expect(find(r, 'formality').length).toBeGreaterThan(0);
  });
  it('expands contractions and slang for a formal English target', () => {
    const draft = "Dear Mr. Tanaka,\nWe're gonna send it soon.";
    const r = analyzeDraft({ draft, target: JP, now: NOW, lang: 'en' });
    const reps = find(r, 'formality').filter((s) => s.replacement).map((s) => [draft.slice(s.start, s.end), s.replacement]);
    expect(reps).toEqual(
      expect.arrayContaining([
        ["We're", 'We are'],
        ['gonna', 'going to'],
      ]),
    );
  });
});

describe('pressure, idioms, directness', () => {
  it('"ASAP" becomes a concrete date two working days ahead in the recipient calendar', () => {
    const draft = 'Please send the contract ASAP.';
    const r = analyzeDraft({ draft, target: JP, recipient: { country: 'JP' }, now: NOW, lang: 'en' });
    const p = find(r, 'pressure')[0];
    expect(draft.slice(p.start, p.end)).toBe('ASAP');
    expect(p.replacement).toBe('by Friday 13 March, if possible');
  });
  it('counts working days past the weekend', () => {
    // Thursday 12 March 2026: two working days later is Monday 16 March.
    const r = analyzeDraft({ draft: 'Need it asap', target: DE, recipient: { country: 'DE' }, now: new Date('2026-03-12T10:00:00Z'), lang: 'en' });
    expect(find(r, 'pressure')[0].replacement).toBe('by Monday 16 March, if possible');
  });
  it('replaces idioms for a non-native reader but not for a US one', () => {
    const draft = "Let's touch base about the low-hanging fruit.";
    const jp = analyzeDraft({ draft, target: JP, now: NOW, lang: 'en' });
    expect(find(jp, 'idiom').map((s) => s.replacement)).toEqual(['get in touch', 'easy wins']);
    expect(find(analyzeDraft({ draft, target: US, now: NOW, lang: 'en' }), 'idiom')).toHaveLength(0);
  });
  it('softens a bare command for an indirect culture', () => {
    const draft = 'Dear Mr. Tanaka,\nSend me the report.';
    const r = analyzeDraft({ draft, target: JP, now: NOW, lang: 'en' });
    expect(find(r, 'directness')[0].replacement).toBe('Could you please send me the report?');
  });
  it('softens blunt negative feedback, keeping the verb', () => {
    const draft = 'The numbers were wrong.';
    const r = analyzeDraft({ draft, target: JP, now: NOW, lang: 'en' });
    expect(find(r, 'negative-feedback')[0].replacement).toBe('were not quite right');
  });
});

describe('calendar', () => {
  it('flags "Friday" for a recipient whose weekend is Friday–Saturday and offers Thursday', () => {
    const draft = 'Dear Mr. Al-Harbi,\nCould you send the contract by Friday?';
    const r = analyzeDraft({ draft, target: SA, recipient: { country: 'SA' }, now: NOW, lang: 'en' });
    const c = find(r, 'calendar').find((s) => s.end > s.start)!;
    expect(draft.slice(c.start, c.end)).toBe('Friday');
    expect(c.replacement).toBe('Thursday');
    expect(c.message).toMatch(/weekend/);
  });
  it('does not flag Friday for a Saturday–Sunday weekend', () => {
    const r = analyzeDraft({ draft: 'Could you send it by Friday?', target: US, recipient: { country: 'US' }, now: NOW, lang: 'en' });
    expect(find(r, 'calendar').filter((s) => s.end > s.start)).toHaveLength(0);
  });
  it('flags a German date on a public holiday', () => {
    const draft = 'Können Sie mir das bis zum 01.05. schicken?';
    const r = analyzeDraft({ draft, target: DE, recipient: { country: 'DE' }, now: NOW, lang: 'de' });
    const c = find(r, 'calendar').find((s) => s.end > s.start)!;
    expect(draft.slice(c.start, c.end)).toBe('01.05.');
    expect(c.message).toMatch(/public holiday/);
  });
  it('reads Japanese dates and French weekday names', () => {
    const ja = '田中様\n\n5月4日までにご確認いただけますでしょうか。';
    const r = analyzeDraft({ draft: ja, target: JP, recipient: { country: 'JP' }, now: NOW, lang: 'ja' });
    const c = find(r, 'calendar').find((s) => s.end > s.start)!;
    expect(ja.slice(c.start, c.end)).toBe('5月4日');
    expect(c.message).toMatch(/public holiday/);
    const fr = 'Bonjour Monsieur Haddad,\nPourriez-vous signer le contrat avant vendredi ?';
    const r2 = analyzeDraft({ draft: fr, target: SA, recipient: { country: 'SA' }, now: NOW, lang: 'fr' });
    const c2 = find(r2, 'calendar').find((s) => s.end > s.start)!;
    expect(fr.slice(c2.start, c2.end)).toBe('vendredi');
    expect(c2.replacement).toBe('jeudi');
  });
  it('does not read "Guten Morgen" or a version number as a deadline', () => {
    const draft = 'Guten Morgen Herr Weber,\nVersion 3.5 ist fertig.';
    const r = analyzeDraft({ draft, target: DE, recipient: { country: 'DE' }, now: new Date('2026-12-24T10:00:00Z'), lang: 'de' });
    expect(find(r, 'calendar').filter((s) => s.end > s.start)).toHaveLength(0);
  });
  it('suggests a send time within working hours when it is the weekend there', () => {
    const sat = new Date('2026-03-14T12:00:00Z');
    const r = analyzeDraft({ draft: 'Dear Ms. Weber,\nThank you.', target: DE, recipient: { country: 'DE' }, now: sat, lang: 'en' });
    const s = r.suggestions.find((x) => x.id === 'calendar:send-time')!;
    expect(s.message).toMatch(/weekend/);
    expect(s.message).toMatch(/Monday 16 March at 09:00/);
  });
});

describe('spans, ids and bounds', () => {
  const draft =
    'Hi Kenji,\n\nWe\'re gonna need the ballpark figure ASAP!! Send me the slides by Friday.\nThe draft was wrong lol.\n\nCheers,\nBob';
  const run = (d: string) => analyzeDraft({ draft: d, target: JP, recipient: { name: 'Kenji Tanaka', country: 'JP' }, now: NOW, lang: 'en' });

  it('gives spans inside the draft, unique ids, and replacements that apply', () => {
    const r = run(draft);
    expect(r.suggestions.length).toBeGreaterThan(6);
    expect(new Set(r.suggestions.map((s) => s.id)).size).toBe(r.suggestions.length);
    for (const s of r.suggestions) {
      expect(s.start).toBeGreaterThanOrEqual(0);
      expect(s.end).toBeLessThanOrEqual(draft.length);
      expect(s.end).toBeGreaterThanOrEqual(s.start);
      if (s.replacement !== undefined) {
        const out = applyReplacement(draft, { start: s.start, end: s.end, original: draft.slice(s.start, s.end) }, s.replacement);
        expect(out).not.toBeNull();
        expect(out).toContain(s.replacement);
      }
    }
    // Replacements never overlap, so they can all be applied.
    const withRep = r.suggestions.filter((s) => s.replacement !== undefined && s.end > s.start);
    for (let i = 1; i < withRep.length; i++) expect(withRep[i].start).toBeGreaterThanOrEqual(withRep[i - 1].end);
  });
  it('keeps ids stable when the draft changes elsewhere', () => {
    const a = run(draft).suggestions.map((s) => s.id);
    const b = run(draft.replace('Bob', 'Bob Smith\nSales')).suggestions.map((s) => s.id);
    for (const id of ['greeting:hi kenji,', 'pressure:asap', 'idiom:ballpark figure']) {
      expect(a).toContain(id);
      expect(b).toContain(id);
    }
  });
  it('bounds a 200,000-character draft', () => {
    const huge = 'Could you send me the report by Friday? '.repeat(5_000);
    const t0 = performance.now();
    const r = analyzeDraft({ draft: huge, target: JP, now: NOW, lang: 'en' });
    expect(performance.now() - t0).toBeLessThan(2_000);
    expect(r.totalChars).toBe(200_000);
    expect(r.analysedChars).toBeLessThan(r.totalChars);
    expect(r.analysedChars).toBeLessThanOrEqual(20_000);
    for (const s of r.suggestions) expect(s.end).toBeLessThanOrEqual(r.analysedChars);
  });
  it('gives no advice on an empty draft', () => {
    const r = analyzeDraft({ draft: '  \n ', target: DE, recipient: { country: 'DE' }, now: new Date('2026-03-14T12:00:00Z') });
    expect(r.suggestions).toEqual([]);
    expect(r.scores).toEqual({ formality: 0, politeness: 0, directness: 0, warmth: 0 });
  });
  it('flags profanity as critical whatever the target', () => {
    for (const t of [US, JP, null]) {
      const r = analyzeDraft({ draft: 'This stupid delay is a mess.', target: t, now: NOW, lang: 'en' });
      expect(r.suggestions.find((s) => s.severity === 'critical')?.start).toBe(5);
    }
  });
  it('works without a target', () => {
    const r = analyzeDraft({ draft: 'Hi,\nlet us touch base.', target: null });
    expect(find(r, 'idiom')[0].severity).toBe('info');
    expect(find(r, 'greeting')).toHaveLength(0);
  });
});

describe('applyReplacement', () => {
  it('replaces when the span still holds the original', () => {
    expect(applyReplacement('Hi Kenji, hello', { start: 0, end: 9, original: 'Hi Kenji,' }, 'Dear Mr. Tanaka,')).toBe('Dear Mr. Tanaka, hello');
  });
  it('refuses a stale span or an out-of-range one', () => {
    expect(applyReplacement('Hey Kenji, hello', { start: 0, end: 9, original: 'Hi Kenji,' }, 'x')).toBeNull();
    expect(applyReplacement('abc', { start: 2, end: 5 }, 'x')).toBeNull();
    expect(applyReplacement('abc', { start: 2, end: 1 }, 'x')).toBeNull();
  });
  it('inserts at a zero-length span', () => {
    expect(applyReplacement('ab', { start: 1, end: 1, original: '' }, 'X')).toBe('aXb');
  });
});

describe('parseName', () => {
  it.each([
    ['Kenji Tanaka', 'Tanaka', 'male', {}],
    ['TANAKA Kenji', 'Tanaka', 'male', {}],
    ['Tanaka, Kenji', 'Tanaka', 'male', {}],
    ['田中 健二', '田中', 'unknown', { country: 'JP' }],
    ['Nagy Péter', 'Nagy', 'male', { country: 'HU' }],
    ['Alex Nagy', 'Nagy', 'unknown', { country: 'HU' }],
    ['Dr. Anna Schmidt', 'Schmidt', 'female', {}],
    ['Frau Kim Weber', 'Weber', 'female', {}],
    ['Kim Weber', 'Weber', 'unknown', {}],
    ['Иван Петрович Сидоров', 'Сидоров', 'male', {}],
  ] as const)('%s → family %s, gender %s', (name, family, gender, opts) => {
    const p = parseName(name, opts);
    expect(p.family).toBe(family);
    expect(p.gender).toBe(gender);
  });
  it('uses the greeted name to find the family name', () => {
    expect(parseName('Tanaka Kenji', { greetedAs: 'Kenji' }).family).toBe('Tanaka');
  });
});
