/** `cli callprep` and `cli practice mix`: the commands that reproduce the report's figures. */
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../lib/cli/main';

async function run(args: string[]) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c) => (out += c));
  stderr.on('data', (c) => (err += c));
  const code = await main(args, { stdin: Readable.from(['']), stdout, stderr });
  return { code, out, err };
}

describe('cli callprep', () => {
  it('prints the call brief for record fields as Markdown', async () => {
    const { code, out } = await run(['callprep', '--name', 'Ana Souza', '--title', 'Diretora de Compras', '--country', 'Brasil', '--from', 'DE', '--tz', 'Europe/Berlin', '--at', '2026-12-02T09:00:00Z']);
    expect(code).toBe(0);
    expect(out).toMatch(/^# Call with Ana Souza \(Diretora de Compras\) — Brazil/);
    expect(out).toContain('- Wed 2 Dec, 13:00–18:00 your time (Europe/Berlin) = Wed 2 Dec, 09:00–14:00 theirs');
    expect(out).toContain('Christmas Day');
  });

  it('fails clearly without a country, and on bad options', async () => {
    expect((await run(['callprep', '--name', 'X'])).code).toBe(1);
    expect((await run(['callprep', '--bogus', 'x'])).code).toBe(2);
    expect((await run(['callprep', '--country', 'JP', '--at', 'yesterday'])).code).toBe(2);
  });
});

describe('cli practice mix', () => {
  it('reports the mix per kind and meets the targets for the countries written to most', async () => {
    const { code, out } = await run(['practice', 'mix', 'US,DE,JP,CN,GB,FR,IN,BR,MX,SA', '--from', 'DE', '--year', '2026']);
    expect(code).toBe(0);
    const rows = out.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows).toHaveLength(10);
    for (const r of rows) {
      expect(r.meetsTargets).toBe(true);
      expect(r.triviaShare).toBeLessThanOrEqual(0.2);
      expect(r.scenario).toBeGreaterThanOrEqual(24);
    }
  });
});
