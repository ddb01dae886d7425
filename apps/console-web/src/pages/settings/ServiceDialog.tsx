// One service in a modal form: name, category, minutes, price in euros, the other names the bot understands, who does it, active.
import {
  SERVICE_CATEGORIES,
  SERVICE_DURATION,
  type NewServiceRequest,
  type ServiceCategory,
  type ServiceView,
  type StylistView,
} from '@atrevete/console-api';
import { useId, useState, type FormEvent } from 'react';
import {
  Field,
  fieldError,
  FormOutcome,
  ModalDialog,
  useFormState,
  saveRecord,
  DialogActions,
} from '../../ui/form-kit';
import { centsOfEuros, eurosOfCents } from './money-input';

const PRICE_HELP = 'En euros, con coma para los céntimos: 25,50.';
const WRONG_PRICE = 'Escribe el precio en euros, por ejemplo 25,50.';

const activeOf = (stylists: StylistView[], category: ServiceCategory) =>
  stylists
    .filter((stylist) => stylist.active && stylist.category === category)
    .map((stylist) => stylist.id);

export function ServiceDialog({
  service,
  stylists,
  onSaved,
  onClose,
}: {
  /** null: a new service. */
  service: ServiceView | null;
  stylists: StylistView[];
  onSaved(saved: ServiceView): void;
  onClose(): void;
}) {
  const id = useId();
  const form = useFormState();
  const [name, setName] = useState(service?.name ?? '');
  const [category, setCategory] = useState<ServiceCategory>(
    service?.category ?? SERVICE_CATEGORIES[0],
  );
  const [duration, setDuration] = useState(
    service ? String(service.durationMinutes) : '',
  );
  const [price, setPrice] = useState(
    service ? eurosOfCents(service.priceCents) : '',
  );
  const [aliases, setAliases] = useState(service?.aliases.join(', ') ?? '');
  const [chosen, setChosen] = useState<number[]>(
    service?.stylistIds ?? activeOf(stylists, category),
  );
  const [active, setActive] = useState(service?.active ?? true);
  const { fields } = form.errors;

  function changeCategory(next: ServiceCategory) {
    setCategory(next);
    setChosen(activeOf(stylists, next));
  }

  function toggle(stylistId: number, on: boolean) {
    setChosen((ids) =>
      on ? [...ids, stylistId] : ids.filter((other) => other !== stylistId),
    );
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const priceCents = centsOfEuros(price);
    if (priceCents === null) {
      form.refuse(
        { priceCents: WRONG_PRICE },
        'Revisa los datos del formulario.',
      );
      return;
    }
    const body: NewServiceRequest = {
      name,
      category,
      durationMinutes: duration.trim() === '' ? Number.NaN : Number(duration),
      priceCents,
      aliases: aliases
        .split(',')
        .map((alias) => alias.trim())
        .filter(Boolean),
      stylistIds: chosen,
      active,
    };
    await saveRecord<ServiceView>(
      form,
      formElement,
      { collection: '/api/catalogue/services', id: service?.id, body },
      onSaved,
    );
  }

  const ofCategory = stylists.filter((s) => s.category === category);
  const stylistsError = fieldError(fields, 'stylistIds');
  return (
    <ModalDialog
      titleId={`${id}-title`}
      title={service ? `Editar ${service.name}` : 'Nuevo servicio'}
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
              onChange={(e) =>
                changeCategory(e.target.value as ServiceCategory)
              }
            >
              {SERVICE_CATEGORIES.map((option) => (
                <option key={option}>{option}</option>
              ))}
            </select>
          )}
        </Field>
        <div className="field-row">
          <Field
            id={`${id}-duration`}
            label="Duración (minutos)"
            error={fields['durationMinutes']}
            help={`De ${SERVICE_DURATION.step} en ${SERVICE_DURATION.step}.`}
          >
            {(control) => (
              <input
                {...control}
                type="number"
                inputMode="numeric"
                min={SERVICE_DURATION.min}
                max={SERVICE_DURATION.max}
                step={SERVICE_DURATION.step}
                value={duration}
                onChange={(e) => setDuration(e.target.value)}
              />
            )}
          </Field>
          <Field
            id={`${id}-price`}
            label="Precio (€)"
            error={fields['priceCents']}
            help={PRICE_HELP}
          >
            {(control) => (
              <input
                {...control}
                type="text"
                inputMode="decimal"
                autoComplete="off"
                value={price}
                onChange={(e) => setPrice(e.target.value)}
              />
            )}
          </Field>
        </div>
        <Field
          id={`${id}-aliases`}
          label="Otros nombres"
          error={fieldError(fields, 'aliases')}
          help="Separados por comas: cómo lo piden los clientes (el bot también los entiende)."
        >
          {(control) => (
            <input
              {...control}
              type="text"
              autoComplete="off"
              value={aliases}
              onChange={(e) => setAliases(e.target.value)}
            />
          )}
        </Field>
        <fieldset
          className="choices"
          aria-describedby={`${id}-stylists-help${stylistsError ? ` ${id}-stylists-error` : ''}`}
        >
          <legend>Estilistas</legend>
          {ofCategory.map((stylist) => (
            <label key={stylist.id} className="choice">
              <input
                type="checkbox"
                checked={chosen.includes(stylist.id)}
                onChange={(e) => toggle(stylist.id, e.target.checked)}
              />
              {stylist.active ? stylist.name : `${stylist.name} (inactivo)`}
            </label>
          ))}
          <p className="help" id={`${id}-stylists-help`}>
            Con todos marcados lo hace cualquiera de {category}, también quien
            entre después.
          </p>
          {stylistsError && (
            <p className="field-error" id={`${id}-stylists-error`}>
              {stylistsError}
            </p>
          )}
        </fieldset>
        <label className="choice">
          <input
            type="checkbox"
            checked={active}
            onChange={(e) => setActive(e.target.checked)}
          />
          Activo
        </label>
        <p className="help">Uno inactivo no se ofrece ni se puede reservar.</p>
        <FormOutcome errors={form.errors} />
        <DialogActions submitLabel="Guardar" busy={form.busy} />
      </form>
    </ModalDialog>
  );
}
