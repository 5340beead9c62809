/**
 * `cli detect-lang --jsonl`: `{id, text, hint?}` per line in, `{id, lang, confidence}` out, with
 * `lang` ISO 639-1 or `und`. Without `--jsonl`, detects the text on stdin.
 */
import { z } from 'zod';
import { detectLanguage } from '../../locale/index';
import { runJsonl } from '../jsonl';
import type { CliCommand } from '../types';

const Line = z.object({
  id: z.unknown().optional(),
  text: z.string(),
  hint: z.object({ lang: z.string(), reliable: z.boolean() }).optional(),
});

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

export const detectLang: CliCommand = {
  summary: 'detect the language of email text (ISO 639-1 or und)',
  usage: 'detect-lang --jsonl < lines.jsonl  ({id, text, hint?} per line)   |   detect-lang < email.txt',
  async run(args, io) {
    if (args.includes('--jsonl')) {
      const { errors } = await runJsonl(io.stdin, io.stdout, Line, (v) => {
        const g = detectLanguage(v.text, v.hint ? { hint: v.hint } : {});
        return { id: v.id ?? null, lang: g.lang, confidence: g.confidence };
      });
      return errors > 0 ? 1 : 0;
    }
    if (args.length > 0) {
      io.stderr.write(`usage: ${this.usage}\n`);
      return 2;
    }
    const g = detectLanguage(await readAll(io.stdin));
    io.stdout.write(JSON.stringify(g) + '\n');
    return 0;
  },
};
