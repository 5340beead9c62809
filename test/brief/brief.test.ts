// The call brief: structure, provenance per item, saying less without curated data, translation,
// negotiation sections for every curated country, and the Markdown export.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBrief, briefToMarkdown, largestGaps, dimensionScores, mainLanguage, renderMessage, loadBriefLang, BRIEF_LANGS } from '../../lib/brief/index';
import { parseBriefArgs, brief as briefCommand } from '../../lib/cli/commands/brief';
import { countryCodes, getProfile, type CountryProfile } from '../../lib/profiles/index';
import { PassThrough } from 'node:stream';

function profile(cc: string): CountryProfile {
  const p = getProfile(cc);
  if (!p) throw new Error(`no shipped profile for ${cc}`);
  return p;
}
const texts = (b: ReturnType<typeof buildBrief>) => b.sections.flatMap((s) => s.items.map((i) => i.text)).join('\n');
const curated = countryCodes().filter((c) => profile(c).norms);
beforeAll(async () => {
  for (const l of BRIEF_LANGS) await loadBriefLang(l);
});

describe('buildBrief', () => {
  it('has the Before / In the room / After structure, then openers and scores', () => {
    const b = buildBrief(profile('JP'), profile('US'));
    expect(b.sections.map((s) => s.id)).toEqual(['before', 'room', 'after', 'openers', 'scores']);
    expect(b.title).toBe('Call brief: Japan (from United States)');
    expect(b.language).toBe('ja');
  });

  it('gives every curated country the negotiation sections, each item cited', () => {
    const NEGOTIATION = ['team', 'deciding', 'persuading', 'language', 'trust', 'bargaining', 'followUp', 'contract', 'copying'];
    for (const cc of curated) {
      const b = buildBrief(profile(cc), null);
      const topics = new Set(b.sections.flatMap((s) => s.items.map((i) => i.topic)));
      for (const t of NEGOTIATION) expect(topics.has(t as never), `${cc} ${t}`).toBe(true);
      for (const i of b.sections.filter((s) => ['before', 'room', 'after'].includes(s.id)).flatMap((s) => s.items)) {
        if (i.topic) expect(i.basis.length, `${cc} ${i.key}`).toBeGreaterThan(0);
      }
      expect(b.sections.find((s) => s.id === 'after')!.items.map((i) => i.key)).toContain('minutes');
    }
  });

  it('never turns a dimension score into a behavioural sentence', () => {
    for (const cc of ['MN', 'LU', 'EE', 'FR']) {
      const p = structuredClone(profile(cc));
      p.norms = null;
      const b = buildBrief(p, profile('US'));
      // Without curated stances: only facts, scores and openers, and it says so.
      expect(b.sections.flatMap((s) => s.items).filter((i) => i.topic)).toEqual([]);
      expect(texts(b)).toMatch(new RegExp(`No curated guidance for ${p.name}`));
      expect(texts(b)).not.toMatch(/deadlines are taken seriously|Plans are flexible|Aim for compromise|group-oriented/);
    }
  });

  it('shows scores as context with true comparative wording and labelled regional estimates', () => {
    const de = texts(buildBrief(profile('DE'), profile('US')));
    expect(de).toMatch(/Germany is less individualist than United States \(67 vs 91; measured, national average\)/);
    const sa = texts(buildBrief(profile('SA'), profile('DE')));
    expect(sa).toMatch(/Power distance: 80 for "Arab countries" \(regional estimate, not measured for Saudi Arabia\)/);
  });

  it('keeps the content fixes visible in the brief', () => {
    expect(texts(buildBrief(profile('RU'), profile('US')))).toMatch(/sanctions and export-control/);
    expect(texts(buildBrief(profile('AE'), null))).toMatch(/Friday a half day/);
    expect(texts(buildBrief(profile('FR'), null))).toMatch(/August/);
  });

  it('marks curated English text and openers with their language', () => {
    const b = buildBrief(profile('JP'), null, { locale: 'de' });
    const curatedItems = b.sections.flatMap((s) => s.items).filter((i) => i.key === 'curated');
    expect(curatedItems.length).toBeGreaterThan(3);
    for (const i of curatedItems) expect(i.lang).toBe('en');
    for (const i of b.sections.find((s) => s.id === 'openers')!.items) expect(i.lang).toBe('ja');
  });

  it('follows the UI language for every stance-derived sentence', () => {
    for (const lang of BRIEF_LANGS.filter((l) => l !== 'en')) {
      const b = buildBrief(profile('DE'), profile('JP'), { locale: lang });
      const en = buildBrief(profile('DE'), profile('JP'));
      const stanceItems = b.sections.flatMap((s) => s.items).filter((i) => i.key.startsWith('s.'));
      const enItems = en.sections.flatMap((s) => s.items).filter((i) => i.key.startsWith('s.'));
      expect(stanceItems.length).toBeGreaterThan(10);
      stanceItems.forEach((i, k) => expect(i.text, `${lang} ${i.key}`).not.toBe(enItems[k].text));
      expect(b.sections[0].title).not.toBe(en.sections[0].title);
    }
  });

  it('contrasts the two countries where their stances differ', () => {
    const b = buildBrief(profile('JP'), profile('US'));
    const d = b.sections.flatMap((s) => s.items).find((i) => i.topic === 'disagreeing' && i.key.startsWith('s.'))!;
    expect(d.differs).toEqual({ country: 'US', name: 'United States', stance: 'measured' });
    const gaps = largestGaps(profile('JP'), profile('US'));
    for (let i = 1; i < gaps.length; i++) expect(Math.abs(gaps[i - 1].diff)).toBeGreaterThanOrEqual(Math.abs(gaps[i].diff));
    expect(buildBrief(profile('JP'), null).sections.flatMap((s) => s.items).some((i) => i.differs)).toBe(false);
  });

  it('is enriched from the CRM record, with rank matching from the team stance', () => {
    const b = buildBrief(profile('JP'), profile('DE'), { record: { company: 'Acme KK', role: 'Director of Sales', dealStage: 'Negotiation', name: 'Sato Hiroshi' } });
    const ctx = b.sections.find((s) => s.id === 'context');
    expect(ctx?.items.map((i) => i.text).join(' ')).toMatch(/Sato Hiroshi, Director of Sales \(Acme KK\).*Negotiation stage/);
    expect(ctx?.items.map((i) => i.text).join(' ')).toMatch(/bring someone of matching rank/);
    expect(buildBrief(profile('JP'), null, { record: {} }).sections.find((s) => s.id === 'context')).toBeUndefined();
  });

  it('gives openers in the local language, in modern form', () => {
    const openers = buildBrief(profile('DE'), null).sections.find((s) => s.id === 'openers')!;
    expect(openers.items.map((i) => i.text).join(' ')).toMatch(/Guten Tag/);
    expect(texts(buildBrief(profile('DK'), null))).not.toMatch(/\bDem\b|\bDeres\b/);
    expect(mainLanguage({ country: 'BR' })).toBe('pt');
    expect(dimensionScores(profile('DE'), 'hofstede')).toHaveLength(6);
  });

  it('is deterministic', () => {
    expect(buildBrief(profile('IN'), profile('GB'))).toEqual(buildBrief(profile('IN'), profile('GB')));
  });
});

