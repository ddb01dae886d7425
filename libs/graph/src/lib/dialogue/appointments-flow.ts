// The customer's own appointments: list them, cancel one, move one — within the engine's rules.
import { isoWeekdayOf, localDateOf, type Appointment } from '@atrevete/booking';
import type { Entities } from '@atrevete/understanding';
import * as replies from '../replies.js';
import {
  advanceBooking,
  hasDetails,
  mergeDetails,
  type Step,
} from './booking-flow.js';
import { ruleBroken, slotTaken } from './booking-confirm.js';
import {
  emptyDraft,
  idleDialogue,
  type DialogueState,
} from './dialogue-state.js';
import type { Booking } from '../replies.js';
import {
  appointmentBooking,
  customerOf,
  offerBooking,
  type TurnScope,
} from './views.js';

type Change = 'cancel' | 'reschedule';

/** The customer's coming appointments, soonest first. */
export async function ownAppointments(scope: TurnScope) {
  const customer = await customerOf(scope);
  return scope.desk.appointments(customer.id, scope.now);
}

function settled(dialogue: DialogueState): DialogueState {
  return idleDialogue(dialogue.customerName);
}

/** "¿Qué citas tengo?" — numbered, so that "cancela la 2" names one. */
export async function listAppointments(
  scope: TurnScope,
  dialogue: DialogueState,
): Promise<Step> {
  const appointments = await ownAppointments(scope);
  if (appointments.length === 0) {
    return { reply: replies.noAppointments(), dialogue: settled(dialogue) };
  }
  return {
    reply: replies.yourAppointments(
      appointments.map((a) => appointmentBooking(scope.facts, a)),
    ),
    dialogue: {
      ...settled(dialogue),
      appointmentIds: appointments.map((a) => a.id),
    },
  };
}

/** The appointments on the given salon-local days (inclusive). */
export function appointmentsOn(
  scope: TurnScope,
  appointments: Appointment[],
  days: { from: string; to: string },
): Appointment[] {
  const zone = scope.facts.settings.timeZone;
  return appointments.filter((a) => {
    const day = localDateOf(a.start, zone);
    return day >= days.from && day <= days.to;
  });
}

/**
 * The appointments the customer points at — by number in the last list, or by a day one of
 * them is on ("cancela la del viernes", "cambiar la del sábado") — and what is left of the
 * entities once that pointing is taken out (a day no appointment is on is the new day of a move).
 */
function pointedAt(
  scope: TurnScope,
  dialogue: DialogueState,
  appointments: Appointment[],
  e: Entities,
  cancelling: boolean,
): { candidates: Appointment[]; rest: Entities } {
  if (e.option !== null && dialogue.appointmentIds.length > 0) {
    const id = dialogue.appointmentIds[e.option - 1];
    return {
      candidates: appointments.filter((a) => a.id === id),
      rest: { ...e, option: null },
    };
  }
  if (e.day) {
    const zone = scope.facts.settings.timeZone;
    const { from, to } = e.day;
    const onDay = appointmentsOn(scope, appointments, e.day);
    if (onDay.length > 0)
      return { candidates: onDay, rest: { ...e, day: null } };
    // "anula la del sábado" when the only Saturday appointment is a later one: that one.
    if (cancelling && from === to) {
      const weekday = isoWeekdayOf(from);
      const onWeekday = appointments.filter(
        (a) => isoWeekdayOf(localDateOf(a.start, zone)) === weekday,
      );
      if (onWeekday.length === 1)
        return { candidates: onWeekday, rest: { ...e, day: null } };
    }
  }
  return { candidates: appointments, rest: e };
}

function insideWindow(scope: TurnScope, appointment: Appointment): boolean {
  const windowMs = scope.facts.settings.cancellationWindowHours * 3_600_000;
  return appointment.start.getTime() - scope.now.getTime() < windowMs;
}

/** Too close to change here: offer to pass the conversation to the salon. */
function offerHandoff(
  scope: TurnScope,
  dialogue: DialogueState,
  change: Change,
  booking: Booking | null,
): Step {
  return {
    reply: replies.tooLateToChange(
      change,
      scope.facts.settings.cancellationWindowHours,
    ),
    dialogue: {
      ...settled(dialogue),
      flow: 'offering_salon',
      awaiting: 'confirmation',
      handoffContext: replies.lateChange(
        change,
        booking,
        scope.facts.settings.cancellationWindowHours,
      ),
    },
  };
}

/** "Quiero cancelar" / "cambiar mi cita": find the appointment, then ask for the yes or the new time. */
export async function startChange(
  scope: TurnScope,
  dialogue: DialogueState,
  e: Entities,
  change: Change,
): Promise<Step> {
  const appointments = await ownAppointments(scope);
  if (appointments.length === 0) {
    return { reply: replies.noAppointments(), dialogue: settled(dialogue) };
  }
  const { candidates, rest } = pointedAt(
    scope,
    dialogue,
    appointments,
    e,
    change === 'cancel',
  );
  if (candidates.length > 1) {
    return {
      reply: replies.whichAppointment(
        change,
        candidates.map((a) => appointmentBooking(scope.facts, a)),
      ),
      dialogue: {
        ...settled(dialogue),
        flow: change,
        awaiting: 'appointment_choice',
        appointmentIds: candidates.map((a) => a.id),
        // A move's new day or time may come with the request: keep it for later.
        draft:
          change === 'reschedule'
            ? mergeDetails(emptyDraft(), rest)
            : emptyDraft(),
      },
    };
  }
  return target(
    scope,
    { ...dialogue, flow: change },
    candidates[0],
    rest,
    change,
  );
}

