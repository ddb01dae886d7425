// GET /api/availability: the free slots of one day for the services the desk picked (no minimum notice), from the booking engine.
import { localDateOf, searchAvailability } from '@atrevete/booking';
import {
  API_ERRORS,
  availabilityQuery,
  type AvailabilityResponse,
} from '@atrevete/console-api';
import { getSalonSettings, listActiveServices } from '@atrevete/db';
import { Router } from 'express';
import type { ConsoleDeps } from '../deps.js';
import { ApiError } from '../http/api-error.js';
import { existingDate, parseAgendaInput } from './agenda-input.js';
import { RULE_MESSAGES } from './appointments-refusals.js';

/**
 * Without a stylist: 24 slots across the team, distinct start times first (the engine's
 * ranking), enough for a form without scrolling forever. With one: every start of her day
 * (96 = 24 hours on a 15-minute grid), so the evening is offered too.
 */
const TEAM_LIMIT = 24;
const STYLIST_LIMIT = 96;

export function availabilityRouter(deps: ConsoleDeps): Router {
  const router = Router();

  router.get('/', async (req, res) => {
    const query = parseAgendaInput(availabilityQuery, req.query);
    const date = existingDate(query.date);
    const now = deps.now();
    const [offered, settings] = await Promise.all([
      listActiveServices(deps.db),
      getSalonSettings(deps.db),
    ]);
    const chosen = query.serviceIds.map((id) =>
      offered.find((service) => service.id === id),
    );
    const services = chosen.filter((service) => service !== undefined);
    if (services.length < chosen.length)
      throw ApiError.invalid(API_ERRORS.invalid, {
        serviceIds: RULE_MESSAGES.unknown_service,
      });
    const categories = new Set(services.map((service) => service.category));
    if (categories.size > 1)
      throw ApiError.invalid(API_ERRORS.invalid, {
        serviceIds: RULE_MESSAGES.mixed_categories,
      });
    // The engine searches from today on: a past day has nothing free, whatever it held.
    if (date < localDateOf(now, settings.timeZone)) {
      const past: AvailabilityResponse = { slots: [], reason: 'too_soon' };
      res.json(past);
      return;
    }
    const result = await searchAvailability(
      deps.db,
      {
        durationMinutes: services.reduce(
          (total, service) => total + service.durationMinutes,
          0,
        ),
        category: services[0].category,
        serviceIds: query.serviceIds,
        ...(query.stylistId ? { stylistId: query.stylistId } : {}),
        from: date,
        to: date,
        now,
        limit: query.stylistId ? STYLIST_LIMIT : TEAM_LIMIT,
      },
      { atDesk: true },
    );
    const body: AvailabilityResponse =
      result.kind === 'slots'
        ? {
            slots: result.slots.map((slot) => ({
              stylistId: slot.stylistId,
              start: slot.start.toISOString(),
              end: slot.end.toISOString(),
            })),
            reason: null,
          }
        : { slots: [], reason: result.reason };
    res.json(body);
  });
  return router;
}
