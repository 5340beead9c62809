/** Loading the site fixtures: each HTML file's header comment names its site, variant, URL, date and source. */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const FIXTURES = resolve(__dirname, '..', 'fixtures', 'sites');

export interface Fixture {
  dir: string;
  file: string;
  html: string;
  header: Record<string, string>;
  lang: string;
  expected: Record<string, unknown> | null;
}

/** The `key: value` lines of the first comment; continuation lines are appended to the previous key. */
export function parseHeader(html: string): Record<string, string> {
  const m = /<!--([\s\S]*?)-->/.exec(html);
  const out: Record<string, string> = {};
  let last = '';
  for (const line of (m?.[1] ?? '').split('\n')) {
    const kv = /^\s{2}(\w+):\s*(.*)$/.exec(line);
    if (kv) {
      last = kv[1];
      out[last] = kv[2].trim();
    } else if (last && line.trim()) out[last] += ' ' + line.trim();
  }
  return out;
}

export function loadFixtures(): Fixture[] {
  const out: Fixture[] = [];
  for (const dir of readdirSync(FIXTURES).sort()) {
    for (const file of readdirSync(join(FIXTURES, dir)).filter((f) => f.endsWith('.html')).sort()) {
      const html = readFileSync(join(FIXTURES, dir, file), 'utf8');
      const exp = join(FIXTURES, dir, file.replace(/\.html$/, '.expected.json'));
      out.push({
        dir,
        file,
        html,
        header: parseHeader(html),
        lang: /<html[^>]*\blang="([^"]+)"/.exec(html)?.[1] ?? '',
        expected: existsSync(exp) ? JSON.parse(readFileSync(exp, 'utf8')) : null,
      });
    }
  }
  return out;
}
