/**
 * Small deterministic helpers: the same inputs must give the same question order and the same
 * daily card on every device and every run, so nothing here may use Math.random.
 */

/** FNV-1a 32-bit hash of a string, as an unsigned integer. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A seeded pseudo-random sequence (mulberry32) in [0, 1). */
export function seeded(seed: string): () => number {
  let a = fnv1a(seed);
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A copy of `items` in an order fixed by `seed` (Fisher–Yates with a seeded sequence). */
export function shuffled<T>(items: readonly T[], seed: string): T[] {
  const out = [...items];
  const rnd = seeded(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** A short stable slug of a text, for ids that must not change when list order changes. */
export function slug(s: string): string {
  return fnv1a(s.trim().toLowerCase()).toString(36);
}
