import { flagUrl } from './format';

/**
 * A country's flag as a bundled SVG. Decorative by default (the country's name is in the text
 * next to it); pass `label` when the flag stands alone. Unknown codes show a neutral globe.
 */
export function Flag({ country, label, size = 18 }: { country: string | null | undefined; label?: string; size?: number }) {
  const src = flagUrl(country);
  const h = Math.round((size * 2) / 3);
  if (!src) return <span className="flag-img flag-none" style={{ inlineSize: size, blockSize: h }} role={label ? 'img' : undefined} aria-label={label} aria-hidden={label ? undefined : true} />;
  return <img className="flag-img" src={src} width={size} height={h} alt={label ?? ''} />;
}
