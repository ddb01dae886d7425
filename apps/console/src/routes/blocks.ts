// /api/blocks: the desk blocks a stylist's time (once, or every week) and removes a block — each audited; the answer lists the appointments already inside.
import { blockAtDesk, removeBlock } from '@atrevete/booking';
import {
  API_ERRORS,
  newBlockRequest,
  type NewBlockResponse,
} from '@atrevete/console-api';
import { listActiveStylists } from '@atrevete/db';
import { Router } from 'express';
import type { ConsoleDeps } from '../deps.js';
import { ApiError } from '../http/api-error.js';
import { deskActor, parseAgendaInput } from './agenda-input.js';
import { idParam } from './catalogue.js';

const BLOCK_NOT_FOUND = 'Ese bloqueo no existe.';
const END_BEFORE_START = 'La hora de fin debe ser posterior a la de inicio.';
const UNKNOWN_STYLIST = 'Esa estilista no existe o ya no trabaja en el salón.';

export function blocksRouter(deps: ConsoleDeps): Router {
  const router = Router();

  router.post('/', async (req, res) => {
    const request = parseAgendaInput(newBlockRequest, req.body);
    const reason = request.reason || null;
    const times =
      request.kind === 'once'
        ? {
            kind: 'once' as const,
            start: new Date(request.start),
            end: new Date(request.end),
          }
        : {
            kind: 'weekly' as const,
            weekday: request.weekday,
            startMinute: minutesOf(request.startTime),
            endMinute: minutesOf(request.endTime),
          };
    const endsAfterStart =
      times.kind === 'once'
        ? times.end.getTime() > times.start.getTime()
        : times.endMinute > times.startMinute;
    if (!endsAfterStart)
      throw ApiError.invalid(API_ERRORS.invalid, {
        [request.kind === 'once' ? 'end' : 'endTime']: END_BEFORE_START,
      });
    // Asked first: the engine's transaction cannot survive the foreign key refusing an unknown stylist.
    const team = await listActiveStylists(deps.db);
    if (!team.some((stylist) => stylist.id === request.stylistId))
      throw ApiError.invalid(API_ERRORS.invalid, {
        stylistId: UNKNOWN_STYLIST,
      });
    const result = await blockAtDesk(deps.db, {
      stylistId: request.stylistId,
      ...times,
      reason,
      now: deps.now(),
      ...deskActor(req),
    });
    if (result.kind === 'invalid') {
      throw ApiError.invalid(
        API_ERRORS.invalid,
        result.problem === 'unknown_stylist'
          ? { stylistId: UNKNOWN_STYLIST }
          : { _: 'Esas horas no valen para un bloqueo.' },
      );
    }
    const body: NewBlockResponse = {
      id: result.id,
      overlapping: result.overlapping.map((appointment) => appointment.id),
    };
    res.status(201).json(body);
  });

  router.delete('/:blockId', async (req, res) => {
    const blockId = idParam(req.params['blockId'], BLOCK_NOT_FOUND);
    const result = await removeBlock(deps.db, {
      blockId,
      ...deskActor(req),
    });
    if (result.kind === 'not_found') throw ApiError.notFound(BLOCK_NOT_FOUND);
    res.status(204).end();
  });
  return router;
}

/** 'HH:MM' (the schema checked it) → minutes from midnight. */
function minutesOf(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return hours * 60 + minutes;
}
