/**
 * `cli compare <CC> <CC>`: which dimension gaps between two countries are large and what they
 * mean for email, as text (default) or as the Comparison structure (`--json`).
 * `--jsonl` reads `{"id", "a", "b"}` lines and answers each with `{id, comparison}`.
 */
import { z } from 'zod';
import { compareCountries, getProfile, type Comparison } from '../../profiles/index';
import { runJsonl } from '../jsonl';
import type { CliCommand } from '../types';

const Line = z.object({ id: z.unknown().optional(), a: z.string().min(1).max(10), b: z.string().min(1).max(10) });

/** The comparison as plain text for a terminal. */
export function comparisonToText(c: Comparison): string {
  const name = (cc: string) => getProfile(cc)?.name ?? cc;
  const out: string[] = [`${name(c.a)} (${c.a}) vs ${name(c.b)} (${c.b})`, ''];
  out.push('In practice:');
  for (const s of c.summary) out.push(`  - ${s}`);
  const rest = c.gaps.filter((g) => g.size === 'moderate');
  if (rest.length) {
    out.push('', 'Moderate gaps:');
    for (const g of rest) out.push(`  - ${g.framework === 'hofstede' ? 'Hofstede ' : 'GLOBE '}${g.dimension}: ${g.a} vs ${g.b}. ${g.meaning ?? ''}`.trimEnd());
  }
  const small = c.gaps.filter((g) => g.size === 'small');
  if (small.length) out.push('', `Similar: ${small.map((g) => `${g.dimension} (${g.a} vs ${g.b})`).join(', ')}`);
  if (c.stances.length) {
    out.push('', 'Curated stances that differ:');
    for (const s of c.stances) out.push(`  - ${s.text}${s.opposite ? ' (opposite)' : ''}`);
  }
  if (c.norms.length) {
    out.push('', 'Curated norms:');
    for (const s of c.norms) out.push(`  - ${s}`);
  }
  if (c.missing.length) {
    out.push('', 'Not available:');
    for (const s of c.missing) out.push(`  - ${s}`);
  }
  out.push('', 'Sources: Hofstede dimension matrix 2015-12-08 (Hofstede et al. 2010); GLOBE 2004 (House et al. 2004); curated norms as cited in each profile.');
  return out.join('\n') + '\n';
}

export const compare: CliCommand = {
  summary: 'compare two countries: large dimension gaps and what they mean for email',
  usage: 'compare <CC> <CC> [--json] | compare --jsonl < lines',
  async run(args, io) {
    if (args.includes('--jsonl')) {
      const r = await runJsonl(io.stdin, io.stdout, Line, (l) => ({ id: l.id ?? null, comparison: compareCountries(l.a, l.b) }));
      return r.errors ? 1 : 0;
    }
    const json = args.includes('--json');
    const unknown = args.find((a) => a.startsWith('--') && a !== '--json');
    const codes = args.filter((a) => !a.startsWith('--'));
    if (unknown || codes.length !== 2) {
      io.stderr.write(`${unknown ? `unknown option ${unknown}` : 'give exactly two ISO 3166-1 alpha-2 country codes'}\nusage: ${this.usage}\n`);
      return 2;
    }
    try {
      const c = compareCountries(codes[0], codes[1]);
      io.stdout.write(json ? JSON.stringify(c, null, 2) + '\n' : comparisonToText(c));
      return 0;
    } catch (e) {
      io.stderr.write(`${(e as Error).message}\n`);
      return 1;
    }
  },
};
