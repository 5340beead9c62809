/**
 * `cli decode --jsonl`: `{id, text, lang?, from?}` per line in, `{id, readings: [{start, end,
 * meaning, confidence, basis}]}` out, where `from` is the sender's country code or address.
 * The same code the side panel's reading lens runs. Without `--jsonl`, reads one message on
 * stdin (`--lang xx`, `--from CC|address`) and prints its readings.
 */
import { z } from 'zod';
import { decode } from '../../decode/index';
import { senderCountry } from '../../decode/sender';
import { runJsonl } from '../jsonl';
import type { CliCommand } from '../types';

const Line = z.object({
  id: z.unknown().optional(),
  text: z.string().max(200_000),
  lang: z.string().max(35).optional(),
  from: z.string().max(320).optional(),
});

function answer(text: string, lang?: string, from?: string) {
  const r = decode({ text, lang, country: senderCountry(from) });
  return {
    lang: r.lang,
    readings: r.readings.map(({ start, end, meaning, confidence, basis }) => ({ start, end, meaning, confidence, basis })),
  };
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

function flag(args: string[], name: string): string | undefined | false {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const v = args[i + 1];
  return v && !v.startsWith('--') ? v : false;
}

export const decodeCmd: CliCommand = {
  summary: 'read a received message through its sender\'s culture (phrase tables, cited)',
  usage: 'decode --jsonl < lines.jsonl  ({id, text, lang?, from?} per line)   |   decode [--lang xx] [--from CC|address] < message.txt',
  async run(args, io) {
    if (args.includes('--jsonl')) {
      const { errors } = await runJsonl(io.stdin, io.stdout, Line, (v) => {
        const { readings } = answer(v.text, v.lang, v.from);
        return { id: v.id ?? null, readings };
      });
      return errors > 0 ? 1 : 0;
    }
    const lang = flag(args, '--lang');
    const from = flag(args, '--from');
    const known = new Set(['--lang', '--from']);
    const stray = args.some((a, i) => !known.has(a) && !known.has(args[i - 1] ?? ''));
    if (lang === false || from === false || stray) {
      io.stderr.write(`usage: ${this.usage}\n`);
      return 2;
    }
    io.stdout.write(JSON.stringify(answer(await readAll(io.stdin), lang, from), null, 2) + '\n');
    return 0;
  },
};
