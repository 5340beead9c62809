import { useTranslation } from 'react-i18next';
import { countryName } from './format';
import { draftPosition, formalityVerdict, levelOf, LEVELS } from './logic';

export { draftPosition, formalityVerdict, FIT_TOLERANCE } from './logic';

/**
 * The draft's formality against what the reader expects, on the one scale the UI speaks in
 * words (Casual · Friendly · Polite · Formal · Very formal). The numbers are under "Why" only.
 */
export function FormalityMeter({ draft, target, country }: { draft: number; target: number | null; country: string | null }) {
  const { t, i18n } = useTranslation();
  const pos = draftPosition(draft);
  const level = levelOf(pos);
  const tLevel = target === null ? null : levelOf(target);
  const cname = country ? countryName(country, i18n.language) : '';
  const verdict = target === null ? null : formalityVerdict(draft, target);
  return (
    <div className="meter" data-testid="formality-meter" data-verdict={verdict ?? undefined}>
      <div
        role="meter"
        aria-label={t('level.scaleLabel')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(pos * 100)}
        aria-valuetext={tLevel ? t('level.valueText', { level: t(`level.${level}`), country: cname, target: t(`level.${tLevel}`) }) : t(`level.${level}`)}
        className="meter-track"
      >
        {LEVELS.map((l) => (
          <span key={l} className={`meter-band${l === level ? ' on' : ''}`} />
        ))}
        <span className="meter-mark draft" style={{ insetInlineStart: `${pos * 100}%` }} />
        {target !== null && <span className="meter-mark target" style={{ insetInlineStart: `${target * 100}%` }} />}
      </div>
      <div className="meter-scale small" aria-hidden="true">
        {LEVELS.map((l) => (
          <span key={l} className={l === level ? 'on' : undefined}>
            {t(`level.${l}`)}
          </span>
        ))}
      </div>
      <div className="row small">
        <span className="legend">
          <span className="swatch you" aria-hidden="true" /> {t('level.draftIs', { level: t(`level.${level}`) })}
        </span>
        {tLevel && (
          <span className="legend">
            <span className="swatch them" aria-hidden="true" /> {t('level.expected', { country: cname, level: t(`level.${tLevel}`) })}
          </span>
        )}
      </div>
    </div>
  );
}
