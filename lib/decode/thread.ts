/**
 * The reading lens over a thread: each received message read through its sender's culture.
 * The caller says how to place a sender (the background uses the recipient inference it already
 * has, then the address's country-code domain); messages the user wrote are skipped.
 */
import { decode, type Reading } from './index';
import { senderCountry } from './sender';

export interface LensMessage {
  /** Index of the message in the thread as given. */
  index: number;
  from: string | null;
  country: string | null;
  lang: string;
  readings: Reading[];
}

/** The lens reads at most this many of the latest messages, each up to this many characters. */
export const LENS_BUDGET = { messages: 12, chars: 4_000 };

export function readThread(
  thread: ReadonlyArray<{ from?: string; text: string }>,
  opts: { countryOf?: (from: string) => string | null; isSelf?: (from: string) => boolean } = {},
): LensMessage[] {
  const out: LensMessage[] = [];
  const first = Math.max(0, thread.length - LENS_BUDGET.messages);
  for (let i = first; i < thread.length; i++) {
    const m = thread[i];
    const from = m.from?.trim() || null;
    if (from && opts.isSelf?.(from)) continue;
    const country = (from && (opts.countryOf?.(from) ?? senderCountry(from))) || null;
    const r = decode({ text: m.text.slice(0, LENS_BUDGET.chars), country });
    if (r.readings.length) out.push({ index: i, from, country, lang: r.lang, readings: r.readings });
  }
  return out;
}
