/**
 * The ids of every registered suggestion rule, in the order they run. A tiny module on purpose:
 * the options page imports it without pulling in the analyser. A test checks it matches RULES.
 */
export const RULE_IDS = [
  'greeting', 'sign-off', 'address-form', 'english-register', 'profanity', 'pressure', 'idiom', 'humour', 'ultimatum',
  'over-deferential', 'directness', 'relationship', 'ja-opener', 'formality-overall', 'calendar', 'season',
] as const;
export type RuleId = (typeof RULE_IDS)[number];
