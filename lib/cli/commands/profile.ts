/**
 * `cli profile <CC>` prints one shipped profile as JSON; `--target [--from CC]` prints the
 * communication target instead; `cli profile --all` prints every profile as JSON Lines (one per
 * country, sorted by code); `cli profile --jsonl` reads `{"id", "country", "from"?, "target"?}`
 * lines and answers each with `{id, country, profile}` or `{id, country, target}`.
 */
import { z } from 'zod';
import { communicationTarget, countryCodes, getProfile } from '../../profiles/index';
import { runJsonl } from '../jsonl';
import type { CliCommand } from '../types';

const Line = z.object({
  id: z.unknown().optional(),
  country: z.string().min(1).max(10),
  from: z.string().max(10).nullable().optional(),
  target: z.boolean().optional(),
});

function answer(country: string, from: string | null | undefined, target: boolean): Record<string, unknown> {
  const to = getProfile(country);
  if (!to) throw new Error(`no profile for country ${country.slice(0, 20)}`);
  if (!target) return { country: to.country, profile: to };
  const f = from ? getProfile(from) : null;
  if (from && !f) throw new Error(`no profile for country ${from.slice(0, 20)}`);
  return { country: to.country, target: communicationTarget(to, f) };
}

export const profile: CliCommand = {
  summary: 'one country profile (JSON), every profile (--all, JSON Lines), or the communication target (--target)',
  usage: 'profile <CC> [--target [--from CC]] | profile --all | profile --jsonl < lines',
  async run(args, io) {
    if (args.includes('--all')) {
      if (args.length !== 1) {
        io.stderr.write(`--all takes no other arguments\nusage: ${this.usage}\n`);
        return 2;
      }
      for (const cc of countryCodes()) io.stdout.write(JSON.stringify(getProfile(cc)) + '\n');
      return 0;
    }
    if (args.includes('--jsonl')) {
      const r = await runJsonl(io.stdin, io.stdout, Line, (l) => ({ id: l.id ?? null, ...answer(l.country, l.from, !!l.target) }));
      return r.errors ? 1 : 0;
    }
    let target = false;
    let from: string | null = null;
    const positional: string[] = [];
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      if (a === '--target') target = true;
      else if (a === '--from') {
        from = args[++i] ?? null;
        if (!from || from.startsWith('--')) {
          io.stderr.write(`--from needs a country code\nusage: ${this.usage}\n`);
          return 2;
        }
      } else if (a.startsWith('--')) {
        io.stderr.write(`unknown option ${a}\nusage: ${this.usage}\n`);
        return 2;
      } else positional.push(a);
    }
    if (positional.length !== 1) {
      io.stderr.write(`give exactly one ISO 3166-1 alpha-2 country code\nusage: ${this.usage}\n`);
      return 2;
    }
    try {
      const a = answer(positional[0], from, target);
      io.stdout.write(JSON.stringify(target ? a.target : a.profile, null, 2) + '\n');
      return 0;
    } catch (e) {
      io.stderr.write(`${(e as Error).message}\n`);
      return 1;
    }
  },
};
