// How appointments, blocks and the salon's days appear in the agenda's answers (the contract's shapes).
import {
  agendaFollowUps,
  appointmentParties,
  type AppointmentMessageState,
  type DbExecutor,
  type Holiday,
  type OpeningHours,
} from '@atrevete/db';
import {
  NO_FOLLOW_UP,
  isoWeekdayOf,
  type AgendaEntry,
  type Appointment,
  type StylistAgenda,
} from '@atrevete/booking';
import {
  appointmentMessageText,
  type AgendaAppointment,
  type AgendaBlock,
  type AgendaDay,
  type AppointmentMessageView,
} from '@atrevete/console-api';
import { timeOfMinutes } from './settings.js';

/** One row of the engine's agenda as the web page draws it. */
export function toAgendaAppointment(entry: AgendaEntry): AgendaAppointment {
  const { appointment } = entry;
  return {
    id: appointment.id,
    stylistId: appointment.stylistId,
    start: appointment.start.toISOString(),
    end: appointment.end.toISOString(),
    status: appointment.status,
    priceCents: appointment.priceCents,
    customer: {
      id: appointment.customerId,
      name: entry.customerName,
      phone: entry.customerPhone,
      noShows: entry.customerNoShows,
    },
    bookedFor: appointment.bookedFor,
    services: entry.services,
    bookedBy:
      appointment.bookedByStaffId === null
        ? { kind: 'bot' }
        : { kind: 'staff', name: entry.bookedByStaffName ?? '' },
    updatedAt: appointment.updatedAt.toISOString(),
    messages: {
      confirmation: messageView(entry.followUp.confirmation),
      reminder: messageView(entry.followUp.reminder),
    },
    unconfirmedAlert:
      appointment.status === 'pending' &&
      entry.followUp.unconfirmedFlaggedAt !== null,
  };
}

function messageView(
  state: AppointmentMessageState | null,
): AppointmentMessageView | null {
  if (!state) return null;
  return {
    status: state.status,
    reason: state.reason,
    text: appointmentMessageText(state.status, state.reason),
    at: state.doneAt?.toISOString() ?? null,
  };
}

/** An appointment the desk just booked or moved, with its customer, services and who booked it. */
export async function describeAppointment(
  db: DbExecutor,
  appointment: Appointment,
): Promise<AgendaAppointment> {
  const [parties, followUps] = await Promise.all([
    appointmentParties(db, appointment),
    agendaFollowUps(db, [appointment.id], [appointment.customerId]),
  ]);
  return toAgendaAppointment({
    followUp: followUps.followUps.get(appointment.id) ?? NO_FOLLOW_UP,
    customerNoShows: followUps.noShows.get(appointment.customerId) ?? 0,
    appointment,
    customerName: parties.customer.name,
    customerPhone: parties.customer.phone,
    services: parties.services,
    bookedByStaffName: parties.bookedByStaffName,
  });
}

export function toAgendaBlock(
  block: StylistAgenda['blocks'][number],
): AgendaBlock {
  if (block.kind === 'once') {
    return {
      id: block.id,
      stylistId: block.stylistId,
      kind: 'once',
      start: block.start.toISOString(),
      end: block.end.toISOString(),
      reason: block.reason,
    };
  }
  return {
    id: block.id,
    stylistId: block.stylistId,
    kind: 'weekly',
    weekday: block.weekday,
    startTime: timeOfMinutes(block.startMinute),
    endTime: timeOfMinutes(block.endMinute),
    reason: block.reason,
  };
}

/** A local day with that weekday's hours, or closed (null) on a closed weekday or a holiday. */
export function toAgendaDay(
  date: string,
  hours: OpeningHours[],
  holidays: Holiday[],
): AgendaDay {
  const holiday = holidays.find((row) => row.date === date)?.name ?? null;
  const open = hours.find((row) => row.weekday === isoWeekdayOf(date));
  return {
    date,
    hours:
      holiday !== null || !open
        ? null
        : {
            opens: timeOfMinutes(open.opensAt),
            closes: timeOfMinutes(open.closesAt),
            breakStart:
              open.breakStart === null ? null : timeOfMinutes(open.breakStart),
            breakEnd:
              open.breakEnd === null ? null : timeOfMinutes(open.breakEnd),
          },
    holiday,
  };
}