describe('briefToMarkdown', () => {
  it('keeps each item basis, escapes record text and lists sources', () => {
    const b = buildBrief(profile('JP'), profile('US'), { record: { company: '<script>*x*</script> # [a](b)' } });
    const md = briefToMarkdown(b);
    expect(md.startsWith('# Call brief: Japan (from United States)\n')).toBe(true);
    for (const s of b.sections) expect(md).toContain(`## ${s.title}`);
    expect(md).not.toContain('<script>');
    expect(md).toContain('\\<script\\>\\*x\\*');
    expect(md).toContain('## Sources');
    expect(md).toMatch(/\n- Do not contradict anyone openly[^\n]*\n {2}- Meyer 2014, ch\. 7 'The Needle, Not the Knife'/);
    expect(renderMessage('section.before', {}, 'ja')).not.toBe('Before the call');
  });

  it('exports in another language from the same brief, names localised, basis kept', () => {
    const b = buildBrief(profile('JP'), profile('US'));
    const md = briefToMarkdown(b, 'de', { to: 'Japan', from: 'Vereinigte Staaten' });
    expect(md.startsWith('# Gesprächsvorbereitung: Japan (aus Sicht von Vereinigte Staaten)\n')).toBe(true);
    expect(md).toContain('## Vor dem Gespräch');
    expect(md).toMatch(/\n- Widersprechen Sie niemandem offen[^\n]*\n {2}- Meyer 2014, ch\. 7/);
    expect(md).toContain('## Quellen');
  });
});

describe('cli brief', () => {
  it('parses arguments and reports errors', () => {
    expect(parseBriefArgs(['jp', '--from', 'us'])).toMatchObject({ ok: true, to: 'JP', from: 'US' });
    expect(parseBriefArgs([])).toMatchObject({ ok: false });
    expect(parseBriefArgs(['JP', '--from'])).toMatchObject({ ok: false });
  });

  it('writes the Markdown brief', async () => {
    const out = new PassThrough();
    const err = new PassThrough();
    let text = '';
    out.on('data', (d) => (text += d));
    const code = await briefCommand.run(['JP', '--from', 'US'], { stdout: out, stderr: err, stdin: new PassThrough() } as never);
    expect(code).toBe(0);
    expect(text).toMatch(/## Before the call[\s\S]*## In the room[\s\S]*## After the call/);
  });
});
