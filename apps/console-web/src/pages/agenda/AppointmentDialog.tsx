// One appointment of the agenda: who, what, when, who booked it; mark it completed or no-show, move it, or cancel it with a reason.
import type {
  AgendaAppointment,
  CatalogueResponse,
} from '@atrevete/console-api';
import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { api, ApiRequestError } from '../../api/client';
import { localDate, longDate, money, time } from '../../format';
import { StylistField } from './StylistField';
import {
  closeDialogOf,
  Field,
  FormOutcome,
  ModalDialog,
  useFormState,
} from '../../ui/form-kit';
import {
  bookedByText,
  customerName,
  instantOf,
  STATUS_TEXT,
} from './agenda-model';

type Mode = 'details' | 'move' | 'cancel';

interface Alternative {
  stylistId: number;
  start: string;
}

export function AppointmentDialog({
  appointment,
  timeZone,
  catalogue,
  onChanged,
  onClose,
}: {
  appointment: AgendaAppointment;
  timeZone: string;
  catalogue: CatalogueResponse;
  /** Something changed (or was found changed): the agenda reloads. */
  onChanged(): void;
  onClose(): void;
}) {
  const id = useId();
  const form = useFormState();
  const [mode, setMode] = useState<Mode>('details');
  const [date, setDate] = useState(
    localDate(new Date(appointment.start), timeZone),
  );
  const [clock, setClock] = useState(time(appointment.start, timeZone));
  const [stylistId, setStylistId] = useState(appointment.stylistId);
  const [reason, setReason] = useState('');
  const [alternatives, setAlternatives] = useState<Alternative[]>([]);

  const open =
    appointment.status === 'pending' || appointment.status === 'confirmed';
  const stylistName = (sid: number) =>
    catalogue.stylists.find((s) => s.id === sid)?.name ?? '';
  const serviceIds = appointment.services.map((s) => s.id);
  const stylists = catalogue.stylists.filter(
    (s) =>
      (s.active || s.id === appointment.stylistId) &&
      serviceIds.every(
        (sid) =>
          catalogue.services
            .find((service) => service.id === sid)
            ?.stylistIds.includes(s.id) ?? true,
      ),
  );

  /** Runs a change; on success the agenda reloads and the dialog closes. */
  async function change(element: Element | null, send: () => Promise<unknown>) {
    setAlternatives([]);
    const done = await form.run(send);
    if (done) {
      onChanged();
      closeDialogOf(element);
    }
  }

  function refusedWith(caught: unknown): never {
    if (caught instanceof ApiRequestError) {
      if (caught.code === 'slot_taken') {
        const body = caught.body as { alternatives?: Alternative[] };
        setAlternatives((body.alternatives ?? []).slice(0, 6));
      }
      // Someone else changed it: what the dialog shows is stale, the agenda is not.
      if (caught.code === 'changed') onChanged();
    }
    throw caught;
  }

  async function move(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const target = event.currentTarget;
    const start = instantOf(date, clock, timeZone);
    if (!start)
      return form.refuse(
        { start: 'Escribe una hora como 09:30.' },
        'Revisa la fecha y la hora.',
      );
    await change(target, () =>
      api
        .patch(`/api/appointments/${appointment.id}`, {
          start,
          stylistId,
          expectedUpdatedAt: appointment.updatedAt,
        })
        .catch(refusedWith),
    );
  }

  async function cancel(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const target = event.currentTarget;
    await change(target, () =>
      api
        .post(`/api/appointments/${appointment.id}/cancel`, {
          reason,
          expectedUpdatedAt: appointment.updatedAt,
        })
        .catch(refusedWith),
    );
  }

  const outcome = (status: 'completed' | 'no_show') => (button: Element) =>
    change(button, () =>
      api.post(`/api/appointments/${appointment.id}/outcome`, { status }),
    );
  const confirm = (button: Element) =>
    change(button, () =>
      api.post(`/api/appointments/${appointment.id}/confirm`, {}),
    );
  const { confirmation, reminder } = appointment.messages;
  const noShows = appointment.customer.noShows;

  return (
    <ModalDialog
      titleId={`${id}-title`}
      title={`Cita de ${customerName(appointment)}`}
      onClose={onClose}
    >
      <dl className="details">
        <dt>Cliente</dt>
        <dd>
          <Link to={`/customers/${appointment.customer.id}`}>
            {customerName(appointment)}
          </Link>
          {appointment.customer.phone && (
            <>
              {' · '}
              <a href={`tel:${appointment.customer.phone}`}>
                {appointment.customer.phone}
              </a>
            </>
          )}
          {noShows > 0 && (
            <span className="no-shows">
              {' · '}
              {noShows === 1 ? 'No vino 1 vez' : `No vino ${noShows} veces`}
            </span>
          )}
        </dd>
        <dt>Servicios</dt>
        <dd>
          {appointment.services.map((s) => s.name).join(' + ')} ·{' '}
          {money(appointment.priceCents)}
        </dd>
        <dt>Cuándo</dt>
        <dd>
          {longDate(localDate(new Date(appointment.start), timeZone))},{' '}
          {time(appointment.start, timeZone)}–{time(appointment.end, timeZone)}{' '}
          con {stylistName(appointment.stylistId)}
        </dd>
        <dt>Estado</dt>
        <dd>
          {STATUS_TEXT[appointment.status]} · {bookedByText(appointment)}
          {appointment.unconfirmedAlert && (
            <strong className="unconfirmed-alert">
              {' · '}Sin confirmar: se le pidió y no ha respondido. Llamadle.
            </strong>
          )}
        </dd>
        {confirmation && (
          <>
            <dt>Petición de confirmación</dt>
            <dd>{confirmation.text}</dd>
          </>
        )}
        {reminder && (
          <>
            <dt>Recordatorio</dt>
            <dd>{reminder.text}</dd>
          </>
        )}
      </dl>

      {mode === 'details' && (
        <>
          <FormOutcome errors={form.errors} />
          <div className="actions">
            {appointment.status === 'pending' && (
              <button
                type="button"
                className="primary"
                disabled={form.busy}
                onClick={(e) => void confirm(e.currentTarget)}
              >
                Confirmar cita
              </button>
            )}
            {open && (
              <>
                <button
                  type="button"
                  disabled={form.busy}
                  onClick={(e) => void outcome('completed')(e.currentTarget)}
                >
                  Completada
                </button>
                <button
                  type="button"
                  disabled={form.busy}
                  onClick={(e) => void outcome('no_show')(e.currentTarget)}
                >
                  No vino
                </button>
                <button type="button" onClick={() => setMode('move')}>
                  Mover
                </button>
                <button
                  type="button"
                  className="danger"
                  onClick={() => setMode('cancel')}
                >
                  Cancelar cita
                </button>
              </>
            )}
            <button
              type="button"
              onClick={(e) => closeDialogOf(e.currentTarget)}
            >
              Cerrar
            </button>
          </div>
        </>
      )}

      {mode === 'move' && (
        <form onSubmit={move} noValidate>
          <div className="row">
            <Field id={`${id}-date`} label="Fecha">
              {(props) => (
                <input
                  {...props}
                  type="date"
                  value={date}
                  onChange={(e) => setDate(e.target.value)}
                />
              )}
            </Field>
            <Field
              id={`${id}-time`}
              label="Hora"
              error={form.errors.fields['start']}
            >
              {(props) => (
                <input
                  {...props}
                  type="time"
                  step={900}
                  value={clock}
                  onChange={(e) => setClock(e.target.value)}
                />
              )}
            </Field>
            <StylistField
              id={`${id}-stylist`}
              stylists={stylists}
              value={stylistId}
              onChange={setStylistId}
            />
          </div>
          <FormOutcome errors={form.errors} />
          {alternatives.length > 0 && (
            <div className="alternatives">
              <p>Huecos libres cercanos:</p>
              <ul>
                {alternatives.map((alt) => (
                  <li key={`${alt.stylistId}|${alt.start}`}>
                    <button
                      type="button"
                      onClick={() => {
                        setDate(localDate(new Date(alt.start), timeZone));
                        setClock(time(alt.start, timeZone));
                        setStylistId(alt.stylistId);
                      }}
                    >
                      {longDate(localDate(new Date(alt.start), timeZone))}{' '}
                      {time(alt.start, timeZone)} con{' '}
                      {stylistName(alt.stylistId)}
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          )}
          <div className="actions">
            <button type="submit" className="primary" disabled={form.busy}>
              Guardar
            </button>
            <button type="button" onClick={() => setMode('details')}>
              Volver
            </button>
          </div>
        </form>
      )}

      {mode === 'cancel' && (
        <form onSubmit={cancel} noValidate>
          <Field
            id={`${id}-reason`}
            label="Motivo"
            error={form.errors.fields['reason']}
          >
            {(props) => (
              <textarea
                {...props}
                rows={2}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
              />
            )}
          </Field>
          <FormOutcome errors={form.errors} />
          <div className="actions">
            <button type="submit" className="danger" disabled={form.busy}>
              Confirmar cancelación
            </button>
            <button type="button" onClick={() => setMode('details')}>
              Volver
            </button>
          </div>
        </form>
      )}
    </ModalDialog>
  );
}
