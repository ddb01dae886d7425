// /api/appointments: the desk books a walk-in or a call, moves, cancels with a reason and records who came — each audited in its own transaction.
import {
  bookAppointment,
  cancelAtDesk,
  confirmAtDesk,
  CustomerNotFoundError,
  IdempotencyKeyConflictError,
  moveAppointment,
  recordOutcome,
  type BookResult,
} from '@atrevete/booking';
import {
  API_ERRORS,
  cancelAppointmentRequest,
  moveAppointmentRequest,
  newAppointmentRequest,
  outcomeRequest,
} from '@atrevete/console-api';
import { Router } from 'express';
import type { ConsoleDeps } from '../deps.js';
import { ApiError } from '../http/api-error.js';
import { deskActor, parseAgendaInput } from './agenda-input.js';
import { describeAppointment } from './agenda-views.js';
import {
  ALREADY_CANCELLED,
  APPOINTMENT_NOT_FOUND,
  changed,
  ruleBroken,
  sendSlotTaken,
  TOO_EARLY,
} from './appointments-refusals.js';
import { idParam } from './catalogue.js';
import { CUSTOMER_NOT_FOUND } from './customers-views.js';

const NOT_CONFIRMABLE =
  'Esa cita ya no está pendiente (se canceló o ya pasó): no se puede confirmar.';

const REUSED_KEY =
  'Esa reserva ya se hizo para otro cliente. Cierra el formulario y vuelve a abrirlo.';

export function appointmentsRouter(deps: ConsoleDeps): Router {
  const router = Router();

  router.post('/', async (req, res) => {
    const request = parseAgendaInput(newAppointmentRequest, req.body);
    const result = await bookAtDesk(() =>
      bookAppointment(deps.db, {
        customerId: request.customerId,
        stylistId: request.stylistId,
        serviceIds: request.serviceIds,
        start: new Date(request.start),
        now: deps.now(),
        idempotencyKey: request.idempotencyKey,
        desk: deskActor(req),
      }),
    );
    switch (result.kind) {
      case 'booked':
        res
          .status(201)
          .json(await describeAppointment(deps.db, result.appointment));
        return;
      case 'slot_taken':
        return sendSlotTaken(res, result.alternatives);
      case 'rule_broken':
        throw ruleBroken(result.rule);
    }
  });

  router.patch('/:appointmentId', async (req, res) => {
    const appointmentId = idParam(
      req.params['appointmentId'],
      APPOINTMENT_NOT_FOUND,
    );
    const request = parseAgendaInput(moveAppointmentRequest, req.body);
    const result = await moveAppointment(deps.db, {
      appointmentId,
      expectedUpdatedAt: new Date(request.expectedUpdatedAt),
      ...(request.stylistId ? { stylistId: request.stylistId } : {}),
      start: new Date(request.start),
      now: deps.now(),
      ...deskActor(req),
    });
    switch (result.kind) {
      case 'moved':
        res.json(await describeAppointment(deps.db, result.appointment));
        return;
      case 'slot_taken':
        return sendSlotTaken(res, result.alternatives);
      case 'rule_broken':
        throw ruleBroken(result.rule);
      case 'changed':
        throw changed();
      case 'not_found':
        throw ApiError.notFound(APPOINTMENT_NOT_FOUND);
    }
  });

  router.post('/:appointmentId/cancel', async (req, res) => {
    const appointmentId = idParam(
      req.params['appointmentId'],
      APPOINTMENT_NOT_FOUND,
    );
    const request = parseAgendaInput(cancelAppointmentRequest, req.body);
    const result = await cancelAtDesk(deps.db, {
      appointmentId,
      reason: request.reason,
      now: deps.now(),
      ...(request.expectedUpdatedAt
        ? { expectedUpdatedAt: new Date(request.expectedUpdatedAt) }
        : {}),
      ...deskActor(req),
    });
    switch (result.kind) {
      case 'cancelled':
        res.json(await describeAppointment(deps.db, result.appointment));
        return;
      case 'invalid':
        throw ApiError.invalid(API_ERRORS.invalid, {
          reason: 'Escribe el motivo de la cancelación.',
        });
      case 'changed':
        throw changed();
      case 'not_found':
        throw ApiError.notFound(APPOINTMENT_NOT_FOUND);
    }
  });

  // The customer confirmed by phone or at the desk.
  router.post('/:appointmentId/confirm', async (req, res) => {
    const appointmentId = idParam(
      req.params['appointmentId'],
      APPOINTMENT_NOT_FOUND,
    );
    const result = await confirmAtDesk(deps.db, {
      appointmentId,
      now: deps.now(),
      ...deskActor(req),
    });
    switch (result.kind) {
      case 'confirmed':
        res.json(await describeAppointment(deps.db, result.appointment));
        return;
      case 'closed':
        throw ApiError.conflict('closed', NOT_CONFIRMABLE);
      case 'not_found':
        throw ApiError.notFound(APPOINTMENT_NOT_FOUND);
    }
  });

  router.post('/:appointmentId/outcome', async (req, res) => {
    const appointmentId = idParam(
      req.params['appointmentId'],
      APPOINTMENT_NOT_FOUND,
    );
    const { status } = parseAgendaInput(outcomeRequest, req.body);
    const result = await recordOutcome(deps.db, {
      appointmentId,
      status,
      now: deps.now(),
      ...deskActor(req),
    });
    switch (result.kind) {
      case 'updated':
        res.json(await describeAppointment(deps.db, result.appointment));
        return;
      case 'too_early':
        throw ApiError.conflict('too_early', TOO_EARLY);
      case 'cancelled':
        throw ApiError.conflict('cancelled', ALREADY_CANCELLED);
      case 'not_found':
        throw ApiError.notFound(APPOINTMENT_NOT_FOUND);
    }
  });
  return router;
}

/** The engine's named errors for a booking the desk asked wrongly: a customer that is not there, a key reused. */
async function bookAtDesk(
  book: () => Promise<BookResult>,
): Promise<BookResult> {
  try {
    return await book();
  } catch (error) {
    if (error instanceof CustomerNotFoundError)
      throw ApiError.notFound(CUSTOMER_NOT_FOUND);
    if (error instanceof IdempotencyKeyConflictError)
      throw ApiError.conflict('idempotency_conflict', REUSED_KEY);
    throw error;
  }
}
