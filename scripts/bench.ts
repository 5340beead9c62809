/**
 * `npm run bench [-- --json] [-- --only name,name] [-- --quick]`: every benchmark module in
 * bench/index.ts. Prints a table, or with --json one JSON object keyed by figure name.
 * Modules that need the built extension trigger one `wxt build` first.
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { modules } from '../bench/index';
import type { Figure } from '../bench/types';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const json = args.includes('--json');
const quick = args.includes('--quick');
const onlyArg = args.find((a) => a.startsWith('--only'));
const only = onlyArg ? (onlyArg.includes('=') ? onlyArg.split('=')[1] : args[args.indexOf(onlyArg) + 1]).split(',') : null;
const log = (s: string) => (json ? process.stderr.write(s + '\n') : process.stdout.write(s + '\n'));

const selected = modules.filter((m) => !only || only.includes(m.name));
if (selected.some((m) => m.needs?.includes('build')) && !args.includes('--no-build')) {
  log('building the extension for the bundle and browser figures…');
  execSync('npx wxt build', { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}

const figures: Figure[] = [];
const failures: string[] = [];
for (const m of selected) {
  const t0 = performance.now();
  log(`▶ ${m.name}`);
  try {
    figures.push(...(await m.run({ root, quick })));
    log(`  done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  } catch (e) {
    failures.push(`${m.name}: ${(e as Error).message}`);
    log(`  FAILED: ${(e as Error).message}`);
  }
}

const result: Record<string, unknown> = {
  _meta: { node: process.version, date: new Date().toISOString(), quick, failures },
};
for (const f of figures) result[f.key] = { value: f.value, input: f.input, baseline: f.baseline };
mkdirSync(join(root, 'bench-output'), { recursive: true });
writeFileSync(join(root, 'bench-output', 'latest.json'), JSON.stringify(result, null, 2));

if (json) {
  process.stdout.write(JSON.stringify(result) + '\n');
} else {
  const rows = figures.map((f) => [f.key, f.display, f.input, f.baseline]);
  const head = ['figure', 'value', 'input', 'baseline'];
  const widths = head.map((h, i) => Math.min(60, Math.max(h.length, ...rows.map((r) => r[i].length))));
  const fmt = (r: string[]) => '| ' + r.map((c, i) => (c.length > widths[i] ? c.slice(0, widths[i] - 1) + '…' : c.padEnd(widths[i]))).join(' | ') + ' |';
  console.log('\n' + fmt(head));
  console.log('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|');
  for (const r of rows) console.log(fmt(r));
  if (failures.length) console.log(`\n${failures.length} module(s) failed:\n  ${failures.join('\n  ')}`);
  console.log(`\nJSON written to bench-output/latest.json${existsSync(join(root, 'bench-output')) ? '' : ''}`);
}
process.exitCode = failures.length ? 1 : 0;
