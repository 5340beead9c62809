/**
 * JSON Lines plumbing shared by every CLI command: one object per input line, one answer per
 * line, carrying the input's `id`. A bad line gets an error object; the other lines still run.
 */
import { createInterface } from 'node:readline';
import type { z } from 'zod';

export type LineError = { id: unknown; error: string };

export async function* readLines(input: NodeJS.ReadableStream): AsyncGenerator<string> {
  const rl = createInterface({ input, crlfDelay: Infinity });
  for await (const line of rl) yield line;
}

/** Parse and validate one line; never throws. */
export function parseLine<S extends z.ZodType>(
  line: string,
  schema: S,
): { ok: true; value: z.output<S> } | { ok: false; error: LineError } {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch (e) {
    return { ok: false, error: { id: null, error: `invalid JSON: ${(e as Error).message}` } };
  }
  const id = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id ?? null : null;
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: { id, error: `${issue?.path.join('.') || '(root)'}: ${issue?.message}` } };
  }
  return { ok: true, value: parsed.data };
}

/** Run `handle` over every non-blank line of `input`, writing one JSON answer per line. */
export async function runJsonl<S extends z.ZodType>(
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
  schema: S,
  handle: (value: z.output<S>) => unknown | Promise<unknown>,
): Promise<{ lines: number; errors: number }> {
  let lines = 0;
  let errors = 0;
  for await (const line of readLines(input)) {
    if (!line.trim()) continue;
    lines++;
    const p = parseLine(line, schema);
    let answer: unknown;
    if (!p.ok) {
      errors++;
      answer = p.error;
    } else {
      try {
        answer = await handle(p.value);
      } catch (e) {
        errors++;
        answer = { id: (p.value as { id?: unknown }).id ?? null, error: (e as Error).message };
      }
    }
    output.write(JSON.stringify(answer) + '\n');
  }
  return { lines, errors };
}
