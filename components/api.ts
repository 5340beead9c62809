/**
 * The UI's only way to the background: a typed wrapper over `createClient` (lib/client.ts). The
 * transport is a parameter, so component tests run against `mockTransport` without an extension.
 */
import { createClient, type Transport } from '../lib/client';
import type { Analysis, Envelope, Override, RecordFields, RequestType, Result, Settings } from '../lib/protocol';
import type { Brief } from '../lib/brief';
import type { ProfileLike } from '../lib/brief';
import { createPracticeApi } from './practice/api';
import type { WorkingState } from '../lib/profiles/calendar';

export type WorkingStatus = {
  status: WorkingState;
  holidayToday: string | null;
  holidayTomorrow: string | null;
  local: { hour: number; minute: number; timeZone: string | null };
};

export interface StateAnswer {
  analyses: Analysis[];
  settings: Settings;
  tabId: number | null;
}

export interface CountryEntry {
  country: string;
  name: string;
}

/** The background's answers, typed by request (see the contract in lib/protocol.ts `Requests`). */
export function createApi(send: Transport) {
  const req = createClient(send);
  return {
    getState: (tabId: number | null) => req<StateAnswer>({ type: 'getState', tabId }),
    getProfile: (country: string) => req<ProfileLike | null>({ type: 'getProfile', country }),
    compare: (a: string, b: string) => req<unknown>({ type: 'compare', a, b }),
    brief: (to: string, from: string, record?: RecordFields) => req<{ brief: Brief; markdown: string }>({ type: 'brief', to, from, record }),
    // Requests with an empty schema type their input as an index signature, hence the casts.
    listCountries: () => req<CountryEntry[]>({ type: 'listCountries' } as Envelope),
    workingStatus: (country: string, at: Date) => req<WorkingStatus>({ type: 'workingStatus', country, at: at.getTime() }),
    setOverride: (override: Override) => req<unknown>({ type: 'setOverride', override }),
    deleteOverride: (scope: Override['scope'], key: string) => req<unknown>({ type: 'deleteOverride', scope, key }),
    listOverrides: () => req<Override[]>({ type: 'listOverrides' } as Envelope),
    getSettings: () => req<Settings>({ type: 'getSettings' } as Envelope),
    setSettings: (settings: Partial<Settings>) => req<Settings>({ type: 'setSettings', settings }),
    apply: (a: { tabId: number; composeId: string; start: number; end: number; original: string; replacement: string }) =>
      req<{ applied: true }>({ type: 'apply', ...a }),
    dismiss: (contact: string, suggestionKey: string) => req<unknown>({ type: 'dismiss', contact, suggestionKey }),
    setWritingFor: (tabId: number, composeId: string, country: string | null) => req<Analysis>({ type: 'setWritingFor', tabId, composeId, country }),
    exportData: () => req<{ json: string }>({ type: 'exportData' } as Envelope),
    importData: (json: string) => req<{ counts: Record<string, number> }>({ type: 'importData', json }),
    resetData: () => req<unknown>({ type: 'resetData', confirm: true }),
    practice: createPracticeApi(send),
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
