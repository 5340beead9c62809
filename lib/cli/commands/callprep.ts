/**
 * `cli callprep --country X [--name X] [--title X] [--company X] [--stage X] [--city X] [--to CC]
 * [--from CC] [--tz Zone] [--at ISO] [--json]`: "Prepare for a call" from CRM record fields, as
 * the Markdown the side panel exports (or the structure, with `--json`). The same function the
 * background runs for the side panel.
 */
import { handleCallPrep } from '../../callprep/service';
import { getProfile } from '../../profiles/index';
import type { RecordFields } from '../../protocol';
import type { CliCommand } from '../types';

const FIELDS: Record<string, keyof RecordFields> = { '--country': 'country', '--name': 'name', '--title': 'role', '--company': 'company', '--stage': 'dealStage', '--city': 'city', '--address': 'address' };
const OTHER = new Set(['--to', '--from', '--tz', '--at']);

export const callprep: CliCommand = {
  summary: 'call brief from CRM record fields (local time, call windows, holidays and seasons, rank advice, country brief) as Markdown',
  usage: 'callprep --country X [--name X] [--title X] [--company X] [--stage X] [--city X] [--to CC] [--from CC] [--tz Zone] [--at ISO-8601] [--json]',
  async run(args, io) {
    const record: RecordFields = {};
    const opts: Record<string, string> = {};
    let json = false;
    const bad = (msg: string) => {
      io.stderr.write(`${msg}\nusage: ${this.usage}\n`);
      return 2;
    };
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      if (a === '--json') {
        json = true;
        continue;
      }
      if (!(a in FIELDS) && !OTHER.has(a)) return bad(`unknown option ${a}`);
      const v = args[++i];
      if (v === undefined || v.startsWith('--')) return bad(`${a} needs a value`);
      if (a in FIELDS) record[FIELDS[a]] = v;
      else opts[a] = v;
    }
    for (const k of ['--to', '--from']) if (opts[k] && !/^[A-Za-z]{2}$/.test(opts[k])) return bad(`${k} needs a country code, got ${opts[k]}`);
    const at = opts['--at'] ? Date.parse(opts['--at']) : Date.now();
    if (!Number.isFinite(at)) return bad(`--at needs an ISO 8601 date-time, got ${opts['--at']}`);
    try {
      const r = await handleCallPrep(
        { record, to: opts['--to']?.toUpperCase(), from: opts['--from']?.toUpperCase() ?? null, tz: opts['--tz'] ?? Intl.DateTimeFormat().resolvedOptions().timeZone, at },
        async (cc) => getProfile(cc),
      );
      io.stdout.write(json ? `${JSON.stringify({ prep: r.prep, brief: r.brief }, null, 2)}\n` : r.markdown);
      return 0;
    } catch (e) {
      io.stderr.write(`${(e as Error).message}\n`);
      return 1;
    }
  },
};
