// A customer's appointments as a list: when, what, with whom, status, price, and who booked it (the bot or a colleague).
import type { CustomerAppointment } from '@atrevete/console-api';
import { dateTime, localDate, longDate, money, time } from '../../format';

export const STATUS_LABEL: Record<CustomerAppointment['status'], string> = {
  pending: 'Pendiente de confirmar',
  confirmed: 'Confirmada',
  cancelled: 'Cancelada',
  completed: 'Completada',
  no_show: 'No vino',
};

export function AppointmentList({
  appointments,
  timeZone,
  upcoming,
  empty,
}: {
  appointments: CustomerAppointment[];
  timeZone: string;
  /** Upcoming ones read "jueves, 10 de diciembre, 17:00"; past ones carry the year. */
  upcoming: boolean;
  empty: string;
}) {
  if (appointments.length === 0) return <p>{empty}</p>;
  return (
    <ul className="plain-list">
      {appointments.map((appointment) => {
        const when = upcoming
          ? `${longDate(localDate(new Date(appointment.startAt), timeZone))}, ${time(appointment.startAt, timeZone)}`
          : dateTime(appointment.startAt, timeZone);
        return (
          <li key={appointment.id}>
            <p>
              <strong>
                <time dateTime={appointment.startAt}>{when}</time>
              </strong>{' '}
              · {appointment.services.join(', ') || 'Sin servicios'} · con{' '}
              {appointment.stylistName}
            </p>
            <p className="meta">
              <span className={`status-${appointment.status}`}>
                {STATUS_LABEL[appointment.status]}
              </span>{' '}
              · {money(appointment.priceCents)} ·{' '}
              {appointment.bookedByName
                ? `Reservada por ${appointment.bookedByName}`
                : 'Reservada por el bot'}
              {appointment.cancellationReason &&
                ` · Motivo: ${appointment.cancellationReason}`}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
