import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/cli/commands/analyze';
import { formality } from '../../lib/cli/commands/formality';
import type { CliCommand } from '../../lib/cli/types';

async function run(cmd: CliCommand, args: string[], input: string): Promise<{ code: number; out: string[]; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const chunks: string[] = [];
  const errs: string[] = [];
  stdout.on('data', (c) => chunks.push(String(c)));
  stderr.on('data', (c) => errs.push(String(c)));
  const code = await cmd.run(args, { stdin: Readable.from([input]), stdout, stderr });
  return { code, out: chunks.join('').split('\n').filter(Boolean), err: errs.join('') };
}

describe('cli formality --jsonl', () => {
  it('answers every line with its id, and bad lines with an error', async () => {
    const input = [
      JSON.stringify({ id: 1, text: 'Können Sie mir bitte helfen?' }),
      'not json',
      JSON.stringify({ id: 'x', text: 'hey wanna grab lunch lol', lang: 'en' }),
      JSON.stringify({ id: 3 }),
    ].join('\n');
    const { code, out } = await run(formality, ['--jsonl'], input);
    expect(code).toBe(1);
    const rows = out.map((l) => JSON.parse(l));
    expect(rows).toHaveLength(4);
    expect(rows[0]).toMatchObject({ id: 1, lang: 'de' });
    expect(rows[1].error).toMatch(/invalid JSON/);
    expect(rows[2]).toMatchObject({ id: 'x', lang: 'en' });
    expect(rows[2].formality).toBeLessThan(rows[0].formality);
    expect(rows[3]).toMatchObject({ id: 3 });
    expect(rows[3].error).toBeTruthy();
    for (const r of [rows[0], rows[2]]) for (const k of ['formality', 'politeness']) expect(Math.abs(r[k])).toBeLessThanOrEqual(1);
  });
});

describe('cli analyze --jsonl', () => {
  it('returns the target and suggestions with spans into the draft', async () => {
    const draft = 'Hi Kenji,\n\nCan you send me a ballpark figure ASAP?\n\nCheers,\nBob';
    const input = [
      JSON.stringify({ id: 'a', draft, to: 'jp', from: 'US', name: 'Kenji Tanaka', now: '2026-03-11T10:00:00Z' }),
      JSON.stringify({ id: 'b', draft: 'x', to: 'Japan' }),
    ].join('\n');
    const { code, out } = await run(analyze, ['--jsonl'], input);
    expect(code).toBe(1);
    const [a, b] = out.map((l) => JSON.parse(l));
    expect(a.id).toBe('a');
    expect(a.lang).toBe('en');
    expect(a.target.country).toBe('JP');
    expect(typeof a.formality).toBe('number');
    const cats = a.suggestions.map((s: { category: string }) => s.category);
    expect(cats).toEqual(expect.arrayContaining(['greeting', 'idiom', 'pressure', 'sign-off']));
    const g = a.suggestions.find((s: { category: string }) => s.category === 'greeting');
    expect(draft.slice(g.start, g.end)).toBe('Hi Kenji,');
    expect(g.replacement).toBe('Dear Mr. Tanaka,');
    expect(b).toMatchObject({ id: 'b' });
    expect(b.error).toMatch(/ISO 3166/);
  });
  it('refuses to run without --jsonl', async () => {
    const { code, err } = await run(analyze, [], '');
    expect(code).toBe(2);
    expect(err).toMatch(/usage/);
  });
});
