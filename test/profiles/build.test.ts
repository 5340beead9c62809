/**
 * The build is reproducible and guarded: regenerating from the committed raw files gives the
 * committed output byte for byte, and a raw file whose hash changed makes the build fail.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { currentHashes, generate, OUT_DIR, ROOT, rawFiles, verifyHashes } from '../../scripts/build-profiles';

describe('build-profiles', () => {
  it('regenerates the committed output byte for byte', () => {
    const files = generate();
    expect(Object.keys(files).sort()).toEqual(['calendar.json', 'profiles.json']);
    for (const [name, text] of Object.entries(files)) {
      expect(text === readFileSync(join(OUT_DIR, name), 'utf8'), `${name} drifted: run npm run build:profiles`).toBe(true);
    }
  });

  it('records a hash for every raw file', () => {
    const recorded = JSON.parse(readFileSync(join(ROOT, 'data', 'sources', 'hashes.json'), 'utf8'));
    expect(Object.keys(recorded).sort()).toEqual(rawFiles());
    expect(recorded).toEqual(currentHashes());
    expect(() => verifyHashes()).not.toThrow();
  });

  it('fails loudly when a recorded hash does not match, is missing, or names a lost file', () => {
    const recorded = currentHashes();
    const file = 'sources/hofstede/dimension-matrix-2015-12-08-0-100.csv';
    expect(() => verifyHashes({ ...recorded, [file]: '0'.repeat(64) })).toThrow(/dimension-matrix-2015-12-08-0-100\.csv: sha256 .* differs/);
    const { [file]: _dropped, ...without } = recorded;
    expect(() => verifyHashes(without)).toThrow(/not recorded/);
    expect(() => verifyHashes({ ...recorded, 'sources/gone.csv': 'a'.repeat(64) })).toThrow(/recorded but missing/);
  });
});
