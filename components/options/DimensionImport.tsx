/**
 * "Use your organisation's licensed data set": import a CSV of Hofstede dimension scores (e.g. a
 * Hofstede Insights export) with the source the organisation names. The background checks every
 * cell and writes all or nothing (lib/db/csv.ts); the error names the first bad cell.
 */
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Kind } from '../../lib/protocol';
import { usePlatform } from '../platform';

const MAX_BYTES = 2 * 1024 * 1024;
const KINDS: Kind[] = ['measured', 'estimated', 'derived', 'curated'];

export function DimensionImport() {
  const { t } = useTranslation();
  const platform = usePlatform();
  const id = useId();
  const file = useRef<HTMLInputElement>(null);
  const [meta, setMeta] = useState({ source: '', version: '', kind: 'measured' as Kind });
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async () => {
    const f = file.current?.files?.[0];
    if (!f) return setResult({ ok: false, text: t('dimensionImport.needFile') });
    if (f.size > MAX_BYTES) return setResult({ ok: false, text: t('dimensionImport.tooLarge') });
    setBusy(true);
    try {
      const res = await platform.api.userData.importDimensionCsv(await f.text(), meta);
      setResult({ ok: true, text: t('dimensionImport.done', { values: res.values, countries: res.countries.join(', ') }) });
    } catch (e) {
      setResult({ ok: false, text: t('dimensionImport.failed', { error: (e as Error).message }) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby={`${id}-h`} data-testid="dimension-import">
      <h2 id={`${id}-h`}>{t('dimensionImport.title')}</h2>
      <p className="muted">{t('dimensionImport.intro')}</p>
      <div className="stack">
        <label htmlFor={`${id}-file`}>{t('dimensionImport.file')}</label>
        <input id={`${id}-file`} ref={file} type="file" accept=".csv,.tsv,.txt,text/csv" data-testid="dimension-file" />
        <label htmlFor={`${id}-source`}>{t('dimensionImport.source')}</label>
        <input id={`${id}-source`} value={meta.source} maxLength={300} onChange={(e) => setMeta({ ...meta, source: e.target.value })} data-testid="dimension-source" />
        <label htmlFor={`${id}-version`}>{t('dimensionImport.version')}</label>
        <input id={`${id}-version`} value={meta.version} maxLength={100} onChange={(e) => setMeta({ ...meta, version: e.target.value })} data-testid="dimension-version" />
        <label htmlFor={`${id}-kind`}>{t('dimensionImport.kind')}</label>
        <select id={`${id}-kind`} value={meta.kind} onChange={(e) => setMeta({ ...meta, kind: e.target.value as Kind })} data-testid="dimension-kind">
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`dimensionImport.kinds.${k}`)}
            </option>
          ))}
        </select>
        <div className="row">
          <button type="button" onClick={() => void run()} disabled={busy || meta.source.trim().length < 3 || !meta.version.trim()} data-testid="dimension-import-run">
            {t('dimensionImport.import')}
          </button>
        </div>
        {/* A polite live region (not role=status): the backup import above owns the page's status line. */}
        <div aria-live="polite" data-testid="dimension-result">
          {result && <span style={result.ok ? undefined : { color: 'var(--bad)' }}>{result.text}</span>}
        </div>
      </div>
    </section>
  );
}
