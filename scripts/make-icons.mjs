/**
 * Writes the extension icons (public/icon/{16,32,48,128}.png) with no image library: a rounded
 * blue square with a white globe (circle, equator, meridian ellipse), drawn with 4×4
 * supersampling and encoded as PNG with node's zlib. Deterministic: run it again and the bytes
 * are identical. Usage: node scripts/make-icons.mjs
 */
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const OUT = resolve(new URL('..', import.meta.url).pathname, 'public', 'icon');
const SIZES = [16, 32, 48, 128];
const BG = [10, 88, 202];
const FG = [255, 255, 255];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** RGBA PNG from a pixel function returning [r, g, b, a] for each pixel. */
export function encodePng(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x, y);
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = r;
      raw[o + 1] = g;
      raw[o + 2] = b;
      raw[o + 3] = a;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

/** Coverage of the shapes at a point in unit coordinates (0..1): 0 outside, 1 background, 2 globe line. */
function shape(u, v) {
  const r = 0.22; // corner radius of the rounded square
  const cx = Math.min(Math.max(u, r), 1 - r);
  const cy = Math.min(Math.max(v, r), 1 - r);
  if ((u - cx) ** 2 + (v - cy) ** 2 > r * r) return 0;
  const dx = u - 0.5;
  const dy = v - 0.5;
  const d = Math.hypot(dx, dy);
  const R = 0.32;
  const w = 0.045;
  if (Math.abs(d - R) < w) return 2; // outline
  if (d < R) {
    if (Math.abs(dy) < w * 0.8) return 2; // equator
    if (Math.abs(Math.hypot(dx / 0.45, dy) - R) < w * 0.9) return 2; // meridian ellipse
  }
  return 1;
}

export function drawIcon(size) {
  const S = 4;
  return encodePng(size, (x, y) => {
    let bg = 0;
    let fg = 0;
    for (let i = 0; i < S; i++)
      for (let j = 0; j < S; j++) {
        const s = shape((x + (i + 0.5) / S) / size, (y + (j + 0.5) / S) / size);
        if (s === 1) bg++;
        else if (s === 2) fg++;
      }
    const n = S * S;
    const a = (bg + fg) / n;
    if (a === 0) return [0, 0, 0, 0];
    const f = fg / (bg + fg);
    const mix = (k) => Math.round(BG[k] * (1 - f) + FG[k] * f);
    return [mix(0), mix(1), mix(2), Math.round(a * 255)];
  });
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  mkdirSync(OUT, { recursive: true });
  for (const size of SIZES) writeFileSync(join(OUT, `${size}.png`), drawIcon(size));
  console.log(`wrote ${SIZES.map((s) => `${s}.png`).join(', ')} to ${OUT}`);
}
