// The "Notas" section of a customer's page: write a note ("Nueva nota", "Guardar nota"), read them newest first, remove one's own (the owner any).
import {
  NOTE_MAX_LENGTH,
  type CustomerNote,
  type NewNoteRequest,
} from '@atrevete/console-api';
import { useState, type FormEvent } from 'react';
import { api, ApiRequestError } from '../../api/client';
import { useSession } from '../../auth/session';
import { dateTime } from '../../format';

function reasonOf(caught: unknown, fallback: string): string {
  if (!(caught instanceof ApiRequestError)) return fallback;
  return caught.fields['body'] ?? caught.message;
}

export function CustomerNotes({
  customerId,
  notes,
  onChanged,
}: {
  customerId: number;
  notes: CustomerNote[];
  /** A note was added or removed: the page reloads the list. */
  onChanged(): void;
}) {
  const session = useSession();
  const { timeZone } = session.salon;
  const [draft, setDraft] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<number | null>(null);

  async function add(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const body: NewNoteRequest = { body: draft };
      await api.post(`/api/customers/${customerId}/notes`, body);
      setDraft('');
      setDone('Nota guardada.');
      onChanged();
    } catch (caught) {
      setError(reasonOf(caught, 'No se ha podido guardar la nota.'));
    } finally {
      setBusy(false);
    }
  }

  async function remove(noteId: number) {
    setError(null);
    setDone(null);
    setConfirming(null);
    try {
      await api.delete(`/api/customers/${customerId}/notes/${noteId}`);
      setDone('Nota borrada.');
      onChanged();
    } catch (caught) {
      setError(reasonOf(caught, 'No se ha podido borrar la nota.'));
    }
  }

  const mayRemove = (note: CustomerNote) =>
    session.staff.role === 'owner' || note.authorId === session.staff.id;

  return (
    <section aria-labelledby="notes-title">
      <h2 id="notes-title">Notas</h2>
      <form className="notes-form" onSubmit={add} noValidate>
        <label htmlFor="new-note">Nueva nota</label>
        <textarea
          id="new-note"
          rows={3}
          maxLength={NOTE_MAX_LENGTH}
          value={draft}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'new-note-error' : undefined}
          onChange={(e) => setDraft(e.target.value)}
        />
        {error && (
          <p className="field-error" id="new-note-error" role="alert">
            {error}
          </p>
        )}
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            Guardar nota
          </button>
          {done && (
            <p className="notice" role="status">
              {done}
            </p>
          )}
        </div>
      </form>
      {notes.length === 0 ? (
        <p>Todavía no hay notas.</p>
      ) : (
        <ul className="plain-list notes">
          {notes.map((note) => (
            <li key={note.id}>
              <p className="note-body">{note.body}</p>
              <p className="meta">
                {note.authorName ?? 'Alguien del equipo'} ·{' '}
                <time dateTime={note.createdAt}>
                  {dateTime(note.createdAt, timeZone)}
                </time>
              </p>
              {mayRemove(note) &&
                (confirming === note.id ? (
                  <div className="actions">
                    <button
                      type="button"
                      className="danger"
                      onClick={() => void remove(note.id)}
                    >
                      Sí, borrar la nota
                    </button>
                    <button type="button" onClick={() => setConfirming(null)}>
                      No borrar
                    </button>
                  </div>
                ) : (
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => setConfirming(note.id)}
                  >
                    Borrar nota
                  </button>
                ))}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
