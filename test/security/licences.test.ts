/**
 * Licences shown to users match what the shipped data is under (SECURITY.md, "Licences"). The
 * date-holidays data is CC BY-SA 3.0 (its LICENSE; its package.json says CC-BY-3.0): the options
 * page must say so and ship the attribution it requires.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_SOURCES } from '../../components/options/sources';

const ROOT = join(__dirname, '..', '..');

describe('date-holidays', () => {
  const licence = readFileSync(join(ROOT, 'node_modules', 'date-holidays', 'LICENSE'), 'utf8');
  const source = DATA_SOURCES.find((s) => s.id === 'date-holidays')!;

  it('the options page names the data licence the package actually ships under', () => {
    const data = /data contained in `holidays\.yaml` is available under (CC BY(?:-SA)? \d\.\d)/.exec(licence)?.[1];
    expect(data).toBe('CC BY-SA 3.0');
    expect(source.terms).toContain(data!);
    expect(source.terms).not.toMatch(/CC BY 3\.0/);
  });

  it('ships the attribution (the package licence with its source list) and links it', () => {
    expect(source.licenceFile).toBe('/licenses/date-holidays.txt');
    const shipped = readFileSync(join(ROOT, 'public', source.licenceFile!), 'utf8');
    expect(shipped).toBe(licence);
    expect(shipped).toContain('CC BY-SA 3.0 Attributions');
  });
});
