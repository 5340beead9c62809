import { useTranslation } from 'react-i18next';
import type { CountryCoverage } from '../../lib/practice/progress';
import { countryName, flag } from '../format';

const W = 220;
const ROW = 18;
const LABEL = 92;

/**
 * Per-country mastery: FSRS retrievability now, averaged over the country's answered questions,
 * as a small bar chart. The figures are also in the text of each row, so the chart needs no
 * colour or sight to read.
 */
export function MasteryChart({ coverage }: { coverage: CountryCoverage[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const rows = coverage.filter((c) => c.mastery !== null && c.mastery !== undefined);
  const pct = new Intl.NumberFormat(lang, { style: 'percent' });
  return (
    <figure data-testid="mastery" className="stack" style={{ margin: 0 }}>
      <figcaption>
        <strong>{t('pq.mastery.title')}</strong>
        <div className="small muted">{t('pq.mastery.hint')}</div>
      </figcaption>
      {rows.length === 0 ? (
        <p className="small muted">{t('pq.mastery.none')}</p>
      ) : (
        <svg className="chart" width={W} height={rows.length * ROW + 4} role="list" aria-label={t('pq.mastery.title')}>
          {rows.map((c, i) => {
            const m = c.mastery ?? 0;
            const label = t('pq.mastery.row', { country: countryName(c.country, lang), percent: pct.format(m), count: c.seen });
            return (
              <g key={c.country} role="listitem" aria-label={label} data-testid="mastery-row" data-country={c.country} data-mastery={m.toFixed(3)}>
                <title>{label}</title>
                <text x={0} y={i * ROW + 13} fontSize={11} fill="currentColor">
                  {flag(c.country)} {c.country} {pct.format(m)}
                </text>
                <rect x={LABEL} y={i * ROW + 4} width={W - LABEL} height={ROW - 8} className="axis" fill="none" stroke="currentColor" strokeOpacity={0.3} />
                <rect x={LABEL} y={i * ROW + 4} width={Math.max(1, (W - LABEL) * m)} height={ROW - 8} className="bar-you" />
              </g>
            );
          })}
        </svg>
      )}
    </figure>
  );
}
