/**
 * Copies the SVG flags of country-flag-icons (MIT) into public/flags/, so the extension ships
 * them as local files: an <img> per flag loads only the flags on screen, and nothing is fetched
 * from the network. Run after upgrading the package; test/ui/flags.test.ts checks the copies match.
 *
 * Usage: node scripts/copy-flags.mjs
 */
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(new URL('..', import.meta.url).pathname);
const from = join(root, 'node_modules', 'country-flag-icons', '3x2');
const to = join(root, 'public', 'flags');
rmSync(to, { recursive: true, force: true });
mkdirSync(to, { recursive: true });
const files = readdirSync(from).filter((f) => /^[A-Z]{2}\.svg$/.test(f));
for (const f of files) copyFileSync(join(from, f), join(to, f));
copyFileSync(join(root, 'node_modules', 'country-flag-icons', 'LICENSE'), join(to, 'LICENSE.txt'));
console.log(`copy-flags: ${files.length} flags to public/flags/`);
