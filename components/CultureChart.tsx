import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dimensionScores, largestGaps, SCALE, type Model, type ProfileLike, type SourcedValue } from '../lib/brief/profile';
import { countryName } from './format';

const ROW = 34;
const LABEL = 150;
const WIDTH = 460;
const BAR = 11;

const fmt = (v: SourcedValue) => (Number.isInteger(v.value) ? String(v.value) : v.value.toFixed(2));

/**
 * The user's home culture against the recipient's: Hofstede's six dimensions (or GLOBE's nine)
 * as a horizontal bar chart, with a data table giving every score's source and kind. Missing
 * scores are drawn as an empty dashed bar labelled "missing", never as zero.
 */
export function CultureChart({ you, them }: { you: ProfileLike | null; them: ProfileLike }) {
  const { t, i18n } = useTranslation();
  const [model, setModel] = useState<Model>('hofstede');
  const id = useId();
  const lang = i18n.language;
  const themName = countryName(them.country, lang);
  const youName = you ? countryName(you.country, lang) : '';
  const a = dimensionScores(you, model);
  const b = dimensionScores(them, model);
  const { min, max } = SCALE[model];
  const plot = WIDTH - LABEL - 40;
  const x = (v: number) => LABEL + ((v - min) / (max - min)) * plot;
  const height = b.length * ROW + 10;
  const gaps = largestGaps(them, you);
  const series = you ? [{ who: 'you' as const, rows: a, name: youName }, { who: 'them' as const, rows: b, name: themName }] : [{ who: 'them' as const, rows: b, name: themName }];

  return (
    <section className="chart card" data-testid="culture-chart" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} style={{ marginBlockStart: 0 }}>{t('compare.title')}</h3>
      <div className="row small">
        {you && (
          <span className="legend">
            <span className="swatch" style={{ background: 'var(--you)' }} aria-hidden="true" /> {t('compare.you', { country: youName })}
          </span>
        )}
        <span className="legend">
          <span className="swatch" style={{ background: 'var(--them)' }} aria-hidden="true" /> {t('compare.them', { country: themName })}
        </span>
      </div>
      <div role="radiogroup" aria-label={t('compare.model')} className="row" style={{ marginBlock: 6 }}>
        {(['hofstede', 'globe'] as const).map((m) => (
          <label key={m} className="small">
            <input type="radio" name={`${id}-model`} value={m} checked={model === m} onChange={() => setModel(m)} data-testid={`model-${m}`} /> {t(`compare.${m}`)}
          </label>
        ))}
      </div>
      {!you && <p className="small muted">{t('compare.noHome')}</p>}
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={`${id}-svgtitle`}>
        <title id={`${id}-svgtitle`}>{t('compare.chartLabel', { model: t(`compare.${model}`), a: youName || '—', b: themName })}</title>
        <line className="axis" x1={LABEL} x2={LABEL} y1={0} y2={height - 6} />
        {b.map((row, i) => {
          const y0 = i * ROW + 4;
          return (
            <g key={row.dim}>
              <text x={0} y={y0 + 15}>{t(`compare.dims.${row.dim}`)}</text>
              {series.map((s, k) => {
                const v = s.rows[i].score;
                const y = y0 + k * (BAR + 2) + (series.length === 1 ? 6 : 0);
                return v ? (
                  <g key={s.who}>
                    <rect className={`bar-${s.who}`} x={LABEL} y={y} width={Math.max(1, x(v.value) - LABEL)} height={BAR} rx={2} />
                    <text x={x(v.value) + 4} y={y + BAR - 1}>{fmt(v)}</text>
                  </g>
                ) : (
                  <g key={s.who}>
                    <rect className="missing" x={LABEL} y={y} width={plot} height={BAR} rx={2} />
                    <text x={LABEL + 6} y={y + BAR - 1}>{t('compare.missing')}</text>
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
      <details>
        <summary className="small">{t('compare.tableCaption')}</summary>
        <table className="data">
          <caption className="sr-only">{t('compare.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('compare.dimension')}</th>
              {series.map((s) => (
                <th scope="col" key={s.who}>{s.name}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {b.map((row, i) => (
              <tr key={row.dim}>
                <th scope="row">{t(`compare.dims.${row.dim}`)}</th>
                {series.map((s) => {
                  const v = s.rows[i].score;
                  return (
                    <td key={s.who} data-missing={v ? undefined : 'true'}>
                      {v ? (
                        <>
                          <strong>{fmt(v)}</strong>
                          <div className="muted">
                            {[v.source, v.version].filter(Boolean).join(', ')} · {t(`common.kind.${v.kind}`)}
                          </div>
                        </>
                      ) : (
                        <em className="muted">{t('compare.missing')}</em>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      {you && (
        <>
          <h3>{t('compare.gapsTitle')}</h3>
          {gaps.length ? (
            <ul data-testid="gap-notes">
              {gaps.map((g) => (
                <li key={g.dim}>
                  {t(`compare.notes.${g.dim}.${g.diff > 0 ? 'higher' : 'lower'}`, { them: themName, you: youName })}{' '}
                  <span className="small muted">
                    ({t(`compare.dims.${g.dim}`)}: {t('compare.gap', { a: themName, va: fmt(g.them), b: youName, vb: fmt(g.you) })})
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t('compare.noGaps')}</p>
          )}
        </>
      )}
    </section>
  );
}
