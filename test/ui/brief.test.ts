// The negotiation brief: structure, provenance, missing data and the Markdown export.
import { describe, expect, it } from 'vitest';
import { buildBrief, briefToMarkdown, largestGaps, dimensionScores, mainLanguage } from '../../lib/brief/index';
import { parseBriefArgs, brief as briefCommand } from '../../lib/cli/commands/brief';
import { getProfile, type CountryProfile } from '../../lib/profiles/index';
import { PassThrough } from 'node:stream';

const REQUIRED = ['relationship', 'decisions', 'communication', 'disagreement', 'time', 'etiquette', 'openers', 'dos', 'donts'];

function profile(cc: string): CountryProfile {
  const p = getProfile(cc);
  if (!p) throw new Error(`no shipped profile for ${cc}`);
  return p;
}

/** A profile with every score and norm removed: nothing to go on. */
function bare(cc: string): CountryProfile {
  const p = structuredClone(profile(cc));
  for (const k of Object.keys(p.dimensions.hofstede) as Array<keyof typeof p.dimensions.hofstede>) p.dimensions.hofstede[k] = null;
  p.dimensions.hofstedeRegion = null;
  p.dimensions.globe = null;
  p.norms = null;
  return p;
}

describe('buildBrief', () => {
  it('covers every required topic for a country pair, each with content', () => {
    const b = buildBrief(profile('JP'), profile('US'));
    expect(b.sections.map((s) => s.id)).toEqual(REQUIRED);
    for (const s of b.sections) expect(s.items.length, s.id).toBeGreaterThan(0);
    expect(b.title).toBe('Call brief: Japan (from United States)');
    expect(b.language).toBe('ja');
  });

  it('cites a source for every statement resting on data, and lists the sources', () => {
    const b = buildBrief(profile('DE'), profile('BR'));
    const hofstede = b.sections.flatMap((s) => s.items).filter((i) => i.basis.some((x) => x.startsWith('Hofstede')));
    expect(hofstede.length).toBeGreaterThan(3);
    for (const i of hofstede) expect(i.basis.join(' ')).toMatch(/\((regional, )?(measured|estimated|derived|curated)\)/);
    expect(b.sources.some((s) => /Hofstede/.test(s) && /measured/.test(s))).toBe(true);
  });

  it('contrasts the two countries where they differ most', () => {
    const jp = profile('JP');
    const us = profile('US');
    const gaps = largestGaps(jp, us);
    expect(gaps.length).toBeGreaterThan(0);
    for (let i = 1; i < gaps.length; i++) expect(Math.abs(gaps[i - 1].diff)).toBeGreaterThanOrEqual(Math.abs(gaps[i].diff));
    const text = buildBrief(jp, us).sections.flatMap((s) => s.items.map((i) => i.text)).join('\n');
    expect(text).toMatch(/Compared with United States, Japan is/);
    // Without a home country there is nothing to compare with.
    expect(buildBrief(jp, null).sections.flatMap((s) => s.items.map((i) => i.text)).join('\n')).not.toMatch(/Compared with/);
  });

  it('says data is missing instead of guessing', () => {
    const b = buildBrief(bare('FR'), null);
    const byId = Object.fromEntries(b.sections.map((s) => [s.id, s.items.map((i) => i.text).join(' ')]));
    for (const id of ['relationship', 'decisions', 'disagreement', 'time', 'dos']) expect(byId[id], id).toMatch(/^No .* data for France/);
    expect(b.sources.filter((s) => /Hofstede/.test(s))).toEqual([]);
  });

  it('uses the regional fallback only with a label', () => {
    // Saudi Arabia has no row of its own in the Hofstede matrix, only the "Arab countries" one.
    const sa = profile('SA');
    expect(sa.dimensions.hofstede.pdi).toBeNull();
    expect(sa.dimensions.hofstedeRegion).not.toBeNull();
    const basis = buildBrief(sa, null).sections.flatMap((s) => s.items.flatMap((i) => i.basis));
    expect(basis.some((x) => /regional/.test(x))).toBe(true);
  });

  it('is enriched from the CRM record', () => {
    const b = buildBrief(profile('JP'), profile('DE'), { record: { company: 'Acme KK', role: 'Director of Sales', dealStage: 'Negotiation', name: 'Sato Hiroshi' } });
    const ctx = b.sections.find((s) => s.id === 'context');
    expect(ctx?.items.map((i) => i.text).join(' ')).toMatch(/Sato Hiroshi, Director of Sales at Acme KK.*Negotiation stage/);
    expect(buildBrief(profile('JP'), null, { record: {} }).sections.find((s) => s.id === 'context')).toBeUndefined();
  });

  it('gives openers in the local language', () => {
    const openers = buildBrief(profile('DE'), null).sections.find((s) => s.id === 'openers')!;
    expect(openers.items.map((i) => i.text).join(' ')).toMatch(/Guten Tag/);
    expect(mainLanguage({ country: 'BR' })).toBe('pt');
  });

  it('is deterministic', () => {
    expect(buildBrief(profile('IN'), profile('GB'))).toEqual(buildBrief(profile('IN'), profile('GB')));
  });
});

