// The whole pipeline on a mixed thread (issue #20): German To, Japanese Cc, "Hi Hans,". The
// audience target is Japan's (the strictest reader); the greeting fix greets Hans.
import { describe, expect, it } from 'vitest';
import { analyseSnapshot } from '../../lib/pipeline';
import { getProfile } from '../../lib/profiles/index';
import { Settings } from '../../lib/protocol';

const snap = (body: string) => ({
  site: 'gmail',
  composeId: 'x',
  recipients: [
    { email: 'hans.mueller@muellerbau-technik.de', name: 'Hans Müller', field: 'to' as const },
    { email: 'k.tanaka@kyoto-seiki.co.jp', name: 'Kenji Tanaka', field: 'cc' as const },
  ],
  subject: '',
  body,
  thread: [],
  failures: [],
});
const ctx = (settings = Settings.parse({ homeCountry: 'US' })) => ({
  profile: (cc: string) => getProfile(cc),
  overrides: [],
  learnedDomains: {},
  settings,
  dismissed: new Set<string>(),
  now: new Date('2026-11-24T01:00:00Z'),
});

describe('mixed thread through the pipeline', () => {
  it('"Hi Hans," to Hans (DE, To) with Kenji (JP, Cc) becomes a formal greeting to Hans, never to Mr. Tanaka', async () => {
    const a = await analyseSnapshot(snap('Hi Hans,\n\nCould you send me the updated figures by Friday?\n\nBest regards,\nBob') as never, ctx());
    expect(a.target?.country).toBe('JP');
    const g = a.suggestions.find((s) => s.category === 'greeting')!;
    expect(g.original).toBe('Hi Hans,');
    expect(g.replacement).toBe('Dear Mr. Müller,');
    expect(g.rule).toBe('greeting');
  });
  it('a rule turned off in the options makes no suggestions', async () => {
    const a = await analyseSnapshot(
      snap('Hi Hans,\n\nCould you send me the updated figures by Friday?\n\nBest regards,\nBob') as never,
      ctx(Settings.parse({ homeCountry: 'US', disabledRules: ['greeting'] })),
    );
    expect(a.suggestions.some((s) => s.category === 'greeting')).toBe(false);
  });
});
