// A dialogue read back from a checkpoint, in today's per-flow shape, whatever release wrote it.
import type { Expectation } from '@atrevete/understanding';
import {
  emptyDraft,
  idleDialogue,
  offeringSalon,
  STEPS,
  type Booking,
  type BookingDraft,
  type DialogueState,
  type Flow,
  type Offer,
  type StepOf,
} from './dialogue-state.js';

/**
 * A dialogue read back from a checkpoint, in today's shape. Checkpoints written before the
 * per-flow shapes hold every field in every flow; what a flow cannot be in is read as idle.
 */
export function readDialogue(stored: unknown): DialogueState {
  const raw = (stored ?? {}) as Record<string, unknown>;
  const customerName =
    typeof raw['customerName'] === 'string' ? raw['customerName'] : null;
  const flow = raw['flow'] as Flow | undefined;
  const awaiting = raw['awaiting'] as Expectation | null | undefined;
  const numbers = (key: string): number[] =>
    Array.isArray(raw[key]) ? (raw[key] as number[]) : [];
  const draft: BookingDraft =
    typeof raw['draft'] === 'object' && raw['draft'] !== null
      ? { ...emptyDraft(), ...(raw['draft'] as Partial<BookingDraft>) }
      : emptyDraft();
  const slots = {
    draft,
    offers: Array.isArray(raw['offers']) ? (raw['offers'] as Offer[]) : [],
    chosen: (raw['chosen'] as Offer | null | undefined) ?? null,
  };
  const appointmentId =
    typeof raw['appointmentId'] === 'number' ? raw['appointmentId'] : null;
  const idle = () =>
    idleDialogue(customerName, {
      appointmentIds: numbers('appointmentIds'),
      askedServiceIds: Array.isArray(raw['askedServiceIds'])
        ? numbers('askedServiceIds')
        : draft.serviceIds,
    });
  if (flow === 'booking' && isStepOf('booking', awaiting)) {
    const booking: Booking = {
      flow: 'booking',
      awaiting,
      customerName,
      ...slots,
      serviceChoices: numbers('serviceChoices'),
      bookingFor: (raw['bookingFor'] as string | null | undefined) ?? null,
      proposedName: (raw['proposedName'] as string | null | undefined) ?? null,
      proposedStylistId:
        (raw['proposedStylistId'] as number | null | undefined) ?? null,
    };
    const complete =
      (awaiting !== 'confirmation' && awaiting !== 'name') ||
      booking.chosen !== null;
    return complete ? booking : idle();
  }
  if (flow === 'cancel' && isStepOf('cancel', awaiting)) {
    if (awaiting === 'appointment_choice')
      return {
        flow: 'cancel',
        awaiting,
        customerName,
        appointmentIds: numbers('appointmentIds'),
      };
    return appointmentId === null
      ? idle()
      : { flow: 'cancel', awaiting, customerName, appointmentId };
  }
  if (flow === 'reschedule' && isStepOf('reschedule', awaiting)) {
    if (awaiting === 'appointment_choice')
      return {
        flow: 'reschedule',
        awaiting,
        customerName,
        ...slots,
        appointmentIds: numbers('appointmentIds'),
      };
    const complete = awaiting !== 'confirmation' || slots.chosen !== null;
    return appointmentId === null || !complete
      ? idle()
      : {
          flow: 'reschedule',
          awaiting,
          customerName,
          ...slots,
          appointmentId,
          ...(typeof raw['appointmentStart'] === 'string'
            ? { appointmentStart: raw['appointmentStart'] }
            : {}),
        };
  }
  if (
    flow === 'offering_salon' &&
    isStepOf('offering_salon', awaiting) &&
    typeof raw['handoffContext'] === 'string'
  )
    return offeringSalon(idle(), raw['handoffContext']);
  return idle();
}

function isStepOf<F extends Flow>(
  flow: F,
  awaiting: Expectation | null | undefined,
): awaiting is StepOf<F> {
  return (STEPS[flow] as readonly unknown[]).includes(awaiting);
}
