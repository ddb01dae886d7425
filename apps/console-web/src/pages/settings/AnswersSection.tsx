// /settings/answers: the salon's own questions and answers (lateness, payment, parking…) the bot quotes, each editable or removable, and new ones.
import type {
  SalonAnswersResponse,
  SalonAnswerView,
} from '@atrevete/console-api';
import { useState } from 'react';
import { useApiData } from '../../ui/use-api-data';
import { AnswerDialog, DeleteAnswerDialog } from './AnswerDialogs';
import { ApiStatus } from '../../ui/api-status';

type Open =
  | { dialog: 'edit'; entry: SalonAnswerView | null }
  | { dialog: 'delete'; entry: SalonAnswerView }
  | null;

export function AnswersSection() {
  const list = useApiData<SalonAnswersResponse>('/api/settings/answers');
  const [open, setOpen] = useState<Open>(null);
  const [notice, setNotice] = useState<string | null>(null);

  function show(next: Open) {
    setNotice(null);
    setOpen(next);
  }

  function saved(entry: SalonAnswerView) {
    setNotice(
      entry.active
        ? `Guardada: ${entry.topic}. El bot ya la usa.`
        : `Guardada: ${entry.topic}. Está inactiva: el bot no la usa.`,
    );
    list.reload();
  }

  function deleted(entry: SalonAnswerView) {
    setNotice(`Borrada: ${entry.topic}.`);
    list.reload();
  }

  return (
    <section aria-labelledby="answers-title">
      <div className="section-head">
        <h2 id="answers-title">Preguntas frecuentes</h2>
        <button
          type="button"
          className="primary"
          onClick={() => show({ dialog: 'edit', entry: null })}
        >
          Añadir pregunta
        </button>
      </div>
      <p className="help">
        Lo que el bot contesta cuando un cliente pregunta por las normas del
        salón: retrasos, formas de pago, aparcamiento…
      </p>
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      <ApiStatus of={list} />
      {list.data?.answers.length === 0 && (
        <p>Todavía no hay preguntas: el bot pasa esas dudas a una persona.</p>
      )}
      {list.data && list.data.answers.length > 0 && (
        <table className="settings-table answers-table">
          <thead>
            <tr>
              <th scope="col">Tema</th>
              <th scope="col">Respuesta</th>
              <th scope="col">Activa</th>
              <th scope="col">
                <span className="visually-hidden">Acciones</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.data.answers.map((entry) => (
              <tr
                key={entry.id}
                className={entry.active ? undefined : 'inactive'}
              >
                <td>{entry.topic}</td>
                <td data-label="Respuesta" className="answer-text">
                  {entry.answer}
                </td>
                <td data-label="Activa">{entry.active ? 'Sí' : 'No'}</td>
                <td className="row-actions">
                  <button
                    type="button"
                    aria-label={`Editar ${entry.topic}`}
                    onClick={() => show({ dialog: 'edit', entry })}
                  >
                    Editar
                  </button>
                  <button
                    type="button"
                    aria-label={`Borrar ${entry.topic}`}
                    onClick={() => show({ dialog: 'delete', entry })}
                  >
                    Borrar
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {open?.dialog === 'edit' && (
        <AnswerDialog
          entry={open.entry}
          onSaved={saved}
          onClose={() => setOpen(null)}
        />
      )}
      {open?.dialog === 'delete' && (
        <DeleteAnswerDialog
          entry={open.entry}
          onDeleted={deleted}
          onClose={() => setOpen(null)}
        />
      )}
    </section>
  );
}
