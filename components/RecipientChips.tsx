import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Override, RecipientInference } from '../lib/protocol';
import type { CountryEntry } from './api';
import { Flag } from './Flag';
import { countryName } from './format';
import { RecipientCard } from './RecipientCard';

/**
 * The recipients as one compact row of chips (flag, name, country); a chip opens that
 * recipient's full card, and Escape closes it again.
 */
export function RecipientChips({ recipients, countries, onCorrect, now }: { recipients: RecipientInference[]; countries: CountryEntry[]; onCorrect(o: Override): Promise<void>; now: () => Date }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState<number | null>(null);
  const chips = useRef<Array<HTMLButtonElement | null>>([]);
  const close = () => {
    const i = open;
    setOpen(null);
    if (i !== null) chips.current[i]?.focus();
  };
  return (
    <div className="people">
      <ul className="plain chips" aria-label={t('people.label')}>
        {recipients.map((r, i) => {
          const top = r.abstain ? null : (r.candidates[0] ?? null);
          const who = r.name || r.email || '—';
          return (
            <li key={`${r.email}-${i}`}>
              <button
                type="button"
                className="chip"
                data-testid="recipient-card"
                aria-expanded={open === i}
                aria-controls={`${id}-card`}
                ref={(el) => {
                  chips.current[i] = el;
                }}
                onClick={() => setOpen(open === i ? null : i)}
              >
                <Flag country={top?.country} />
                <span className="chip-name">{who}</span>
                {top ? <strong>{countryName(top.country, i18n.language)}</strong> : <span className="muted">{t('people.unknown')}</span>}
                <span className="sr-only">: {t('people.show', { name: who })}</span>
              </button>
            </li>
          );
        })}
      </ul>
      <div
        id={`${id}-card`}
        onKeyDown={(e) => {
          // A correction picker inside handles its own Escape first.
          if (e.key === 'Escape' && !e.defaultPrevented) {
            e.preventDefault();
            close();
          }
        }}
      >
        {open !== null && recipients[open] && <RecipientCard recipient={recipients[open]} countries={countries} onCorrect={onCorrect} now={now} testId="recipient-details" />}
      </div>
    </div>
  );
}
