// The customer's own appointments: list them, cancel one, move one — within the engine's rules.
import {
  isoWeekdayOf,
  localDateOf,
  localMinuteOf,
  normalise,
  type Appointment,
} from '@atrevete/booking';
import type { Entities } from '@atrevete/understanding';
import { formatLocalDay } from '../format.js';
import * as replies from '../replies.js';
import {
  advanceBooking,
  hasDetails,
  mergeDetails,
  type Step,
} from './booking-flow.js';
import {
  choosingAppointment,
  confirmingCancel,
  emptyDraft,
  idleDialogue,
  listedAppointments,
  movingDialogue,
  offeringSalon,
  type BookingDraft,
  type ChoosingAppointment,
  type DialogueState,
} from './dialogue-state.js';
import type { Booking } from '../replies.js';
import { appointmentBooking, customerOf, type TurnScope } from './views.js';

type Change = 'cancel' | 'reschedule';

/** The customer's coming appointments, soonest first. */
export async function ownAppointments(scope: TurnScope) {
  const customer = await customerOf(scope);
  return scope.desk.appointments(customer.id, scope.now);
}

/** The coming appointments the salon asked the customer to confirm (a request or reminder went out). */
async function askedAbout(scope: TurnScope): Promise<Set<number>> {
  const customer = await customerOf(scope);
  return new Set(
    (await scope.desk.askedAbout(customer.id, scope.now)).map((a) => a.id),
  );
}

export function settled(dialogue: DialogueState): DialogueState {
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
    dialogue: idleDialogue(dialogue.customerName, {
      appointmentIds: appointments.map((a) => a.id),
    }),
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
  const listed = listedAppointments(dialogue);
  if (e.option !== null && listed.length > 0) {
    const id = listed[e.option - 1];
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
    // "anula la del sábado", "la cita del sábado pásala a las 11": when the only Saturday
    // appointment is a later one, that one ("pásala al sábado" is the new day of a move).
    if (from === to && (cancelling || namesItsWeekday(e.rawText, from))) {
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

/** "la (cita) del sábado": the text points at an appointment by the weekday of `day`. */
function namesItsWeekday(text: string, day: string): boolean {
  const weekday = normalise(formatLocalDay(day).split(' ')[0]);
  return new RegExp(`\\b(?:del|de el) ${weekday}\\b`).test(normalise(text));
}

function insideWindow(scope: TurnScope, appointment: Appointment): boolean {
  const windowMs = scope.facts.settings.cancellationWindowHours * 3_600_000;
  return appointment.start.getTime() - scope.now.getTime() < windowMs;
}

/** Too close to change here: offer to pass the conversation to the salon. */
export function offerHandoff(
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
    dialogue: offeringSalon(
      dialogue,
      replies.lateChange(
        change,
        booking,
        scope.facts.settings.cancellationWindowHours,
      ),
    ),
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
  const pointed = pointedAt(
    scope,
    dialogue,
    appointments,
    e,
    change === 'cancel',
  );
  const { rest } = pointed;
  // "¿puedo cambiarla?" after the salon asked about one of them: that one.
  let candidates = pointed.candidates;
  if (candidates.length > 1 && candidates === appointments) {
    const asked = await askedAbout(scope);
    const onlyAsked = candidates.filter((a) => asked.has(a.id));
    if (onlyAsked.length === 1) candidates = onlyAsked;
  }
  if (candidates.length > 1) {
    return {
      reply: replies.whichAppointment(
        change,
        candidates.map((a) => appointmentBooking(scope.facts, a)),
      ),
      // A move's new day or time may come with the request: keep it for later.
      dialogue: choosingAppointment(
        dialogue,
        change,
        candidates.map((a) => a.id),
        mergeDetails(emptyDraft(), rest),
      ),
    };
  }
  return target(scope, dialogue, candidates[0], rest, change, emptyDraft());
}

/** The customer picked one of the listed appointments. */
export async function appointmentChosen(
  scope: TurnScope,
  dialogue: ChoosingAppointment,
  e: Entities,
): Promise<Step | null> {
  const change = dialogue.flow;
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
  const kept = dialogue.flow === 'reschedule' ? dialogue.draft : emptyDraft();
  return target(scope, dialogue, candidates[0], rest, change, kept);
}

/**
 * What a move leaves unsaid is the appointment's own: "pásala a las 11" is the same day,
 * "al viernes a la misma hora" the same time.
 */
export function fromAppointment(
  scope: TurnScope,
  start: Date,
  draft: BookingDraft,
  sameTime: boolean,
): BookingDraft {
  const zone = scope.facts.settings.timeZone;
  const next =
    sameTime && draft.time === null
      ? {
          ...draft,
          time: localMinuteOf(start, zone),
          partOfDay: null,
        }
      : draft;
  if (next.day !== null || (next.time === null && next.partOfDay === null))
    return next;
  const day = localDateOf(start, zone);
  return { ...next, day: { from: day, to: day } };
}

/** The appointment to cancel or move is known; `kept`: a move's new day or time said before. */
async function target(
  scope: TurnScope,
  dialogue: DialogueState,
  appointment: Appointment,
  e: Entities,
  change: Change,
  kept: BookingDraft,
): Promise<Step> {
  const booking = appointmentBooking(scope.facts, appointment);
  // The salon's own question lets the customer decline or move it up to its start.
  if (
    insideWindow(scope, appointment) &&
    !(await askedAbout(scope)).has(appointment.id)
  ) {
    return offerHandoff(scope, dialogue, change, booking);
  }
  if (change === 'cancel') {
    return {
      reply: replies.confirmCancel(booking),
      dialogue: confirmingCancel(dialogue, appointment.id),
    };
  }
  const moving = movingDialogue(
    dialogue,
    appointment,
    fromAppointment(
      scope,
      appointment.start,
      mergeDetails(
        {
          ...emptyDraft(),
          serviceIds: appointment.serviceIds,
          stylistId: appointment.stylistId,
          day: kept.day,
          partOfDay: kept.partOfDay,
          time: kept.time,
        },
        { ...e, serviceIds: [] },
      ),
      e.sameTime,
    ),
  );
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
    dialogue: moving,
  };
}
