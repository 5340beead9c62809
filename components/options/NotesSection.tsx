/**
 * The options page's notes: every note the user keeps about a contact, a company (domain) or a
 * country, with add, edit and delete. The recipient card shows the same notes for one contact.
 */
import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NoteItem } from '../ContactNotes';
import { usePlatform } from '../platform';
import type { Note, NoteScope } from '../user-data-api';

const SCOPES: NoteScope[] = ['contact', 'domain', 'country'];
const scopeKey = { contact: 'scopeContact', domain: 'scopeDomain', country: 'scopeCountry' } as const;

export function NotesSection() {
  const { t } = useTranslation();
  const platform = usePlatform();
  const id = useId();
  const [notes, setNotes] = useState<Note[] | null>(null);
  const [draft, setDraft] = useState({ scope: 'contact' as NoteScope, key: '', text: '' });
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(() => platform.api.userData.listNotes().then(setNotes, (e: Error) => setError(e.message)), [platform]);
  useEffect(() => {
    void load();
  }, [load]);
  const add = async () => {
    setError(null);
    try {
      await platform.api.userData.addNote(draft.scope, draft.key.trim(), draft.text);
      setDraft({ ...draft, key: '', text: '' });
      await load();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <section aria-labelledby={`${id}-h`} data-testid="notes">
      <h2 id={`${id}-h`}>{t('notes.options.title')}</h2>
      <p className="muted">{t('notes.options.intro')}</p>
      {notes && !notes.length && <p className="muted">{t('notes.options.empty')}</p>}
      {notes && notes.length > 0 && (
        <ul className="stack" style={{ listStyle: 'none', padding: 0 }}>
          {notes.map((n) => (
            <li key={n.id} className="card stack" data-testid="note-row">
              <strong className="small">
                {t(`notes.options.${scopeKey[n.scope]}`)}: {n.key}
              </strong>
              <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                <NoteItem note={n} onChanged={() => void load()} onError={setError} />
              </ul>
            </li>
          ))}
        </ul>
      )}
      <fieldset className="stack">
        <legend>{t('notes.add')}</legend>
        <div className="row">
          <label htmlFor={`${id}-scope`}>{t('notes.options.scope')}</label>
          <select id={`${id}-scope`} value={draft.scope} onChange={(e) => setDraft({ ...draft, scope: e.target.value as NoteScope })} data-testid="note-scope">
            {SCOPES.map((s) => (
              <option key={s} value={s}>
                {t(`notes.options.${scopeKey[s]}`)}
              </option>
            ))}
          </select>
        </div>
        <label htmlFor={`${id}-key`}>{t('notes.options.key')}</label>
        <input id={`${id}-key`} value={draft.key} maxLength={320} onChange={(e) => setDraft({ ...draft, key: e.target.value })} data-testid="note-key" />
        <label htmlFor={`${id}-text`}>{t('notes.options.text')}</label>
        <textarea id={`${id}-text`} rows={3} value={draft.text} maxLength={10_000} onChange={(e) => setDraft({ ...draft, text: e.target.value })} data-testid="note-text-input" />
        <div className="row">
          <button type="button" onClick={() => void add()} disabled={!draft.key.trim() || !draft.text.trim()} data-testid="note-add">
            {t('notes.add')}
          </button>
        </div>
      </fieldset>
      {error && (
        <p role="alert" className="banner bad">
          {t('notes.error', { message: error })}
        </p>
      )}
    </section>
  );
}
