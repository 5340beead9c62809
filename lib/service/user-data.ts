/**
 * The background's requests over what the user keeps for themselves: notes about a contact, a
 * domain or a country, and an organisation's own dimension data set imported as a CSV (schemas in
 * lib/protocol.ts; storage in lib/db). `payload` is already validated against the protocol.
 */
import type { RequestPayload } from '../protocol';
import * as repo from '../db/repo';
import type { GlocalDb } from '../db/schema';

export type UserDataRequest = 'listNotes' | 'addNote' | 'updateNote' | 'deleteNote' | 'importDimensionCsv';

export async function handleUserData(db: GlocalDb, type: UserDataRequest, payload: unknown): Promise<unknown> {
  switch (type) {
    case 'listNotes': {
      const p = payload as RequestPayload<'listNotes'>;
      return repo.listNotes(db, p.scope, p.key);
    }
    case 'addNote': {
      const p = payload as RequestPayload<'addNote'>;
      return repo.addNote(db, { scope: p.scope, key: p.key, text: p.text });
    }
    case 'updateNote': {
      const p = payload as RequestPayload<'updateNote'>;
      return repo.updateNote(db, p.id, p.text);
    }
    case 'deleteNote':
      await repo.deleteNote(db, (payload as RequestPayload<'deleteNote'>).id);
      return {};
    case 'importDimensionCsv': {
      const p = payload as RequestPayload<'importDimensionCsv'>;
      const res = await repo.importDimensionCsv(db, p.csv, { source: p.source, version: p.version, kind: p.kind });
      if (!res.ok) throw new Error(res.error);
      return { countries: res.countries, values: res.values };
    }
    default: {
      const never: never = type;
      throw new Error(`unhandled request ${String(never)}`);
    }
  }
}
