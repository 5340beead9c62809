// @vitest-environment happy-dom
// Options → suggestion rules: every registered rule can be turned off and on again, and a rule
// turned off makes no suggestions.
import { afterEach, describe, expect, it } from 'vitest';
import { OptionsApp } from '../../components/options/OptionsApp';
import { RULE_IDS } from '../../lib/analysis/rules/ids';
import { RULES } from '../../lib/analysis/suggestions';
import { mockPlatform, SETTINGS } from './fixtures';
import { byTestId, click, render, type Rendered } from './render';

let r: Rendered | null = null;
afterEach(() => {
  r?.unmount();
  r = null;
});

describe('rule toggles', () => {
  it('the id list matches the registered rules', () => {
    expect([...RULE_IDS]).toEqual(RULES.map((x) => x.id));
  });
  it('shows one switch per rule, with its translated title, and turns a rule off and on', async () => {
    const m = mockPlatform();
    r = await render(<OptionsApp />, m.platform);
    expect(byTestId(r.container, 'rule-toggles')).toHaveLength(1);
    for (const id of RULE_IDS) expect(r.container.querySelector(`[data-testid="rule-${id}"]`), id).toBeTruthy();
    expect(r.container.textContent).toContain('Business seasons');
    await click(r.container.querySelector('[data-testid="rule-season"]'));
    expect(m.getSettings().disabledRules).toEqual(['season']);
    await click(r.container.querySelector('[data-testid="rule-season"]'));
    expect(m.getSettings().disabledRules).toEqual([]);
  });
  it('turns every rule back on at once', async () => {
    const m = mockPlatform({ settings: { ...SETTINGS, disabledRules: ['idiom', 'humour'] } });
    r = await render(<OptionsApp />, m.platform);
    expect((r.container.querySelector('[data-testid="rule-idiom"]') as HTMLInputElement).checked).toBe(false);
    await click(r.container.querySelector('[data-testid="rules-reset"]'));
    expect(m.getSettings().disabledRules).toEqual([]);
  });
});
