/** `cli profile` and `cli compare`, through the same entry point the terminal uses. */
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../lib/cli/main';

async function run(argv: string[], stdin = ''): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d) => (out += d));
  stderr.on('data', (d) => (err += d));
  const code = await main(argv, { stdin: Readable.from([stdin]), stdout, stderr });
  return { code, out, err };
}

describe('cli profile', () => {
  it('--all prints one JSON line per country with provenance-carrying Hofstede values', async () => {
    const r = await run(['profile', '--all']);
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(249);
    for (const l of lines) {
      expect(l.country).toMatch(/^[A-Z]{2}$/);
      for (const k of ['pdi', 'idv', 'mas', 'uai', 'lto', 'ivr']) {
        const v = l.dimensions.hofstede[k];
        expect(v === null || (typeof v.value === 'number' && typeof v.source === 'string' && v.version && v.kind)).toBeTruthy();
      }
    }
    expect(lines.find((l) => l.country === 'JP').dimensions.hofstede.uai.value).toBe(92);
    expect(lines.find((l) => l.country === 'BJ').dimensions.hofstede.pdi).toBeNull();
  });

  it('prints one profile, or the target, and fails clearly on a bad code', async () => {
    expect(JSON.parse((await run(['profile', 'de'])).out).name).toBe('Germany');
    const t = JSON.parse((await run(['profile', 'JP', '--target', '--from', 'US'])).out);
    expect(t).toMatchObject({ country: 'JP', from: 'US', firstNames: false });
    const bad = await run(['profile', 'XX']);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/no profile for country XX/);
    expect((await run(['profile'])).code).toBe(2);
  });

  it('--jsonl answers each line, and a bad line does not stop the rest', async () => {
    const r = await run(['profile', '--jsonl'], '{"id":1,"country":"BR"}\nnot json\n{"id":3,"country":"XX"}\n{"id":4,"country":"FR","target":true,"from":"DE"}\n');
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual([1, null, 3, 4]);
    expect(lines[0].profile.country).toBe('BR');
    expect(lines[1].error).toMatch(/invalid JSON/);
    expect(lines[2].error).toMatch(/no profile/);
    expect(lines[3].target.country).toBe('FR');
    expect(r.code).toBe(1);
  });
});

describe('cli compare', () => {
  it('prints the large gaps and their meaning', async () => {
    const r = await run(['compare', 'DK', 'JP']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/MAS: Denmark 16 vs Japan 95/);
    const j = JSON.parse((await run(['compare', 'DK', 'JP', '--json'])).out);
    expect(j.gaps.find((g: { dimension: string }) => g.dimension === 'MAS').size).toBe('large');
    expect((await run(['compare', 'DK'])).code).toBe(2);
    expect((await run(['compare', 'DK', 'XX'])).code).toBe(1);
  });
});
