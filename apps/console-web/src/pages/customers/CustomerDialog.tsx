// A customer's name and phone in a modal dialog: adding one at the desk, or correcting one; the server's Spanish reasons under each field.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { ApiRequestError } from '../../api/client';

export interface CustomerFields {
  name: string;
  phone: string;
}

export interface CustomerDialogProps {
  title: string;
  submitLabel: string;
  initial: CustomerFields;
  /** Sends the form; throws ApiRequestError when the server refuses it. */
  save(fields: CustomerFields): Promise<void>;
  onClose(): void;
}

/** Rendered only while open: it opens itself as a modal (focus stays inside) and closes on Esc. */
export function CustomerDialog({
  title,
  submitLabel,
  initial,
  save,
  onClose,
}: CustomerDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [fields, setFields] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setErrors({});
    setMessage(null);
    try {
      await save(fields);
      ref.current?.close();
    } catch (caught) {
      if (caught instanceof ApiRequestError) {
        setErrors(caught.fields);
        setMessage(caught.message);
      } else {
        setMessage('No se ha podido guardar.');
      }
    } finally {
      setBusy(false);
    }
  }

  const field = (key: keyof CustomerFields, label: string, type: string) => {
    const inputId = `${id}-${key}`;
    const error = errors[key];
    return (
      <>
        <label htmlFor={inputId}>{label}</label>
        <input
          id={inputId}
          type={type}
          autoComplete="off"
          value={fields[key]}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${inputId}-error` : undefined}
          onChange={(e) => setFields({ ...fields, [key]: e.target.value })}
        />
        {error && (
          <p className="field-error" id={`${inputId}-error`}>
            {error}
          </p>
        )}
      </>
    );
  };

  return (
    <dialog ref={ref} aria-labelledby={`${id}-title`} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <h2 id={`${id}-title`}>{title}</h2>
        {field('name', 'Nombre', 'text')}
        {field('phone', 'Teléfono', 'tel')}
        {message && (
          <p className="form-error" role="alert">
            {message}
          </p>
        )}
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {submitLabel}
          </button>
          <button type="button" onClick={() => ref.current?.close()}>
            Cancelar
          </button>
        </div>
      </form>
    </dialog>
  );
}
