/**
 * The one place where suggestion rules read a cultural stance. Today the stances come from the
 * communication target (built from the curated norms in lib/profiles where a country has them)
 * and, for the leading scale, from a short cited list. When the curated norms gain
 * machine-checkable stances per topic (`stanceOf(country, topic)`), repoint this function to it:
 * the rules do not change.
 */
import type { CommunicationTarget } from '../../protocol';

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
  // Declining: how plainly a "no" is said, from the target's directness (curated norms where the
  // country has an entry). Only clear ends of the scale are stances.
  if (!target || target.country !== cc) return null;
  const basis = target.explanations.find((e) => /^directness/i.test(e.text));
  const source = basis?.sources.join('; ') || `Glocal communication target for ${cc}`;
  if (target.directness < 0.45) return { value: 'indirect', source };
  if (target.directness >= 0.7) return { value: 'direct', source };
  return null;
}
