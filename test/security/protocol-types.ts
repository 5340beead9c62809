/**
 * Type-level tests of the protocol, checked by `tsc --noEmit` (npm run typecheck), not at run
 * time: every `@ts-expect-error` below must be an error, or tsc fails ("unused directive"). They
 * prove that a handler answering the wrong shape, a caller expecting the wrong answer, or a
 * message with the wrong input does not compile.
 */
import type { Handlers } from '../../lib/service/handlers';
import type { Request } from '../../lib/client';
import type { Push, RequestOutput, ToContent } from '../../lib/protocol';

declare const request: Request;

export const wrongAnswers: Partial<Handlers> = {
  // @ts-expect-error getSettings must answer Settings, not a string.
  getSettings: async () => 'dark',
  // @ts-expect-error siteEnabled answers three booleans for one site, not the settings.
  siteEnabled: async () => ({ enabled: true, presendOffSites: ['gmail'] }),
  // @ts-expect-error setCountry answers nothing the page did not send.
  setCountry: async () => ({ country: 'JP', note: 'secret' }),
  // @ts-expect-error exportData's answer is { json }.
  exportData: async () => ({ data: '{}' }),
  // A right answer compiles.
  listOverrides: async () => [],
};

export async function callers() {
  const s = await request({ type: 'getSettings' });
  // @ts-expect-error the answer's type comes from the protocol: Settings has no `email`.
  void s.email;
  const state = await request({ type: 'getState', tabId: 1 });
  void state.analyses.length;
  // @ts-expect-error getState needs a tabId.
  await request({ type: 'getState' });
  // @ts-expect-error setCountry takes a country code string, not an object.
  await request({ type: 'setCountry', key: 'a@b.example', country: { code: 'JP' } });
  const enabled: RequestOutput<'siteEnabled'> = { enabled: false, pause: false, pauseInfo: false };
  void enabled;
  const site = await request({ type: 'siteEnabled', site: 'gmail' });
  // @ts-expect-error a content script never learns the list of sites where the pause is off.
  void site.presendOffSites;
}

export const toContent: ToContent[] = [
  { type: 'resend' },
  { type: 'ping' },
  // @ts-expect-error the background sends no such message to a tab.
  { type: 'setOverride' },
];

// @ts-expect-error a push names its compose.
export const push: Push = { type: 'analysisUpdated', tabId: 1, analysis: null };
