// The end of a cancel or a move: the explicit yes, through the engine — or the engine's refusal and what to offer instead.
import * as replies from '../replies.js';
import type { Step } from './booking-flow.js';
import { ruleBroken, slotTaken } from './booking-confirm.js';
import type { Cancelling, MovingAppointment } from './dialogue-state.js';
import { offerHandoff, ownAppointments, settled } from './appointments-flow.js';
import {
  appointmentBooking,
  customerOf,
  offerBooking,
  type TurnScope,
} from './views.js';

/** The explicit yes to a cancellation. */
export async function confirmCancel(
  scope: TurnScope,
  dialogue: Extract<Cancelling, { awaiting: 'confirmation' }>,
): Promise<Step> {
  const customer = await customerOf(scope);
  const result = await scope.desk.cancel({
    customerId: customer.id,
    appointmentId: dialogue.appointmentId,
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
  dialogue: MovingAppointment,
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
  dialogue: MovingAppointment,
): Promise<Step> {
  const customer = await customerOf(scope);
  const chosen = dialogue.chosen;
  if (!chosen) throw new Error('Confirming a move without a chosen slot');
  const result = await scope.desk.reschedule({
    customerId: customer.id,
    appointmentId: dialogue.appointmentId,
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
