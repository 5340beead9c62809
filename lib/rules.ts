/**
 * Which rule a suggestion comes from, as "Turn off this rule" stores it in
 * `Settings.disabledRules` and the pipeline filters by it. Kept apart from lib/protocol.ts so
 * the popup can use it without loading zod.
 */
import type { Suggestion } from './protocol';

/** The suggestion's `rule` when the analyser names one, else its category. */
export function ruleOf(s: Suggestion & { rule?: string }): string {
  return s.rule ?? s.category;
}
