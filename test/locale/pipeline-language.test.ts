import { describe, expect, it } from 'vitest';
import { analyseSnapshot } from '../../lib/pipeline';
import { getProfile } from '../../lib/profiles/index';
import { Settings } from '../../lib/protocol';

const ctx = {
  profile: (cc: string) => getProfile(cc),
  overrides: [],
  learnedDomains: {},
  settings: Settings.parse({ homeCountry: 'US' }),
  dismissed: new Set<string>(),
  now: new Date('2026-11-24T01:00:00Z'),
};
const snap = (body: string) => ({
  site: 'gmail' as const,
  composeId: 'x',
  recipients: [
    { email: 'hans.mueller@muellerbau-technik.de', name: 'Hans Müller', field: 'to' as const },
    { email: 'k.tanaka@kyoto-seiki.co.jp', name: 'Kenji Tanaka', field: 'cc' as const },
  ],
  subject: 'Angebot',
  body,
  thread: [{ from: 'hans.mueller@muellerbau-technik.de', text: 'Sehr geehrter Herr Morgan,\nvielen Dank für Ihre Anfrage. Anbei finden Sie unser Angebot.\nMit freundlichen Grüßen\nHans Müller' }],
  failures: [],
});

describe('the pipeline reads each recipient’s own language (#20)', () => {
  it('a Japanese reader in a German thread reads Japanese, and a Spanish draft is flagged', async () => {
    const a = await analyseSnapshot(snap('Estimado Hans, le envío la propuesta revisada con los nuevos precios para el proyecto. Quedo a su disposición para cualquier consulta.'), ctx);
    expect(a.recipients.map((r) => r.language?.lang)).toEqual(['de', 'ja']);
    expect(a.languageWarning).toEqual({
      draftLang: 'es',
      readers: [
        { email: 'hans.mueller@muellerbau-technik.de', lang: 'de' },
        { email: 'k.tanaka@kyoto-seiki.co.jp', lang: 'ja' },
      ],
    });
    // The target follows the strictest reader, and says whose norms those are.
    expect(a.audience?.normsOf).toEqual([a.recipients.find((r) => r.candidates[0]?.country === a.audience?.targetCountry)!.email]);
  });
  it('no warning for a German or an English draft', async () => {
    const de = await analyseSnapshot(snap('Sehr geehrter Herr Müller, anbei sende ich Ihnen das überarbeitete Angebot mit den neuen Preisen für das Projekt.'), ctx);
    expect(de.languageWarning ?? null).toBeNull();
    const en = await analyseSnapshot(snap('Dear Mr. Müller, please find attached the revised offer with the new prices for the project.'), ctx);
    expect(en.languageWarning ?? null).toBeNull();
  });
});
