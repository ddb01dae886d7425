// /settings/stylists: who works at the salon (name, category, active), each editable in a dialog, and new stylists.
import {
  SERVICE_CATEGORIES,
  type CatalogueResponse,
  type NewStylistRequest,
  type ServiceCategory,
  type StylistView,
} from '@atrevete/console-api';
import { useId, useState, type FormEvent } from 'react';
import { useApiData } from '../../ui/use-api-data';
import {
  saveRecord,
  Field,
  FormOutcome,
  ModalDialog,
  useFormState,
  DialogActions,
} from '../../ui/form-kit';

type Editing = { stylist: StylistView | null } | null;

export function StylistsSection() {
  const catalogue = useApiData<CatalogueResponse>('/api/catalogue');
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState<string | null>(null);

  function open(stylist: StylistView | null) {
    setNotice(null);
    setEditing({ stylist });
  }

  return (
    <section aria-labelledby="stylists-title">
      <div className="section-head">
        <h2 id="stylists-title">Estilistas</h2>
        <button type="button" className="primary" onClick={() => open(null)}>
          Nuevo estilista
        </button>
      </div>
      <p className="help">
        Cada estilista hace los servicios de su categoría. Uno inactivo deja de
        ofrecerse en la agenda y en el bot; sus citas siguen ahí.
      </p>
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      {catalogue.error && (
        <p className="form-error" role="alert">
          {catalogue.error}
        </p>
      )}
      {catalogue.data && (
        <table className="settings-table">
          <thead>
            <tr>
              <th scope="col">Estilista</th>
              <th scope="col">Categoría</th>
              <th scope="col">Activo</th>
              <th scope="col">
                <span className="visually-hidden">Acciones</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {catalogue.data.stylists.map((stylist) => (
              <tr
                key={stylist.id}
                className={stylist.active ? undefined : 'inactive'}
              >
                <td>{stylist.name}</td>
                <td data-label="Categoría">{stylist.category}</td>
                <td data-label="Activo">{stylist.active ? 'Sí' : 'No'}</td>
                <td>
                  <button
                    type="button"
                    aria-label={`Editar ${stylist.name}`}
                    onClick={() => open(stylist)}
                  >
                    Editar
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {editing && (
        <StylistDialog
          stylist={editing.stylist}
          onSaved={(saved) => {
            setNotice(`Guardado: ${saved.name}.`);
            catalogue.reload();
          }}
          onClose={() => setEditing(null)}
        />
      )}
    </section>
  );
}

function StylistDialog({
  stylist,
  onSaved,
  onClose,
}: {
  stylist: StylistView | null;
  onSaved(saved: StylistView): void;
  onClose(): void;
}) {
  const id = useId();
  const form = useFormState();
  const [name, setName] = useState(stylist?.name ?? '');
  const [category, setCategory] = useState<ServiceCategory>(
    stylist?.category ?? SERVICE_CATEGORIES[0],
  );
  const [active, setActive] = useState(stylist?.active ?? true);
  const { fields } = form.errors;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const body: NewStylistRequest = { name, category, active };
    await saveRecord<StylistView>(
      form,
      formElement,
      { collection: '/api/catalogue/stylists', id: stylist?.id, body },
      onSaved,
    );
  }

  return (
    <ModalDialog
      titleId={`${id}-title`}
      title={stylist ? `Editar ${stylist.name}` : 'Nuevo estilista'}
      onClose={onClose}
    >
      <form onSubmit={(event) => void submit(event)} noValidate>
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
          id={`${id}-category`}
          label="Categoría"
          error={fields['category']}
        >
          {(control) => (
            <select
              {...control}
              value={category}
              onChange={(e) => setCategory(e.target.value as ServiceCategory)}
            >
              {SERVICE_CATEGORIES.map((option) => (
                <option key={option}>{option}</option>
              ))}
            </select>
          )}
        </Field>
        <label className="choice">
          <input
            type="checkbox"
            checked={active}
            onChange={(e) => setActive(e.target.checked)}
          />
          Activo
        </label>
        <FormOutcome errors={form.errors} />
        <DialogActions submitLabel="Guardar" busy={form.busy} />
      </form>
    </ModalDialog>
  );
}
