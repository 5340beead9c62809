/**
 * The user's own notes and dimension data set, typed (contract: `Requests` in lib/protocol.ts,
 * handled by lib/service/user-data.ts). Types only from lib/db, so nothing of Dexie reaches the UI.
 */
import { createClient, type Transport } from '../lib/client';
import type { Envelope, Kind } from '../lib/protocol';
import type { NoteRow } from '../lib/db/schema';

export type Note = NoteRow;
export type NoteScope = NoteRow['scope'];

export function createUserDataApi(send: Transport) {
  const req = createClient(send);
  return {
    listNotes: (scope?: NoteScope, key?: string) => req<Note[]>({ type: 'listNotes', ...(scope ? { scope } : {}), ...(key ? { key } : {}) } as Envelope),
    addNote: (scope: NoteScope, key: string, text: string) => req<Note>({ type: 'addNote', scope, key, text }),
    updateNote: (id: string, text: string) => req<Note>({ type: 'updateNote', id, text }),
    deleteNote: (id: string) => req<unknown>({ type: 'deleteNote', id }),
    importDimensionCsv: (csv: string, meta: { source: string; version: string; kind?: Kind }) =>
      req<{ countries: string[]; values: number }>({ type: 'importDimensionCsv', csv, ...meta }),
  };
}

export type UserDataApi = ReturnType<typeof createUserDataApi>;
