// "Nueva cita": a walk-in or a phone call booked at the desk — customer, services, stylist, then one of the free times the booking engine offers.
import type {
  AgendaAppointment,
  AvailabilityResponse,
  CatalogueResponse,
  CustomerSummary,
  ServiceView,
} from '@atrevete/console-api';
import { useId, useMemo, useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { money, time } from '../../format';
import { StylistField } from './StylistField';
import {
  closeDialogOf,
  Field,
  FormOutcome,
  ModalDialog,
  useFormState,
  DialogActions,
} from '../../ui/form-kit';
import { useApiData } from '../../ui/use-api-data';
import { CustomerPicker } from './CustomerPicker';

export interface NewAppointmentStart {
  date: string;
  stylistId: number | null;
  /** 'HH:MM' of the slot clicked, chosen when it is free. */
  time: string | null;
}

const NO_SLOT_REASONS: Record<string, string> = {
  closed: 'El salón está cerrado ese día.',
  holiday: 'Ese día es festivo: el salón está cerrado.',
  fully_booked: 'No queda ningún hueco libre ese día para esos servicios.',
  too_soon: 'Ese día ya ha pasado.',
  beyond_horizon: 'Esa fecha está demasiado lejos.',
  no_stylist: 'Ninguna estilista hace esos servicios.',
};

/** Those who do every chosen service (all active ones before any is chosen). */
export function stylistsFor(
  catalogue: CatalogueResponse,
  services: ServiceView[],
) {
  return catalogue.stylists.filter(
    (stylist) =>
      stylist.active &&
      services.every((service) => service.stylistIds.includes(stylist.id)),
  );
}

interface Offer {
  key: string;
  stylistId: number;
  start: string;
  time: string;
}

export function NewAppointmentDialog({
  timeZone,
  catalogue,
  initial,
  onBooked,
  onClose,
}: {
  timeZone: string;
  catalogue: CatalogueResponse;
  initial: NewAppointmentStart;
  onBooked(appointment: AgendaAppointment): void;
  onClose(): void;
}) {
  const id = useId();
  const form = useFormState();
  // Made when the form opens: a double click or a retry after a timeout books once.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [customer, setCustomer] = useState<CustomerSummary | null>(null);
  const [serviceIds, setServiceIds] = useState<number[]>([]);
  const [stylistId, setStylistId] = useState<number | null>(initial.stylistId);
  const [date, setDate] = useState(initial.date);
  const [chosen, setChosen] = useState<string | null>(null);

  const services = catalogue.services.filter((s) => s.active);
  const picked = services.filter((s) => serviceIds.includes(s.id));
  const stylists = stylistsFor(catalogue, picked);
  const stylist = stylists.some((s) => s.id === stylistId) ? stylistId : null;
  const stylistName = (sid: number) =>
    catalogue.stylists.find((s) => s.id === sid)?.name ?? '';

  const available = useApiData<AvailabilityResponse>(
    picked.length > 0 && date
      ? `/api/availability?date=${date}&serviceIds=${serviceIds.join(',')}${stylist ? `&stylistId=${stylist}` : ''}`
      : null,
  );
  // One offer per start time (the engine ranks the team's; the first stylist free then gets it).
  const offers = useMemo(() => {
    const byTime = new Map<string, Offer>();
    for (const slot of available.data?.slots ?? []) {
      const at = time(slot.start, timeZone);
      if (!byTime.has(at))
        byTime.set(at, {
          key: `${slot.stylistId}|${slot.start}`,
          stylistId: slot.stylistId,
          start: slot.start,
          time: at,
        });
    }
    return [...byTime.values()].sort((a, b) => a.start.localeCompare(b.start));
  }, [available.data, timeZone]);
  const offer =
    offers.find((o) => o.key === chosen) ??
    (chosen === null && initial.time && date === initial.date
      ? offers.find((o) => o.time === initial.time)
      : undefined);

  function toggleService(serviceId: number, on: boolean) {
    setServiceIds((ids) =>
      on ? [...ids, serviceId] : ids.filter((i) => i !== serviceId),
    );
    setChosen(null);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const target = event.currentTarget;
    if (!customer)
      return form.refuse({}, 'Elige o crea el cliente de la cita.');
    if (picked.length === 0)
      return form.refuse({}, 'Elige al menos un servicio.');
    if (!offer) return form.refuse({}, 'Elige una de las horas libres.');
    const done = await form.run(async () => {
      const booked = await api.post<AgendaAppointment>('/api/appointments', {
        customerId: customer.id,
        stylistId: offer.stylistId,
        serviceIds,
        start: offer.start,
        idempotencyKey,
      });
      onBooked(booked);
    });
    if (done) closeDialogOf(target);
    // A slot taken meanwhile: the offers are no longer true.
    else available.reload();
  }

  const byCategory = groupBy(services, (s) => s.category);
  const total = picked.reduce((sum, s) => sum + s.priceCents, 0);
  const minutes = picked.reduce((sum, s) => sum + s.durationMinutes, 0);

  return (
    <ModalDialog titleId={`${id}-title`} title="Nueva cita" onClose={onClose}>
      <form className="booking-form" onSubmit={submit} noValidate>
        <CustomerPicker customer={customer} onChange={setCustomer} />
        <fieldset>
          <legend>Servicios</legend>
          {[...byCategory].map(([category, list]) => (
            <div key={category} className="service-group">
              <p className="group-title">{category}</p>
              {list.map((service) => (
                <div key={service.id} className="check">
                  <input
                    type="checkbox"
                    id={`${id}-s${service.id}`}
                    aria-describedby={`${id}-s${service.id}-meta`}
                    checked={serviceIds.includes(service.id)}
                    onChange={(e) =>
                      toggleService(service.id, e.target.checked)
                    }
                  />
                  <label htmlFor={`${id}-s${service.id}`}>{service.name}</label>
                  <span className="muted" id={`${id}-s${service.id}-meta`}>
                    {service.durationMinutes} min · {money(service.priceCents)}
                  </span>
                </div>
              ))}
            </div>
          ))}
          {picked.length > 0 && (
            <p className="muted">
              Total: {minutes} min · {money(total)}
            </p>
          )}
        </fieldset>
        <div className="row">
          <StylistField
            id={`${id}-stylist`}
            stylists={stylists}
            value={stylist}
            anyone
            onChange={(stylistId) => {
              setStylistId(stylistId);
              setChosen(null);
            }}
          />
          <Field id={`${id}-date`} label="Día">
            {(control) => (
              <input
                {...control}
                type="date"
                value={date}
                onChange={(e) => {
                  setDate(e.target.value);
                  setChosen(null);
                }}
              />
            )}
          </Field>
        </div>
        <fieldset>
          <legend>Hora</legend>
          {picked.length === 0 && (
            <p className="muted">
              Elige los servicios para ver las horas libres.
            </p>
          )}
          {available.loading && <p role="status">Buscando huecos…</p>}
          {available.error && <p className="form-error">{available.error}</p>}
          {available.data && offers.length === 0 && (
            <p>
              {NO_SLOT_REASONS[available.data.reason ?? 'fully_booked'] ??
                NO_SLOT_REASONS['fully_booked']}
            </p>
          )}
          <div className="slot-choices">
            {offers.map((o) => (
              <label key={o.key} className="slot-choice">
                <input
                  type="radio"
                  name={`${id}-slot`}
                  value={o.key}
                  checked={offer?.key === o.key}
                  onChange={() => setChosen(o.key)}
                  aria-label={
                    stylist === null
                      ? `${o.time} con ${stylistName(o.stylistId)}`
                      : o.time
                  }
                />
                <span aria-hidden="true">
                  {o.time}
                  {stylist === null && (
                    <span className="muted"> {stylistName(o.stylistId)}</span>
                  )}
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        <FormOutcome errors={form.errors} />
        <DialogActions submitLabel="Reservar" busy={form.busy} />
      </form>
    </ModalDialog>
  );
}

function groupBy<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    groups.set(k, [...(groups.get(k) ?? []), item]);
  }
  return groups;
}
