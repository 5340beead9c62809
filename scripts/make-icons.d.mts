/** Types for scripts/make-icons.mjs (used by test/ui/options.test.tsx). */
export function encodePng(size: number, pixel: (x: number, y: number) => [number, number, number, number]): Buffer;
export function drawIcon(size: number): Buffer;
