// Why the desk's change to an appointment did not happen, as the 4xx the web page shows: a code and one Spanish sentence.
import type { BookingRule, Slot } from '@atrevete/booking';
import type { Response } from 'express';
import { ApiError } from '../http/api-error.js';

export const APPOINTMENT_NOT_FOUND = 'Esa cita no existe.';

/** Every rule the engine can name, said to the person at the desk. */
export const RULE_MESSAGES: Record<BookingRule, string> = {
  too_soon: 'Esa hora ya ha pasado.',
  outside_hours: 'Fuera del horario del salón.',
  closed_day: 'El salón está cerrado ese día.',
  holiday: 'Ese día es festivo: el salón está cerrado.',
  blocked: 'La estilista tiene ese rato bloqueado.',
  wrong_category: 'Esa estilista no hace ese servicio.',
  off_grid:
    'Esa hora no encaja en los huecos de la agenda: elige una de las horas que se ofrecen.',
  beyond_horizon:
    'Esa fecha está demasiado lejos: la agenda llega a un año vista.',
  stylist_unavailable:
    'Esa estilista no está disponible: no existe o ya no trabaja en el salón.',
  unknown_service: 'Alguno de esos servicios no existe o ya no se ofrece.',
  mixed_categories: 'Esos servicios no los hace la misma estilista.',
  too_many_appointments: 'Este cliente ya tiene demasiadas citas pendientes.',
};

export const SLOT_TAKEN =
  'Ese hueco ya no está libre: lo acaba de ocupar otra reserva. Elige otra hora.';
export const CHANGED =
  'Otra persona acaba de cambiar esta cita. Mira la agenda actualizada.';
export const TOO_EARLY = 'La cita todavía no ha empezado.';
export const ALREADY_CANCELLED = 'Esa cita está cancelada: no se puede marcar.';

/** 422: the engine refused the time or the services; nothing was written. */
export function ruleBroken(rule: BookingRule): ApiError {
  return new ApiError(422, rule, RULE_MESSAGES[rule]);
}

export function changed(): ApiError {
  return ApiError.conflict('changed', CHANGED);
}

/** 409 with the nearest free slots, for the form to offer instead (not an ApiError: it carries them). */
export function sendSlotTaken(res: Response, alternatives: Slot[]): void {
  res.status(409).json({
    error: 'slot_taken',
    message: SLOT_TAKEN,
    alternatives: alternatives.map((slot) => ({
      stylistId: slot.stylistId,
      start: slot.start.toISOString(),
      end: slot.end.toISOString(),
    })),
  });
}
