/** Shared fixtures for the UI tests: an analysis as the background sends it, and a mock platform. */
import type { LearnedDomainView } from '../../lib/db/learned';
import type { Push } from '../../lib/protocol';
import type { Analysis, Override, Settings } from '../../lib/protocol';
import { createApi, mockTransport } from '../../components/api';
import type { Platform } from '../../components/platform';
import { getProfile } from '../../lib/profiles/index';
import { workingStatus } from '../../lib/profiles/calendar';
import { buildBrief, briefToMarkdown } from '../../lib/brief/index';
import { handleCallPrep } from '../../lib/callprep/service';

export const SETTINGS: Settings = {
  homeCountry: 'US',
  homeLanguage: 'en',
  uiLanguage: null,
  disabledSites: [],
  extraOrigins: [],
  dailyCard: false,
  dailyCardTime: '09:00',
  theme: 'system',
  disabledRules: [],
  onDeviceModels: 'ask',
  presendPause: true,
  presendInfo: false,
  presendOffSites: [],
};

export function analysis(over: Partial<Analysis> = {}): Analysis {
  return {
    composeId: 'gmail:1',
    site: 'gmail',
    at: 0,
    lang: { lang: 'en', confidence: 0.9 },
    recipients: [
      {
        email: 'hans.mueller@muellerbau-technik.de',
        name: 'Hans Müller',
        candidates: [
          { country: 'DE', probability: 0.86, reasons: ['.de domain', 'German thread'] },
          { country: 'AT', probability: 0.08, reasons: ['German language'] },
        ],
        abstain: false,
        language: { lang: 'de', confidence: 0.9 },
        overridden: false,
      },
      {
        email: 'sato@example.co.jp',
        name: 'Sato Hiroshi',
        candidates: [{ country: 'JP', probability: 0.7, reasons: ['.jp domain'] }],
        abstain: false,
        overridden: false,
      },
    ],
    audience: { countries: ['DE', 'JP'], mixed: true, targetCountry: 'JP' },
    target: {
      country: 'JP',
      from: 'US',
      formality: 0.9,
      directness: 0.2,
      firstNames: false,
      greeting: { en: 'Dear Mr. Sato,', local: null, lang: null },
      signOff: { en: 'Best regards,', local: null },
      addressForm: '<Surname>様',
      relationship: 0.8,
      deadlineSensitivity: 0.9,
      explanations: [],
    },
    scores: { formality: -0.4, politeness: 0, directness: 0.5, warmth: 0 },
    suggestions: [
      { id: 'g1', start: 0, end: 3, category: 'greeting', severity: 'info', message: 'Use a formal greeting.', replacement: 'Dear Mr. Sato,', original: 'Hi!' },
      { id: 'p1', start: 40, end: 50, category: 'pressure', severity: 'critical', message: 'ASAP reads as pressure.', source: 'Hofstede UAI 92 (measured)', replacement: 'at your convenience', original: 'ASAP today' },
      { id: 'g2', start: 10, end: 12, category: 'greeting', severity: 'warning', message: 'First name too early.', original: 'Hi' },
      { id: 'i1', start: 60, end: 70, category: 'idiom', severity: 'info', message: 'Idiom may not travel.', original: 'ballpark' },
    ],
    analysedChars: 120,
    totalChars: 120,
    failures: [],
    ...over,
  };
}

/** A platform over a mock transport answering from the shipped profiles and `state`. */
export function mockPlatform(
  opts: { analyses?: Analysis[]; settings?: Settings; overrides?: Override[]; tabId?: number | null; now?: Date; learned?: LearnedDomainView[]; drafts?: Record<string, string> } = {},
) {
  let settings = { ...SETTINGS, ...(opts.settings ?? {}) };
  const overrides: Override[] = [...(opts.overrides ?? [])];
  const learned: LearnedDomainView[] = [...(opts.learned ?? [])];
  const listeners = new Set<(tabId: number | null, push?: Push) => void>();
  const transport = mockTransport({
    getState: (m) => ({ analyses: opts.analyses ?? [], settings, tabId: (m.tabId as number | null) ?? null }),
    getProfile: (m) => getProfile(m.country as string),
    workingStatus: (m) => workingStatus(m.country as string, new Date(m.at as number)),
    listCountries: () => ['AT', 'DE', 'FR', 'JP', 'US'].map((country) => ({ country, name: country })),
    brief: (m) => {
      const to = getProfile(m.to as string);
      if (!to) throw new Error(`no profile for ${String(m.to)}`);
      const b = buildBrief(to, getProfile(m.from as string), { record: m.record as never });
      return { brief: b, markdown: briefToMarkdown(b) };
    },
    callPrep: (m) => handleCallPrep(m as never, async (cc) => getProfile(cc)),
    setOverride: (m) => {
      overrides.push(m.override as Override);
      return m.override;
    },
    deleteOverride: (m) => {
      const i = overrides.findIndex((o) => o.scope === m.scope && o.key === m.key);
      if (i >= 0) overrides.splice(i, 1);
      return {};
    },
    listOverrides: () => [...overrides],
    getSettings: () => settings,
    setSettings: (m) => (settings = { ...settings, ...(m.settings as Partial<Settings>) }),
    apply: () => ({ applied: true }),
    dismiss: () => ({}),
    setWritingFor: () => analysis(),
    draftText: (m) => {
      const body = opts.drafts?.[m.composeId as string];
      return body === undefined ? null : { body, at: 0 };
    },
    exportData: () => ({ json: '{"overrides":[]}' }),
    importData: () => ({ counts: { overrides: 1 } }),
    resetData: () => ({}),
    listNotes: () => [],
    listLearnedDomains: () => [...learned],
    forgetLearnedDomain: (m) => {
      const i = learned.findIndex((d) => d.domain === m.domain);
      if (i >= 0) learned.splice(i, 1);
      return {};
    },
  });
  const downloads: Array<{ filename: string; text: string }> = [];
  const platform: Platform = {
    api: createApi(transport),
    tabId: async () => (opts.tabId === undefined ? 7 : opts.tabId),
    onAnalysisUpdated(cb) {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    openOptions: () => undefined,
    requestOrigins: async () => true,
    removeOrigins: async () => true,
    download: (filename, text) => downloads.push({ filename, text }),
    print: () => undefined,
    now: () => opts.now ?? new Date('2026-03-03T01:00:00Z'),
    languages: ['en-US'],
  };
  return { platform, transport, downloads, overrides, learned, emit: (tabId: number | null, push?: Push) => listeners.forEach((l) => l(tabId, push)), getSettings: () => settings };
}
