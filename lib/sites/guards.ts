/**
 * Hand-written checks for the three messages a content script receives (`ContentRequests` in
 * lib/protocol.ts). The content bundle must stay small, and zod's full build would be most of it,
 * so these guards check exactly what the content script reads. A test runs them side by side with
 * the zod schemas to keep the two in agreement.
 */
import type { Analysis } from '../protocol';

export type ApplyMessage = {
  type: 'apply';
  composeId: string;
  start: number;
  end: number;
  original: string;
  replacement: string;
  /** The span is the whole draft: refused when text follows it. */
  whole?: boolean;
};

/** The parts of an Analysis the badge reads; everything else is passed through untouched. */
export type AnalysisLike = Pick<Analysis, 'composeId' | 'suggestions' | 'scores' | 'target' | 'recipients'> & Partial<Analysis>;

export type ContentMessage = ApplyMessage | { type: 'analysis'; analysis: AnalysisLike } | { type: 'ping' } | { type: 'resend' };

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
const isNatural = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const inUnit = (v: unknown, lo: number): boolean => typeof v === 'number' && v >= lo && v <= 1;

function isAnalysis(a: unknown): a is AnalysisLike {
  if (!isObj(a) || typeof a.composeId !== 'string' || typeof a.site !== 'string') return false;
  if (!Array.isArray(a.recipients) || !Array.isArray(a.suggestions)) return false;
  if (!isObj(a.scores) || !inUnit(a.scores.formality, -1)) return false;
  if (a.target !== null && !(isObj(a.target) && inUnit(a.target.formality, 0) && typeof a.target.country === 'string')) return false;
  for (const s of a.suggestions) if (!isObj(s) || !isNatural(s.start) || !isNatural(s.end) || typeof s.id !== 'string') return false;
  for (const r of a.recipients) {
    if (!isObj(r) || typeof r.email !== 'string' || !Array.isArray(r.candidates) || typeof r.abstain !== 'boolean') return false;
    for (const c of r.candidates) if (!isObj(c) || typeof c.country !== 'string' || !/^[A-Z]{2}$/.test(c.country) || !inUnit(c.probability, 0)) return false;
  }
  return true;
}

/** Check a raw incoming message; never throws. */
export function parseContentMessage(raw: unknown): { ok: true; msg: ContentMessage } | { ok: false; error: string } {
  if (!isObj(raw)) return { ok: false, error: 'message must be an object' };
  switch (raw.type) {
    case 'ping':
      return { ok: true, msg: { type: 'ping' } };
    case 'resend':
      return { ok: true, msg: { type: 'resend' } };
    case 'analysis':
      return isAnalysis(raw.analysis) ? { ok: true, msg: { type: 'analysis', analysis: raw.analysis } } : { ok: false, error: 'invalid analysis' };
    case 'apply': {
      const { composeId, start, end, original, replacement, whole } = raw;
      if (!isStr(composeId, 200) || !isNatural(start) || !isNatural(end) || !isStr(original, 200_000) || !isStr(replacement, 40_000) || (whole !== undefined && typeof whole !== 'boolean')) {
        return { ok: false, error: 'invalid apply' };
      }
      return { ok: true, msg: { type: 'apply', composeId, start, end, original, replacement, ...(whole ? { whole: true } : {}) } };
    }
    default:
      // typeof, not String(): String() throws on an object without a prototype.
      return { ok: false, error: `unknown message type: ${typeof raw.type === 'string' ? raw.type.slice(0, 40) : typeof raw.type}` };
  }
}
