/**
 * Per-contact notes on the recipient card: read, add, edit and delete the notes kept about one
 * email address. Collapsed by default and loaded only when opened, so a card costs no request
 * until the user asks. `NoteItem` is shared with the options page's notes section.
 */
import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePlatform } from './platform';
import type { Note } from './user-data-api';

/** One note: its text and date, with Edit (in place) and Delete. */
export function NoteItem({ note, onChanged, onError }: { note: Note; onChanged: () => void; onError: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const platform = usePlatform();
  const id = useId();
  const [editing, setEditing] = useState<string | null>(null);
  const save = async () => {
    if (editing === null || !editing.trim()) return;
    try {
      await platform.api.userData.updateNote(note.id, editing);
      setEditing(null);
      onChanged();
    } catch (e) {
      onError((e as Error).message);
    }
  };
  const remove = async () => {
    try {
      await platform.api.userData.deleteNote(note.id);
      onChanged();
    } catch (e) {
      onError((e as Error).message);
    }
  };
  const date = new Date(note.updatedAt).toLocaleDateString(i18n.language);
  if (editing !== null) {
    return (
      <li className="stack" data-testid="note">
        <label className="sr-only" htmlFor={`${id}-edit`}>{t('notes.editLabel')}</label>
        <textarea id={`${id}-edit`} rows={3} value={editing} maxLength={10_000} onChange={(e) => setEditing(e.target.value)} data-testid="note-edit-text" />
        <div className="row">
          <button type="button" onClick={() => void save()} disabled={!editing.trim()} data-testid="note-save">{t('notes.save')}</button>
          <button type="button" onClick={() => setEditing(null)}>{t('notes.cancel')}</button>
        </div>
      </li>
    );
  }
  return (
    <li className="stack" data-testid="note">
      <span style={{ whiteSpace: 'pre-wrap' }} data-testid="note-text">{note.text}</span>
      <div className="row small">
        <span className="muted">{t('notes.updated', { date })}</span>
        <button type="button" onClick={() => setEditing(note.text)} data-testid="note-edit">{t('notes.edit')}</button>
        <button type="button" onClick={() => void remove()} data-testid="note-delete">{t('notes.delete')}</button>
      </div>
    </li>
  );
}

export function ContactNotes({ email }: { email: string }) {
  const { t } = useTranslation();
  const platform = usePlatform();
  const id = useId();
  const key = email.trim().toLowerCase();
  const [notes, setNotes] = useState<Note[] | null>(null);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(
    () => platform.api.userData.listNotes('contact', key).then(setNotes, (e: Error) => setError(e.message)),
    [platform, key],
  );
  const add = async () => {
    if (!draft.trim()) return;
    setError(null);
    try {
      await platform.api.userData.addNote('contact', key, draft);
      setDraft('');
      await load();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  if (!key) return null;
  return (
    <details
      className="small"
      data-testid="contact-notes"
      onToggle={(e) => {
        if ((e.currentTarget as HTMLDetailsElement).open && notes === null) void load();
      }}
    >
      <summary>{notes?.length ? `${t('notes.summary')} (${notes.length})` : t('notes.summary')}</summary>
      <div className="stack" style={{ marginBlockStart: 6 }}>
        {notes === null && !error && <p className="muted">{t('notes.loading')}</p>}
        {notes && !notes.length && <p className="muted">{t('notes.empty')}</p>}
        {notes && notes.length > 0 && (
          <ul className="stack" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {notes.map((n) => (
              <NoteItem key={n.id} note={n} onChanged={() => void load()} onError={setError} />
            ))}
          </ul>
        )}
        <label className="sr-only" htmlFor={`${id}-new`}>{t('notes.label')}</label>
        <textarea id={`${id}-new`} rows={2} value={draft} maxLength={10_000} placeholder={t('notes.placeholder')} onChange={(e) => setDraft(e.target.value)} data-testid="note-new" />
        <div className="row">
          <button type="button" onClick={() => void add()} disabled={!draft.trim()} data-testid="note-add">{t('notes.add')}</button>
        </div>
        {error && <p role="alert" style={{ color: 'var(--bad)' }}>{t('notes.error', { message: error })}</p>}
      </div>
    </details>
  );
}
