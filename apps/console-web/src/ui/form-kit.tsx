// The forms' shared pieces (settings, agenda): a labelled field with help and the server's Spanish error under it, a modal dialog, and a save that collects those errors.
import {
  useCallback,
  useEffect,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { api, ApiRequestError } from '../api/client';

export interface FormErrors {
  /** Field path → the server's message ('days.2.closesAt', 'aliases.1'). */
  fields: Record<string, string>;
  /** The form's own message (shown once, at the bottom). */
  message: string | null;
}

const NO_ERRORS: FormErrors = { fields: {}, message: null };

/** The message for `key`, or for any item under it ('aliases' finds 'aliases.3'). */
export function fieldError(
  fields: Record<string, string>,
  key: string,
): string | undefined {
  if (fields[key]) return fields[key];
  const item = Object.keys(fields).find((path) => path.startsWith(`${key}.`));
  return item ? fields[item] : undefined;
}

export interface FormState {
  busy: boolean;
  errors: FormErrors;
  /** Runs `save`; true when it went through, otherwise its errors are shown. */
  run(save: () => Promise<unknown>): Promise<boolean>;
  /** Shows errors found before asking the server (a price that is not one). */
  refuse(fields: Record<string, string>, message: string): void;
}

export function useFormState(): FormState {
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const run = useCallback(async (save: () => Promise<unknown>) => {
    setBusy(true);
    setErrors(NO_ERRORS);
    try {
      await save();
      return true;
    } catch (caught) {
      setErrors(
        caught instanceof ApiRequestError
          ? {
              fields: caught.fields,
              message: caught.fields['_'] ?? caught.message,
            }
          : { fields: {}, message: 'No se ha podido guardar.' },
      );
      return false;
    } finally {
      setBusy(false);
    }
  }, []);
  const refuse = useCallback(
    (fields: Record<string, string>, message: string) =>
      setErrors({ fields, message }),
    [],
  );
  return { busy, errors, run, refuse };
}

/** The attributes a field's control needs to be named, described and marked invalid. */
export interface ControlProps {
  id: string;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
}

export function Field({
  id,
  label,
  error,
  help,
  children,
}: {
  id: string;
  label: string;
  error?: string;
  help?: ReactNode;
  children: (control: ControlProps) => ReactNode;
}) {
  const described = [error && `${id}-error`, help && `${id}-help`]
    .filter(Boolean)
    .join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': described || undefined,
      })}
      {help && (
        <p className="help" id={`${id}-help`}>
          {help}
        </p>
      )}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

/** The form's message (role alert, read out when it appears) and its success notice. */
export function FormOutcome({
  errors,
  notice,
}: {
  errors: FormErrors;
  notice?: string | null;
}) {
  return (
    <>
      {errors.message && (
        <p className="form-error" role="alert">
          {errors.message}
        </p>
      )}
      {notice && !errors.message && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
    </>
  );
}

/** Closes the <dialog> around `element` (a form, a button): the dialog's close event tells its owner. */
export function closeDialogOf(element: Element | null): void {
  element?.closest('dialog')?.close();
}

/** The footer of a dialog's form: its submit button (off while the form is busy) and "Cancelar". */
export function DialogActions({
  submitLabel,
  busy,
}: {
  submitLabel: string;
  busy: boolean;
}) {
  return (
    <div className="actions">
      <button type="submit" className="primary" disabled={busy}>
        {submitLabel}
      </button>
      <button type="button" onClick={(e) => closeDialogOf(e.currentTarget)}>
        Cancelar
      </button>
    </div>
  );
}

/**
 * Saves a dialog's record: a PATCH of `collection/id` when it has an id, else a POST to
 * `collection`. When the server took it, `onSaved` gets what it answered and the dialog
 * closes; otherwise the form shows why.
 */
export async function saveRecord<T>(
  form: FormState,
  formElement: HTMLFormElement,
  request: { collection: string; id?: number; body: unknown },
  onSaved: (saved: T) => void,
): Promise<void> {
  let saved: T | undefined;
  const ok = await form.run(async () => {
    saved =
      request.id === undefined
        ? await api.post<T>(request.collection, request.body)
        : await api.patch<T>(
            `${request.collection}/${request.id}`,
            request.body,
          );
  });
  if (ok && saved !== undefined) {
    onSaved(saved);
    closeDialogOf(formElement);
  }
}

/**
 * A modal <dialog>, rendered only while open: it opens itself with showModal (focus stays
 * inside, Esc closes it; closing gives focus back) and tells `onClose` however it was closed.
 */
export function ModalDialog({
  titleId,
  title,
  onClose,
  children,
}: {
  titleId: string;
  title: string;
  onClose(): void;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog ref={ref} aria-labelledby={titleId} onClose={onClose}>
      <h2 id={titleId}>{title}</h2>
      {children}
    </dialog>
  );
}
