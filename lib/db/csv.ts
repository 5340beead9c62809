/**
 * Import of an organisation's own dimension data set (e.g. a licensed Hofstede Insights export)
 * as a CSV. Each value becomes part of the user's edit overlay for that country, with the
 * provenance the organisation supplies, so the shipped data stays untouched and a later upgrade
 * does not overwrite it.
 *
 * Format: a header row with `country` (ISO 3166-1 alpha-2) and any of `pdi, idv, mas, uai, lto,
 * ivr` (case-insensitive; `ltowvs` is accepted for `lto`), separated by `,`, `;` or tabs. An empty
 * cell or `#NULL!` leaves that value as it is. Scores must be numbers from 0 to 100.
 * All or nothing: the first bad cell is reported as `row N, column X: …` and nothing is written.
 */
import { z } from 'zod';
import { Kind } from '../protocol';
import { getProfile, normCode } from '../profiles/load';
import { HOFSTEDE_KEYS, type HofstedeKey } from '../profiles/schema';
import type { GlocalDb } from './schema';
import { applyEdit, isPlain, mergePatch } from './shared';
import { csvRecords } from '../csv';

export const MAX_CSV_BYTES = 2 * 1024 * 1024;

export const DimensionCsvMeta = z
  .object({
    /** Where the data comes from, shown next to every value, e.g. "Hofstede Insights licence 2024". */
    source: z.string().trim().min(3).max(300),
    version: z.string().trim().min(1).max(100),
    kind: Kind.default('measured'),
  })
  .strict();

export type DimensionCsvResult = { ok: true; countries: string[]; values: number } | { ok: false; error: string };

/** Parse and validate without writing: the patches per country, or the first error. */
export function parseDimensionCsv(
  csv: string,
  meta: z.input<typeof DimensionCsvMeta>,
): { ok: true; patches: Map<string, Record<HofstedeKey, unknown>>; values: number } | { ok: false; error: string } {
  if (typeof csv !== 'string') return { ok: false, error: 'the CSV must be text' };
  if (csv.length > MAX_CSV_BYTES) return { ok: false, error: `the CSV is too large (${(csv.length / 1024 / 1024).toFixed(1)} MB); the limit is 2 MB` };
  const m = DimensionCsvMeta.safeParse(meta);
  if (!m.success) return { ok: false, error: `${m.error.issues[0].path.join('.') || 'meta'}: ${m.error.issues[0].message}` };
  const headerLine = csv.replace(/^\uFEFF/, '').split(/\r?\n/).find((l) => l.trim() !== '');
  if (headerLine === undefined) return { ok: false, error: 'the CSV is empty' };
  const sep = headerLine.includes('\t') ? '\t' : headerLine.includes(';') ? ';' : ',';
  const [head, ...records] = csvRecords(csv, sep).map((r) => ({ line: r.line, cells: r.cells.map((c) => c.trim()) }));
  if (!head) return { ok: false, error: 'the CSV is empty' };
  const header = head.cells.map((h) => h.toLowerCase());
  const ccCol = header.findIndex((h) => h === 'country' || h === 'iso2' || h === 'cc');
  if (ccCol < 0) return { ok: false, error: `row ${head.line}: no "country" column (ISO 3166-1 alpha-2 codes)` };
  const cols = new Map<HofstedeKey, number>();
  header.forEach((h, i) => {
    const k = (h === 'ltowvs' ? 'lto' : h) as HofstedeKey;
    if ((HOFSTEDE_KEYS as readonly string[]).includes(k)) cols.set(k, i);
  });
  if (!cols.size) return { ok: false, error: `row ${head.line}: no dimension columns (pdi, idv, mas, uai, lto, ivr)` };

  const patches = new Map<string, Record<HofstedeKey, unknown>>();
  let values = 0;
  for (const { line: row, cells } of records) {
    const rawCc = cells[ccCol] ?? '';
    const cc = normCode(rawCc);
    if (!cc) {
      const hint = /^[A-Za-z]{3}$/.test(rawCc) ? ' (three-letter codes, including Hofstede ctr codes such as BEN or SLV, are not accepted)' : '';
      return { ok: false, error: `row ${row}, column country: '${rawCc.slice(0, 20)}' is not an ISO 3166-1 alpha-2 code${hint}` };
    }
    if (!getProfile(cc)) return { ok: false, error: `row ${row}, column country: unknown country ${cc}` };
    if (patches.has(cc)) return { ok: false, error: `row ${row}, column country: ${cc} appears twice` };
    const patch = {} as Record<HofstedeKey, unknown>;
    for (const [k, i] of cols) {
      const cell = cells[i] ?? '';
      if (cell === '' || cell === '#NULL!') continue;
      const n = Number(cell.replace(',', '.'));
      if (!Number.isFinite(n) || n < 0 || n > 100) return { ok: false, error: `row ${row}, column ${k}: '${cell.slice(0, 20)}' is not a score from 0 to 100` };
      patch[k] = { value: n, source: m.data.source, version: m.data.version, kind: m.data.kind };
      values++;
    }
    patches.set(cc, patch);
  }
  if (!patches.size) return { ok: false, error: 'the CSV has a header but no data rows' };
  return { ok: true, patches, values };
}

/** Import a dimension CSV into the user overlay. All or nothing. */
export async function importDimensionCsv(db: GlocalDb, csv: string, meta: z.input<typeof DimensionCsvMeta>, now = Date.now()): Promise<DimensionCsvResult> {
  const parsed = parseDimensionCsv(csv, meta);
  if (!parsed.ok) return parsed;
  try {
    await db.transaction('rw', db.profiles, db.profileEdits, async () => {
      for (const [cc, hofstede] of parsed.patches) {
        const prev = await db.profileEdits.get(cc);
        const prevData = prev?.data;
        let data: unknown;
        if (isPlain(prevData) && prevData.type === 'custom') {
          data = { type: 'custom', profile: mergePatch(prevData.profile, { dimensions: { hofstede } }) };
        } else {
          const prevPatch = isPlain(prevData) && prevData.type === 'patch' ? prevData.patch : {};
          data = { type: 'patch', patch: mergePatch(prevPatch, { dimensions: { hofstede } }) };
        }
        const base = ((await db.profiles.get(cc))?.data as ReturnType<typeof getProfile>) ?? getProfile(cc);
        const applied = applyEdit(cc, base, data);
        if (!applied.ok) throw new Error(`${cc}: ${applied.error}`);
        await db.profileEdits.put({ country: cc, data, updatedAt: now });
      }
    });
  } catch (e) {
    return { ok: false, error: `nothing was imported: ${String((e as Error)?.message ?? e).slice(0, 200)}` };
  }
  return { ok: true, countries: [...parsed.patches.keys()].sort(), values: parsed.values };
}
