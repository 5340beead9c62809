/**
 * The UI's only way to the background: a typed wrapper over `createClient` (lib/client.ts). The
 * transport is a parameter, so component tests run against `mockTransport` without an extension.
 */
import { createClient, type Transport } from '../lib/client';
import type { Override, RecordFields, RequestType, Result, Settings } from '../lib/protocol';
import { createPracticeApi } from './practice/api';
import { createUserDataApi } from './user-data-api';
import type { WorkingState } from '../lib/profiles/calendar';

export type WorkingStatus = {
  status: WorkingState;
  holidayToday: string | null;
  holidayTomorrow: string | null;
  local: { hour: number; minute: number; timeZone: string | null };
};

export type { StateAnswer } from '../lib/protocol';

export interface CountryEntry {
  country: string;
  name: string;
}

/** The background's answers, typed by request (see the contract in lib/protocol.ts `Requests`). */
export function createApi(send: Transport) {
  const req = createClient(send);
  return {
    getState: (tabId: number | null) => req({ type: 'getState', tabId }),
    getProfile: (country: string) => req({ type: 'getProfile', country }),
    compare: (a: string, b: string) => req({ type: 'compare', a, b }),
    brief: (to: string, from: string, record?: RecordFields) => req({ type: 'brief', to, from, record }),
    callPrep: (p: { record: RecordFields; to?: string; from?: string | null; tz?: string; at: number }) => req({ type: 'callPrep', ...p }),
    listCountries: () => req({ type: 'listCountries' }),
    workingStatus: (country: string, at: Date) => req({ type: 'workingStatus', country, at: at.getTime() }),
    setOverride: (override: Override) => req({ type: 'setOverride', override }),
    deleteOverride: (scope: Override['scope'], key: string) => req({ type: 'deleteOverride', scope, key }),
    listOverrides: () => req({ type: 'listOverrides' }),
    getSettings: () => req({ type: 'getSettings' }),
    setSettings: (settings: Partial<Settings>) => req({ type: 'setSettings', settings }),
    apply: (a: { tabId: number; composeId: string; start: number; end: number; original: string; replacement: string }) =>
      req({ type: 'apply', ...a }),
    draftText: (tabId: number, composeId: string) => req({ type: 'draftText', tabId, composeId }),
    dismiss: (contact: string, suggestionKey: string) => req({ type: 'dismiss', contact, suggestionKey }),
    setWritingFor: (tabId: number, composeId: string, country: string | null) => req({ type: 'setWritingFor', tabId, composeId, country }),
    exportData: () => req({ type: 'exportData' }),
    importData: (json: string) => req({ type: 'importData', json }),
    resetData: () => req({ type: 'resetData', confirm: true }),
    listLearnedDomains: () => req({ type: 'listLearnedDomains' }),
    forgetLearnedDomain: (domain: string) => req({ type: 'forgetLearnedDomain', domain }),
    practice: createPracticeApi(send),
    userData: createUserDataApi(send),
  };
}

export type Api = ReturnType<typeof createApi>;

type Handler = (payload: Record<string, unknown>) => unknown;

/**
 * A transport answering from plain functions, for tests and demos. A handler that throws becomes
 * `{ok: false, error}`, as the background answers; an unknown type is an error too. Every message
 * is recorded in `calls`.
 */
export function mockTransport(handlers: Partial<Record<RequestType, Handler>>): Transport & { calls: Array<Record<string, unknown>> } {
  const calls: Array<Record<string, unknown>> = [];
  const send = async (message: unknown): Promise<Result<unknown>> => {
    const m = message as Record<string, unknown>;
    calls.push(m);
    const h = handlers[m.type as RequestType];
    if (!h) return { ok: false, error: `no handler for ${String(m.type)}` };
    try {
      return { ok: true, data: await h(m) };
    } catch (e) {
      return { ok: false, error: (e as Error).message };
    }
  };
  return Object.assign(send, { calls });
}
