/**
 * Options → suggestion rules: one switch per registered rule (lib/analysis/rules/ids.ts). A rule
 * turned off makes no suggestions at all; turning it on again brings them back.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { RULE_IDS } from '../../lib/analysis/rules/ids';
import type { Settings } from '../../lib/protocol';

export function RuleToggles({ settings, save }: { settings: Settings; save: (s: Partial<Settings>) => Promise<void> }) {
  const { t } = useTranslation();
  const id = useId();
  const off = new Set(settings.disabledRules ?? []);
  const toggle = (rule: string, on: boolean) => {
    const next = on ? [...off].filter((r) => r !== rule) : [...new Set([...off, rule])];
    void save({ disabledRules: next });
  };
  return (
    <section aria-labelledby={`${id}-h`} data-testid="rule-toggles">
      <h2 id={`${id}-h`}>{t('rules.dismiss.rules-heading')}</h2>
      <p className="muted">{t('rules.dismiss.rules-intro')}</p>
      <ul className="plain">
        {RULE_IDS.map((rule) => (
          <li key={rule}>
            <label>
              <input type="checkbox" checked={!off.has(rule)} onChange={(e) => toggle(rule, e.target.checked)} data-testid={`rule-${rule}`} />{' '}
              <strong>{t(`rules.title.${rule}`)}</strong>
              <span className="muted"> — {t(`rules.description.${rule}`)}</span>
            </label>
          </li>
        ))}
      </ul>
      {off.size > 0 && (
        <button type="button" onClick={() => void save({ disabledRules: [] })} data-testid="rules-reset">
          {t('rules.dismiss.reset')}
        </button>
      )}
    </section>
  );
}
