// The owner's dialogs for accounts: a new account (password optional: one is generated), a name or role change, and a password reset.
import {
  STAFF_PASSWORD_MIN_LENGTH,
  STAFF_ROLE_NAMES,
  STAFF_ROLES,
  type NewStaffRequest,
  type NewStaffResponse,
  type PasswordResetResponse,
  type StaffRole,
  type StaffView,
} from '@atrevete/console-api';
import { useId, useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import {
  Field,
  FormOutcome,
  ModalDialog,
  useFormState,
  closeDialogOf,
  saveRecord,
  type ControlProps,
  DialogActions,
} from '../../ui/form-kit';

/** A password the server generated, to show once. */
export interface ShownPassword {
  name: string;
  password: string;
}

function RoleSelect({
  control,
  role,
  onChange,
}: {
  control: ControlProps;
  role: StaffRole;
  onChange(role: StaffRole): void;
}) {
  return (
    <select
      {...control}
      value={role}
      onChange={(e) => onChange(e.target.value as StaffRole)}
    >
      {STAFF_ROLES.map((option) => (
        <option key={option} value={option}>
          {STAFF_ROLE_NAMES[option]}
        </option>
      ))}
    </select>
  );
}

const ROLE_HELP =
  'Propietaria: también catálogo, horario, ajustes, personal e historial. Personal: agenda, clientes y traspasos.';

export function NewStaffDialog({
  onCreated,
  onClose,
}: {
  onCreated(account: StaffView, shown: ShownPassword | null): void;
  onClose(): void;
}) {
  const id = useId();
  const form = useFormState();
  const [request, setRequest] = useState<Required<NewStaffRequest>>({
    name: '',
    email: '',
    role: 'staff',
    password: '',
  });
  const { fields } = form.errors;
  const set = (patch: Partial<NewStaffRequest>) =>
    setRequest((all) => ({ ...all, ...patch }));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const { password, ...rest } = request;
    let created: NewStaffResponse | undefined;
    const ok = await form.run(async () => {
      created = await api.post<NewStaffResponse>(
        '/api/staff',
        password ? request : rest,
      );
    });
    if (!ok || !created) return;
    const { account, generatedPassword } = created;
    onCreated(
      account,
      generatedPassword
        ? { name: account.name, password: generatedPassword }
        : null,
    );
    closeDialogOf(formElement);
  }

  return (
    <ModalDialog titleId={`${id}-title`} title="Nueva cuenta" onClose={onClose}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Field id={`${id}-name`} label="Nombre" error={fields['name']}>
          {(control) => (
            <input
              {...control}
              type="text"
              autoComplete="off"
              value={request.name}
              onChange={(e) => set({ name: e.target.value })}
            />
          )}
        </Field>
        <Field
          id={`${id}-email`}
          label="Correo electrónico"
          error={fields['email']}
        >
          {(control) => (
            <input
              {...control}
              type="email"
              autoComplete="off"
              value={request.email}
              onChange={(e) => set({ email: e.target.value })}
            />
          )}
        </Field>
        <Field
          id={`${id}-role`}
          label="Rol"
          error={fields['role']}
          help={ROLE_HELP}
        >
          {(control) => (
            <RoleSelect
              control={control}
              role={request.role}
              onChange={(role) => set({ role })}
            />
          )}
        </Field>
        <Field
          id={`${id}-password`}
          label="Contraseña"
          error={fields['password']}
          help={`Opcional (al menos ${STAFF_PASSWORD_MIN_LENGTH} caracteres). Vacía: se genera una y se muestra una sola vez.`}
        >
          {(control) => (
            <input
              {...control}
              type="password"
              autoComplete="new-password"
              value={request.password}
              onChange={(e) => set({ password: e.target.value })}
            />
          )}
        </Field>
        <FormOutcome errors={form.errors} />
        <DialogActions submitLabel="Crear cuenta" busy={form.busy} />
      </form>
    </ModalDialog>
  );
}

export function EditStaffDialog({
  account,
  onSaved,
  onClose,
}: {
  account: StaffView;
  onSaved(account: StaffView): void;
  onClose(): void;
}) {
  const id = useId();
  const form = useFormState();
  const [name, setName] = useState(account.name);
  const [role, setRole] = useState<StaffRole>(account.role);
  const { fields } = form.errors;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    await saveRecord<StaffView>(
      form,
      formElement,
      { collection: '/api/staff', id: account.id, body: { name, role } },
      onSaved,
    );
  }

  return (
    <ModalDialog
      titleId={`${id}-title`}
      title={`Editar ${account.name}`}
      onClose={onClose}
    >
      <form onSubmit={(event) => void submit(event)} noValidate>
        <p className="help">{account.email}</p>
        <Field id={`${id}-name`} label="Nombre" error={fields['name']}>
          {(control) => (
            <input
              {...control}
              type="text"
              autoComplete="off"
              value={name}
              onChange={(e) => setName(e.target.value)}
            />
          )}
        </Field>
        <Field
          id={`${id}-role`}
          label="Rol"
          error={fields['role']}
          help={ROLE_HELP}
        >
          {(control) => (
            <RoleSelect control={control} role={role} onChange={setRole} />
          )}
        </Field>
        <FormOutcome errors={form.errors} />
        <DialogActions submitLabel="Guardar" busy={form.busy} />
      </form>
    </ModalDialog>
  );
}

export function ResetPasswordDialog({
  account,
  onReset,
  onClose,
}: {
  account: StaffView;
  onReset(shown: ShownPassword): void;
  onClose(): void;
}) {
  const id = useId();
  const form = useFormState();

  async function reset(button: HTMLButtonElement) {
    let answer: PasswordResetResponse | undefined;
    const ok = await form.run(async () => {
      answer = await api.post<PasswordResetResponse>(
        `/api/staff/${account.id}/reset-password`,
      );
    });
    if (ok && answer) {
      onReset({
        name: answer.account.name,
        password: answer.generatedPassword,
      });
      closeDialogOf(button);
    }
  }

  return (
    <ModalDialog
      titleId={`${id}-title`}
      title={`Nueva contraseña para ${account.name}`}
      onClose={onClose}
    >
      <p>
        Se genera una contraseña nueva y se cierran sus sesiones abiertas. La
        anterior deja de servir.
      </p>
      <FormOutcome errors={form.errors} />
      <div className="actions">
        <button
          type="button"
          className="primary"
          disabled={form.busy}
          onClick={(e) => void reset(e.currentTarget)}
        >
          Generar contraseña
        </button>
        <button type="button" onClick={(e) => closeDialogOf(e.currentTarget)}>
          Cancelar
        </button>
      </div>
    </ModalDialog>
  );
}
