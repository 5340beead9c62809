import { useTranslation } from 'react-i18next';
import type { LensMessage } from '../lib/protocol';
import { countryName } from './format';

export interface ReadingLensProps {
  messages: LensMessage[];
}

/** Confidence in words: the lens states tendencies, never certainty. */
export function likelihoodKey(confidence: number): 'lens.often' | 'lens.sometimes' | 'lens.possibly' {
  return confidence >= 0.6 ? 'lens.often' : confidence >= 0.45 ? 'lens.sometimes' : 'lens.possibly';
}

/**
 * "How to read this": for each received message in the open thread, the phrases whose usual
 * business reading differs from the literal one, given the sender's culture. The phrase keeps
 * the message's language; the meaning is the phrase table's English text, marked as such.
 */
export function ReadingLens({ messages }: ReadingLensProps) {
  const { t, i18n } = useTranslation();
  if (!messages.length) return null;
  return (
    <section className="card stack" aria-labelledby="lens-title" data-lens>
      <h3 id="lens-title" style={{ margin: 0 }}>{t('lens.title')}</h3>
      <p className="small muted" style={{ margin: 0 }}>{t('lens.intro')}</p>
      {messages.map((m) => (
        <div key={m.index} className="stack" data-lens-message={m.index}>
          <p className="small" style={{ margin: 0 }}>
            <strong><bdi>{m.from ?? t('lens.unknownSender')}</bdi></strong>
            {m.country ? ` · ${countryName(m.country, i18n.language)}` : ''}
          </p>
          <ul className="stack" style={{ margin: 0, paddingInlineStart: '1.2em' }}>
            {m.readings.map((r) => (
              <li key={`${r.start}-${r.id}`} data-reading={r.id}>
                <q lang={m.lang} dir="auto">{r.phrase}</q>{' '}
                <span className="muted">{t(likelihoodKey(r.confidence))}</span>{' '}
                <span lang="en">{r.meaning}</span>
                <details>
                  <summary className="small">{t('lens.why')}</summary>
                  <p className="small muted" style={{ margin: 0 }} lang="en">
                    {t('lens.confidence', { pct: Math.round(r.confidence * 100) })} {r.basis}
                  </p>
                </details>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
