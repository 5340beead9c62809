import { useTranslation } from 'react-i18next';
import { countryName } from './format';
import { draftPosition, formalityVerdict } from './logic';

export { draftPosition, formalityVerdict, FIT_TOLERANCE } from './logic';

/** The draft's formality against the recipient's expected formality, on one casual–formal scale. */
export function FormalityMeter({ draft, target, country }: { draft: number; target: number | null; country: string | null }) {
  const { t, i18n } = useTranslation();
  const pos = Math.round(draftPosition(draft) * 100);
  const tgt = target === null ? null : Math.round(target * 100);
  const verdict = target === null ? null : formalityVerdict(draft, target);
  const cname = country ? countryName(country, i18n.language) : '';
  return (
    <section className="card" data-testid="formality-meter" aria-labelledby="formality-title">
      <h3 id="formality-title" style={{ marginBlockStart: 0 }}>{t('formality.title')}</h3>
      <div
        role="meter"
        aria-label={t('formality.draft')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={pos}
        aria-valuetext={verdict ? `${pos} / 100 — ${t(`formality.${verdict}`)}` : `${pos} / 100`}
        className="meter-track"
      >
        <span className="meter-mark draft" style={{ insetInlineStart: `${pos}%` }} />
        {tgt !== null && <span className="meter-mark target" style={{ insetInlineStart: `${tgt}%` }} />}
      </div>
      <div className="row small muted" style={{ justifyContent: 'space-between' }}>
        <span>{t('formality.scale')}</span>
      </div>
      <div className="row small">
        <span className="legend">
          <span className="swatch" style={{ background: 'var(--you)' }} aria-hidden="true" /> {t('formality.draft')} {pos}
        </span>
        {tgt !== null && (
          <span className="legend">
            <span className="swatch" style={{ background: 'var(--them)' }} aria-hidden="true" /> {t('formality.target', { country: cname })} {tgt}
          </span>
        )}
      </div>
      {verdict && <p style={{ margin: '4px 0 0' }}>{t(`formality.${verdict}`)}</p>}
    </section>
  );
}
