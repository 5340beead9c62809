/**
 * `npm run --silent cli -- <command> [args]`: the same lib/ code the extension runs, in Node.
 */
import { commands } from './commands/index';
import type { CliIo } from './types';

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === 'help' || name === '--help') {
    io.stdout.write('usage: cli <command> [args]\n\ncommands:\n');
    for (const [n, c] of Object.entries(commands).sort()) io.stdout.write(`  ${n.padEnd(12)} ${c.summary}\n`);
    return name ? 0 : 1;
  }
  const cmd = commands[name];
  if (!cmd) {
    io.stderr.write(`unknown command: ${name} (try: cli help)\n`);
    return 2;
  }
  return cmd.run(args, io);
}

const isEntry = process.argv[1] && /lib[\\/]cli[\\/]main\.ts$/.test(process.argv[1]);
if (isEntry) {
  main(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`error: ${(e as Error).message}\n`);
      process.exitCode = 1;
    },
  );
}
