// The owner's dialogs for the salon's answers: one entry in a form (topic, answer, how customers ask, active), and removing one for good.
import {
  SALON_ANSWER_LIMITS,
  type NewSalonAnswerRequest,
  type SalonAnswerView,
} from '@atrevete/console-api';
import { useId, useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import {
  Field,
  fieldError,
  FormOutcome,
  ModalDialog,
  useFormState,
  closeDialogOf,
  saveRecord,
  DialogActions,
} from '../../ui/form-kit';

/** The textarea's lines as phrasings: one per line, blank lines dropped. */
export function phrasingsOfLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

export function AnswerDialog({
  entry,
  onSaved,
  onClose,
}: {
  /** null: a new question. */
  entry: SalonAnswerView | null;
  onSaved(saved: SalonAnswerView): void;
  onClose(): void;
}) {
  const id = useId();
  const form = useFormState();
  const [topic, setTopic] = useState(entry?.topic ?? '');
  const [answer, setAnswer] = useState(entry?.answer ?? '');
  const [phrasings, setPhrasings] = useState(entry?.phrasings.join('\n') ?? '');
  const [active, setActive] = useState(entry?.active ?? true);
  const { fields } = form.errors;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const body: NewSalonAnswerRequest = {
      topic,
      answer,
      phrasings: phrasingsOfLines(phrasings),
      active,
    };
    await saveRecord<SalonAnswerView>(
      form,
      formElement,
      { collection: '/api/settings/answers', id: entry?.id, body },
      onSaved,
    );
  }

  return (
    <ModalDialog
      titleId={`${id}-title`}
      title={entry ? `Editar ${entry.topic}` : 'Nueva pregunta'}
      onClose={onClose}
    >
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Field
          id={`${id}-topic`}
          label="Tema"
          error={fields['topic']}
          help="De qué trata, para ti y para el bot: «Retrasos», «Formas de pago»."
        >
          {(control) => (
            <input
              {...control}
              type="text"
              autoComplete="off"
              value={topic}
              onChange={(e) => setTopic(e.target.value)}
            />
          )}
        </Field>
        <Field
          id={`${id}-answer`}
          label="Respuesta"
          error={fields['answer']}
          help={`El bot la envía tal cual al cliente (hasta ${SALON_ANSWER_LIMITS.answer} caracteres).`}
        >
          {(control) => (
            <textarea
              {...control}
              rows={4}
              value={answer}
              onChange={(e) => setAnswer(e.target.value)}
            />
          )}
        </Field>
        <Field
          id={`${id}-phrasings`}
          label="Cómo lo preguntan"
          error={fieldError(fields, 'phrasings')}
          help={`Una por línea, hasta ${SALON_ANSWER_LIMITS.phrasings}: palabras o frases cortas que usan los clientes («llego tarde», «bizum»).`}
        >
          {(control) => (
            <textarea
              {...control}
              rows={6}
              value={phrasings}
              onChange={(e) => setPhrasings(e.target.value)}
            />
          )}
        </Field>
        <label className="choice">
          <input
            type="checkbox"
            checked={active}
            onChange={(e) => setActive(e.target.checked)}
          />
          Activa
        </label>
        <p className="help">
          El bot solo responde con las activas; una inactiva se guarda para más
          adelante.
        </p>
        <FormOutcome errors={form.errors} />
        <DialogActions submitLabel="Guardar" busy={form.busy} />
      </form>
    </ModalDialog>
  );
}

export function DeleteAnswerDialog({
  entry,
  onDeleted,
  onClose,
}: {
  entry: SalonAnswerView;
  onDeleted(entry: SalonAnswerView): void;
  onClose(): void;
}) {
  const id = useId();
  const form = useFormState();

  async function remove(button: HTMLButtonElement) {
    const ok = await form.run(() =>
      api.delete(`/api/settings/answers/${entry.id}`),
    );
    if (ok) {
      onDeleted(entry);
      closeDialogOf(button);
    }
  }

  return (
    <ModalDialog
      titleId={`${id}-title`}
      title={`¿Borrar ${entry.topic}?`}
      onClose={onClose}
    >
      <p>
        El bot dejará de usar esta respuesta y no se puede deshacer. Para
        dejarla de usar solo un tiempo, edítala y desmarca «Activa».
      </p>
      <FormOutcome errors={form.errors} />
      <div className="actions">
        <button
          type="button"
          className="danger"
          disabled={form.busy}
          onClick={(e) => void remove(e.currentTarget)}
        >
          Sí, borrar
        </button>
        <button type="button" onClick={(e) => closeDialogOf(e.currentTarget)}>
          No borrar
        </button>
      </div>
    </ModalDialog>
  );
}
