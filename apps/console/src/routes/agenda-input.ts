// Reads the agenda's requests: the contract's schemas in Spanish even where it leaves zod's own words, dates that exist, and who acts at the desk.
import { API_ERRORS } from '@atrevete/console-api';
import {
  addDays,
  InvalidLocalTimeError,
  type DeskActor,
} from '@atrevete/booking';
import { insertAuditEntry } from '@atrevete/db';
import type { Request } from 'express';
import type { z } from 'zod';
import { ApiError } from '../http/api-error.js';
import { signedInStaff } from './customers-views.js';

/** What the desk reads when a field is wrong and the contract gave no sentence of its own. */
const FIELD_MESSAGES: Record<string, string> = {
  view: 'Elige la vista: día o semana.',
  date: 'Escribe una fecha como 2026-12-09.',
  stylist: 'Elige una estilista para ver su semana.',
  stylistId: 'Elige una estilista.',
  customerId: 'Elige un cliente.',
  serviceIds: 'Elige al menos un servicio.',
  start: 'Escribe una fecha y hora válidas.',
  end: 'Escribe una fecha y hora válidas.',
  idempotencyKey:
    'Falta la clave de la reserva: cierra y vuelve a abrir el formulario.',
  reason: 'Escribe el motivo.',
  status: 'Indica si el cliente vino o no vino.',
  kind: 'Elige el tipo de bloqueo: un rato o cada semana.',
  weekday: 'Elige un día de la semana.',
  startTime: 'Escribe una hora como 09:30.',
  endTime: 'Escribe una hora como 09:30.',
};
const TOO_LONG = 'Es demasiado largo.';

function spanishIssue(issue: {
  code?: string;
  path?: PropertyKey[];
  origin?: string;
}): string {
  const field = String(issue.path?.[0] ?? '');
  if (issue.code === 'too_big' && issue.origin === 'string') return TOO_LONG;
  return FIELD_MESSAGES[field] ?? API_ERRORS.invalid;
}

/** Like parseInput: a 400 naming each wrong field, every message in Spanish. */
export function parseAgendaInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
): z.output<S> {
  const result = schema.safeParse(input ?? {}, { error: spanishIssue });
  if (result.success) return result.data;
  const fields: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const key = issue.path.join('.') || '_';
    fields[key] ??= issue.message;
  }
  throw ApiError.invalid(API_ERRORS.invalid, fields);
}

/** A 'YYYY-MM-DD' the calendar has ('2026-02-30' is not), or a 400 on `field`. */
export function existingDate(date: string, field = 'date'): string {
  let same = false;
  try {
    same = addDays(date, 0) === date;
  } catch (error) {
    if (!(error instanceof InvalidLocalTimeError)) throw error;
  }
  if (!same)
    throw ApiError.invalid(API_ERRORS.invalid, {
      [field]: 'Esa fecha no existe.',
    });
  return date;
}

/** The signed-in staff member as the engine's actor: their id on the change, their audit row in its transaction. */
export function deskActor(req: Request): DeskActor {
  const staffId = signedInStaff(req).id;
  return {
    staffId,
    audit: (tx, entry) => insertAuditEntry(tx, { staffId, ...entry }),
  };
}
