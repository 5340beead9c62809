/**
 * `cli formality --jsonl`: `{id, text, lang?}` per line in, `{id, lang, formality, politeness}`
 * out (draft-level scores in [-1, 1]). Without `--jsonl`, scores the text on stdin and prints the
 * scores of the whole text and of each sentence, with `sentenceBreakdown` (the language, role,
 * weight and pull of each sentence on the draft's formality).
 */
import { z } from 'zod';
import { analyzeDraft, scoreText } from '../../analysis/index';
import { runJsonl } from '../jsonl';
import type { CliCommand } from '../types';

const Line = z.object({
  id: z.unknown().optional(),
  text: z.string().max(200_000),
  lang: z.string().max(35).optional(),
});

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

export const formality: CliCommand = {
  summary: 'score formality and politeness of text (-1 … 1)',
  usage: 'formality --jsonl < lines.jsonl  ({id, text, lang?} per line)   |   formality [--lang xx] < text.txt',
  async run(args, io) {
    if (args.includes('--jsonl')) {
      const { errors } = await runJsonl(io.stdin, io.stdout, Line, (v) => {
        const r = scoreText(v.text, v.lang);
        return { id: v.id ?? null, lang: r.lang, formality: r.scores.formality, politeness: r.scores.politeness };
      });
      return errors > 0 ? 1 : 0;
    }
    const li = args.indexOf('--lang');
    const lang = li >= 0 ? args[li + 1] : undefined;
    if ((li >= 0 && !lang) || args.some((a, i) => a !== '--lang' && i !== li + 1)) {
      io.stderr.write(`usage: ${this.usage}\n`);
      return 2;
    }
    const text = await readAll(io.stdin);
    const { sentenceBreakdown } = analyzeDraft({ draft: text, lang, target: null, maxChars: 200_000 });
    io.stdout.write(JSON.stringify({ ...scoreText(text, lang), sentenceBreakdown }) + '\n');
    return 0;
  },
};
