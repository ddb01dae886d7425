// /settings/staff: the console's accounts; add one, edit name and role, disable or enable, and a new password shown once.
import {
  STAFF_ROLE_NAMES,
  type StaffListResponse,
  type StaffView,
} from '@atrevete/console-api';
import { useState } from 'react';
import { api, ApiRequestError } from '../../api/client';
import { useSession } from '../../auth/session';
import { useApiData } from '../../ui/use-api-data';
import {
  EditStaffDialog,
  NewStaffDialog,
  ResetPasswordDialog,
  type ShownPassword,
} from './StaffDialogs';

type Open =
  | { dialog: 'new' }
  | { dialog: 'edit' | 'reset'; account: StaffView }
  | null;

export function StaffSection() {
  const me = useSession().staff;
  const list = useApiData<StaffListResponse>('/api/staff');
  const [open, setOpen] = useState<Open>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [shown, setShown] = useState<ShownPassword | null>(null);

  function show(next: Open) {
    setNotice(null);
    setError(null);
    setOpen(next);
  }

  async function setActive(account: StaffView, active: boolean) {
    show(null);
    try {
      await api.patch<StaffView>(`/api/staff/${account.id}`, { active });
      setNotice(
        active
          ? `${account.name} puede volver a entrar.`
          : `${account.name} ya no puede entrar; sus sesiones se han cerrado.`,
      );
      list.reload();
    } catch (caught) {
      setError(
        caught instanceof ApiRequestError
          ? caught.message
          : 'No se ha podido cambiar.',
      );
    }
  }

  return (
    <section aria-labelledby="staff-title">
      <div className="section-head">
        <h2 id="staff-title">Personal</h2>
        <button
          type="button"
          className="primary"
          onClick={() => show({ dialog: 'new' })}
        >
          Nueva cuenta
        </button>
      </div>
      {shown && (
        <div className="card password-card" role="status">
          <p>
            Contraseña de {shown.name}: <code>{shown.password}</code>
          </p>
          <p className="help">
            Cópiala y dásela ahora: no se volverá a mostrar.
          </p>
          <button type="button" onClick={() => setShown(null)}>
            Hecho, ya la he copiado
          </button>
        </div>
      )}
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      {(list.error ?? error) && (
        <p className="form-error" role="alert">
          {list.error ?? error}
        </p>
      )}
      {list.data && (
        <table className="settings-table">
          <thead>
            <tr>
              <th scope="col">Nombre</th>
              <th scope="col">Correo</th>
              <th scope="col">Rol</th>
              <th scope="col">Estado</th>
              <th scope="col">
                <span className="visually-hidden">Acciones</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.data.staff.map((account) => (
              <tr
                key={account.id}
                className={account.active ? undefined : 'inactive'}
              >
                <td>
                  {account.name}
                  {account.id === me.id && ' (tú)'}
                </td>
                <td data-label="Correo">{account.email}</td>
                <td data-label="Rol">{STAFF_ROLE_NAMES[account.role]}</td>
                <td data-label="Estado">
                  {account.active ? 'Activa' : 'Desactivada'}
                </td>
                <td className="row-actions">
                  <button
                    type="button"
                    aria-label={`Editar ${account.name}`}
                    onClick={() => show({ dialog: 'edit', account })}
                  >
                    Editar
                  </button>
                  <button
                    type="button"
                    aria-label={`${account.active ? 'Desactivar' : 'Activar'} ${account.name}`}
                    onClick={() => void setActive(account, !account.active)}
                  >
                    {account.active ? 'Desactivar' : 'Activar'}
                  </button>
                  <button
                    type="button"
                    aria-label={`Nueva contraseña para ${account.name}`}
                    onClick={() => show({ dialog: 'reset', account })}
                  >
                    Nueva contraseña
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {open?.dialog === 'new' && (
        <NewStaffDialog
          onCreated={(account, password) => {
            setNotice(`Cuenta creada: ${account.name} (${account.email}).`);
            setShown(password);
            list.reload();
          }}
          onClose={() => setOpen(null)}
        />
      )}
      {open?.dialog === 'edit' && (
        <EditStaffDialog
          account={open.account}
          onSaved={(account) => {
            setNotice(`Guardado: ${account.name}.`);
            list.reload();
          }}
          onClose={() => setOpen(null)}
        />
      )}
      {open?.dialog === 'reset' && (
        <ResetPasswordDialog
          account={open.account}
          onReset={setShown}
          onClose={() => setOpen(null)}
        />
      )}
    </section>
  );
}
