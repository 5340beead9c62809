/**
 * The background's `callPrep` request: the counterpart's country from the record (or the user's
 * choice), the call section (lib/callprep) and the country brief (lib/brief), with both as one
 * Markdown export. The brief is reached through `countryBrief` only, so its restructuring
 * (Before / In the room / After) reaches the export without changes here.
 */
import { buildBrief, briefToMarkdown, type Brief } from '../brief/index';
import type { CountryProfile } from '../profiles/schema';
import type { RecordFields } from '../protocol';
import { buildCallPrep, callPrepToMarkdown, recordCountry, type CallPrep } from './index';

export interface CallPrepResult {
  prep: CallPrep;
  brief: Brief;
  markdown: string;
}

/** Adapter to the brief module: the brief for this pair and record, and its Markdown. */
export function countryBrief(to: CountryProfile, from: CountryProfile | null, record: RecordFields): { brief: Brief; markdown: string } {
  // The call section gives the rank advice from the title; the brief gets the record without it,
  // so the two never disagree about who the person is.
  const brief = buildBrief(to, from, { record: { ...record, role: undefined } });
  return { brief, markdown: briefToMarkdown(brief) };
}

export async function handleCallPrep(
  p: { record: RecordFields; to?: string; from?: string | null; tz?: string; at: number },
  profileOf: (cc: string) => Promise<CountryProfile | null>,
): Promise<CallPrepResult> {
  const inferred = recordCountry(p.record);
  const cc = p.to ?? inferred;
  if (!cc) throw new Error('The record names no country: choose one.');
  const to = await profileOf(cc);
  if (!to) throw new Error(`no profile for ${cc}`);
  const from = p.from && p.from !== cc ? await profileOf(p.from) : null;
  const prep = buildCallPrep({
    record: p.record,
    profile: to,
    countryFrom: p.to && p.to !== inferred ? 'chosen' : 'record',
    home: p.from ?? null,
    yourTimeZone: p.tz ?? null,
    now: new Date(p.at),
  });
  const b = countryBrief(to, from, p.record);
  return { prep, brief: b.brief, markdown: callPrepToMarkdown(prep, b.markdown) };
}
