/**
 * The user's own notes and dimension data set, typed by the protocol (contract: `Requests` in
 * lib/protocol.ts, handled in lib/service/handlers.ts). Types only from lib/db, so nothing of Dexie
 * reaches the UI.
 */
import { createClient, type Transport } from '../lib/client';
import type { Kind } from '../lib/protocol';
import type { NoteRow } from '../lib/db/schema';

export type Note = NoteRow;
export type NoteScope = NoteRow['scope'];

export function createUserDataApi(send: Transport) {
  const req = createClient(send);
  return {
    listNotes: (scope?: NoteScope, key?: string) => req({ type: 'listNotes', ...(scope ? { scope } : {}), ...(key ? { key } : {}) }),
    addNote: (scope: NoteScope, key: string, text: string) => req({ type: 'addNote', scope, key, text }),
    updateNote: (id: string, text: string) => req({ type: 'updateNote', id, text }),
    deleteNote: (id: string) => req({ type: 'deleteNote', id }),
    importDimensionCsv: (csv: string, meta: { source: string; version: string; kind?: Kind }) => req({ type: 'importDimensionCsv', csv, ...meta }),
  };
}

export type UserDataApi = ReturnType<typeof createUserDataApi>;
