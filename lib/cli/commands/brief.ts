/**
 * `cli brief <CC> --from <CC>`: the "prepare for a call" one-pager for talking to someone in
 * <CC>, as Markdown (default) or as the Brief structure (`--json`). Optional CRM context:
 * `--company`, `--role`, `--stage`, `--name`. Same pure function the extension's background calls.
 */
import { buildBrief, briefToMarkdown, loadBriefLang } from '../../brief/index';
import { getProfile } from '../../profiles/index';
import type { RecordFields } from '../../protocol';
import type { CliCommand } from '../types';

const FLAGS_WITH_VALUE = new Set(['--from', '--company', '--role', '--stage', '--name', '--locale']);

/** Parse `<CC> [--from CC] [--json] [--company X] [--role X] [--stage X] [--name X] [--locale tag]`. */
export function parseBriefArgs(args: string[]): { ok: true; to: string; from: string | null; json: boolean; record: RecordFields; locale?: string } | { ok: false; error: string } {
  const values: Record<string, string> = {};
  const positional: string[] = [];
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--json') json = true;
    else if (FLAGS_WITH_VALUE.has(a)) {
      const v = args[++i];
      if (v === undefined || v.startsWith('--')) return { ok: false, error: `${a} needs a value` };
      values[a] = v;
    } else if (a.startsWith('--')) return { ok: false, error: `unknown option ${a}` };
    else positional.push(a);
  }
  if (positional.length !== 1) return { ok: false, error: 'give exactly one counterpart country code' };
  const cc = (s: string) => s.trim().toUpperCase();
  const to = cc(positional[0]);
  const from = values['--from'] ? cc(values['--from']) : null;
  for (const c of [to, from]) if (c !== null && !/^[A-Z]{2}$/.test(c)) return { ok: false, error: `not an ISO 3166-1 alpha-2 code: ${c.slice(0, 20)}` };
  const record: RecordFields = {};
  if (values['--company']) record.company = values['--company'];
  if (values['--role']) record.role = values['--role'];
  if (values['--stage']) record.dealStage = values['--stage'];
  if (values['--name']) record.name = values['--name'];
  return { ok: true, to, from, json, record, locale: values['--locale'] };
}

export const brief: CliCommand = {
  summary: 'negotiation brief for a country pair, as Markdown or JSON',
  usage: 'brief <CC> --from <CC> [--json] [--locale de|fr|es|pt|ja|zh] [--company X] [--role X] [--stage X] [--name X]',
  async run(args, io) {
    const p = parseBriefArgs(args);
    if (!p.ok) {
      io.stderr.write(`${p.error}\nusage: ${this.usage}\n`);
      return 2;
    }
    const to = getProfile(p.to);
    if (!to) {
      io.stderr.write(`no profile for country ${p.to}\n`);
      return 1;
    }
    const from = p.from ? getProfile(p.from) : null;
    if (p.from && !from) {
      io.stderr.write(`no profile for country ${p.from}\n`);
      return 1;
    }
    if (p.locale) await loadBriefLang(p.locale);
    const b = buildBrief(to, from, { record: Object.keys(p.record).length ? p.record : undefined, locale: p.locale });
    io.stdout.write(p.json ? `${JSON.stringify(b, null, 2)}\n` : briefToMarkdown(b));
    return 0;
  },
};
