/**
 * The one place where suggestion rules read a cultural stance: the curated stances per topic
 * (lib/profiles, `norms.topics`) where a country has them, the target's directness estimate only
 * where it has none, and for the leading scale a short cited list.
 */
import type { CommunicationTarget } from '../../protocol';
import { authorOf, getProfile } from '../../profiles/load';

export type StanceTopic = 'declining' | 'leading';
export interface Stance {
  value: 'indirect' | 'direct' | 'egalitarian' | 'hierarchical';
  source: string;
}

/**
 * Meyer (2014), The Culture Map, ch. 4 "Leading": the egalitarian end of the scale. Only the
 * countries placed there; everything else has no stance on this topic (say less, not guess).
 */
const EGALITARIAN = new Set(['DK', 'NL', 'SE', 'AU', 'IL', 'NO', 'FI']);
const MEYER_LEADING = 'Meyer (2014), The Culture Map, ch. 4 "Leading": egalitarian end of the scale';

export function stanceOf(country: string | null | undefined, topic: StanceTopic, target?: CommunicationTarget | null): Stance | null {
  const cc = (country ?? '').toUpperCase();
  if (topic === 'leading') return EGALITARIAN.has(cc) ? { value: 'egalitarian', source: MEYER_LEADING } : null;
  // Declining: how plainly a "no" is said. The curated stances on disagreeing and on negative
  // feedback decide (one source of truth per topic); only where a country has none does the
  // target's directness estimate stand in, and then only at the clear ends of the scale.
  const topics = getProfile(cc)?.norms?.topics;
  const disagreeing = topics?.disagreeing;
  const feedback = topics?.feedback;
  if (disagreeing || feedback) {
    const d = disagreeing?.value.stance;
    const f = feedback?.value.stance;
    const cite = (t: typeof disagreeing) => (t ? t.value.cite.map(authorOf).join('; ') : '');
    if (d === 'avoided' || (f === 'indirect' && d !== 'open')) return { value: 'indirect', source: `curated: disagreement ${d ?? '–'}, feedback ${f ?? '–'} (${[cite(disagreeing), cite(feedback)].filter(Boolean).join('; ')})` };
    if (d === 'open' && f !== 'indirect') return { value: 'direct', source: `curated: disagreement ${d}, feedback ${f ?? '–'} (${cite(disagreeing)})` };
    return null;
  }
  if (!target || target.country !== cc) return null;
  const basis = target.explanations.find((e) => /^directness/i.test(e.text));
  const source = basis?.sources.join('; ') || `Glocal communication target for ${cc}`;
  if (target.directness < 0.45) return { value: 'indirect', source };
  if (target.directness >= 0.7) return { value: 'direct', source };
  return null;
}