/** The customer picked one of the listed appointments. */
export async function appointmentChosen(
  scope: TurnScope,
  dialogue: DialogueState,
  e: Entities,
): Promise<Step | null> {
  const change = dialogue.flow === 'reschedule' ? 'reschedule' : 'cancel';
  const appointments = await ownAppointments(scope);
  const listed = appointments.filter((a) =>
    dialogue.appointmentIds.includes(a.id),
  );
  const { candidates, rest } = pointedAt(
    scope,
    dialogue,
    listed,
    e,
    change === 'cancel',
  );
  if (candidates.length !== 1) return null;
  return target(scope, dialogue, candidates[0], rest, change);
}

async function target(
  scope: TurnScope,
  dialogue: DialogueState,
  appointment: Appointment,
  e: Entities,
  change: Change,
): Promise<Step> {
  const booking = appointmentBooking(scope.facts, appointment);
  if (insideWindow(scope, appointment)) {
    return offerHandoff(scope, dialogue, change, booking);
  }
  if (change === 'cancel') {
    return {
      reply: replies.confirmCancel(booking),
      dialogue: {
        ...settled(dialogue),
        flow: 'cancel',
        awaiting: 'confirmation',
        appointmentId: appointment.id,
      },
    };
  }
  const moving: DialogueState = {
    ...settled(dialogue),
    flow: 'reschedule',
    appointmentId: appointment.id,
    draft: mergeDetails(
      {
        ...emptyDraft(),
        serviceIds: appointment.serviceIds,
        stylistId: appointment.stylistId,
        day: dialogue.draft.day,
        partOfDay: dialogue.draft.partOfDay,
        time: dialogue.draft.time,
      },
      { ...e, serviceIds: [] },
    ),
  };
  const d = moving.draft;
  if (
    hasDetails({ ...e, serviceIds: [] }) ||
    d.day ||
    d.time !== null ||
    d.partOfDay
  ) {
    const step = await advanceBooking(scope, moving);
    return {
      reply: `${replies.movingAppointment(booking)}\n\n${step.reply}`,
      dialogue: step.dialogue,
    };
  }
  return {
    reply: replies.askNewTime(booking),
    dialogue: { ...moving, awaiting: 'stylist_or_day' },
  };
}

/** The explicit yes to a cancellation. */
export async function confirmCancel(
  scope: TurnScope,
  dialogue: DialogueState,
): Promise<Step> {
  const customer = await customerOf(scope);
  const result = await scope.desk.cancel({
    customerId: customer.id,
    appointmentId: dialogue.appointmentId ?? -1,
    now: scope.now,
  });
  switch (result.kind) {
    case 'cancelled':
      return {
        event: 'cancelled',
        reply: replies.cancelled(
          appointmentBooking(scope.facts, result.appointment),
        ),
        dialogue: settled(dialogue),
      };
    case 'too_late':
      return offerHandoff(scope, dialogue, 'cancel', null);
    case 'not_found':
      return {
        reply: replies.appointmentNotFound(),
        dialogue: settled(dialogue),
      };
  }
}

/** A new slot was chosen for the appointment being moved: ask before moving it. */
export async function confirmMoveQuestion(
  scope: TurnScope,
  dialogue: DialogueState,
): Promise<Step> {
  const appointments = await ownAppointments(scope);
  const current = appointments.find((a) => a.id === dialogue.appointmentId);
  if (!current || !dialogue.chosen) {
    return {
      reply: replies.appointmentNotFound(),
      dialogue: settled(dialogue),
    };
  }
  return {
    reply: replies.confirmReschedule(
      appointmentBooking(scope.facts, current),
      offerBooking(scope.facts, dialogue.chosen, current.serviceIds),
    ),
    dialogue: { ...dialogue, awaiting: 'confirmation' },
  };
}

/** The explicit yes to a move: the new slot is taken before the old one is released (the engine's rule). */
export async function confirmReschedule(
  scope: TurnScope,
  dialogue: DialogueState,
): Promise<Step> {
  const customer = await customerOf(scope);
  const chosen = dialogue.chosen;
  if (!chosen) throw new Error('Confirming a move without a chosen slot');
  const result = await scope.desk.reschedule({
    customerId: customer.id,
    appointmentId: dialogue.appointmentId ?? -1,
    stylistId: chosen.stylistId,
    start: new Date(chosen.start),
    now: scope.now,
    idempotencyKey: scope.turnId,
  });
  switch (result.kind) {
    case 'booked':
      return {
        event: 'rescheduled',
        reply: replies.rescheduled(
          appointmentBooking(scope.facts, result.appointment),
        ),
        dialogue: settled(dialogue),
      };
    case 'slot_taken':
      return slotTaken(scope, dialogue, result.alternatives);
    case 'too_late':
      return offerHandoff(scope, dialogue, 'reschedule', null);
    case 'not_found':
      return {
        reply: replies.appointmentNotFound(),
        dialogue: settled(dialogue),
      };
    case 'rule_broken':
      return ruleBroken(dialogue, result.rule);
  }
}