describe('briefToMarkdown', () => {
  it('has a heading per non-empty section and escapes record text', () => {
    const b = buildBrief(profile('JP'), profile('US'), { record: { company: '<script>*x*</script> # [a](b)' } });
    const md = briefToMarkdown(b);
    expect(md.startsWith('# Call brief: Japan (from United States)\n')).toBe(true);
    for (const s of b.sections) expect(md).toContain(`## ${s.title.replace(/'/g, "'")}`);
    expect(md).not.toContain('<script>');
    expect(md).toContain('\\<script\\>\\*x\\*');
    expect(md).toContain('## Sources');
  });
});

describe('dimensionScores', () => {
  it('keeps missing scores as null', () => {
    const rows = dimensionScores(bare('FR'), 'hofstede');
    expect(rows.map((r) => r.dim)).toEqual(['pdi', 'idv', 'mas', 'uai', 'lto', 'ivr']);
    expect(rows.every((r) => r.score === null)).toBe(true);
    const globe = dimensionScores(profile('JP'), 'globe');
    expect(globe).toHaveLength(9);
    expect(globe.some((r) => r.score && r.score.value >= 1 && r.score.value <= 7)).toBe(true);
  });
});

describe('cli brief', () => {
  it('parses its arguments', () => {
    expect(parseBriefArgs(['jp', '--from', 'us', '--json'])).toMatchObject({ ok: true, to: 'JP', from: 'US', json: true });
    expect(parseBriefArgs(['JP', '--from'])).toMatchObject({ ok: false });
    expect(parseBriefArgs(['JPN'])).toMatchObject({ ok: false });
    expect(parseBriefArgs([])).toMatchObject({ ok: false });
    expect(parseBriefArgs(['DE', '--bogus'])).toMatchObject({ ok: false });
  });

  async function run(args: string[]) {
    const out = new PassThrough();
    const err = new PassThrough();
    let stdout = '';
    let stderr = '';
    out.on('data', (d) => (stdout += d));
    err.on('data', (d) => (stderr += d));
    const code = await briefCommand.run(args, { stdin: new PassThrough(), stdout: out, stderr: err });
    return { code, stdout, stderr };
  }

  it('prints Markdown, or the structure with --json', async () => {
    const md = await run(['DE', '--from', 'JP']);
    expect(md.code).toBe(0);
    expect(md.stdout).toMatch(/^# Call brief: Germany \(from Japan\)/);
    const js = await run(['DE', '--from', 'JP', '--json']);
    expect(JSON.parse(js.stdout).sections.map((s: { id: string }) => s.id)).toEqual(REQUIRED);
    const bad = await run(['ZZ']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/no profile/);
  });
});
