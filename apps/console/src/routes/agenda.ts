// GET /api/agenda: the salon's day (a column per stylist) or one stylist's week, with the days' hours, holidays and blocks.
import {
  addDays,
  isoWeekdayOf,
  rangeAgenda,
  type LocalDate,
} from '@atrevete/booking';
import { agendaQuery, type AgendaResponse } from '@atrevete/console-api';
import { getOpeningHours, getSalonSettings, listHolidays } from '@atrevete/db';
import { Router } from 'express';
import type { ConsoleDeps } from '../deps.js';
import { existingDate, parseAgendaInput } from './agenda-input.js';
import {
  toAgendaAppointment,
  toAgendaBlock,
  toAgendaDay,
} from './agenda-views.js';

export function agendaRouter(deps: ConsoleDeps): Router {
  const router = Router();

  router.get('/', async (req, res) => {
    const query = parseAgendaInput(agendaQuery, req.query);
    const date = existingDate(query.date);
    const from = query.view === 'day' ? date : mondayOf(date);
    const to = query.view === 'day' ? date : addDays(from, 6);
    // The engine's two round trips, and beside them (not after) the salon's calendar.
    const [agenda, settings, hours, holidays] = await Promise.all([
      rangeAgenda(deps.db, {
        from,
        to,
        ...(query.view === 'week' ? { stylistId: query.stylist } : {}),
      }),
      getSalonSettings(deps.db),
      getOpeningHours(deps.db),
      listHolidays(deps.db, from, to),
    ]);
    const body: AgendaResponse = {
      view: query.view,
      timeZone: settings.timeZone,
      days: daysFrom(from, to).map((day) => toAgendaDay(day, hours, holidays)),
      stylists: agenda.stylists.map(({ stylist, appointments, blocks }) => ({
        id: stylist.id,
        name: stylist.name,
        category: stylist.category,
        active: stylist.active,
        appointments: appointments.map(toAgendaAppointment),
        blocks: blocks.map(toAgendaBlock),
      })),
    };
    res.json(body);
  });
  return router;
}

function mondayOf(date: LocalDate): LocalDate {
  return addDays(date, 1 - isoWeekdayOf(date));
}

function daysFrom(from: LocalDate, to: LocalDate): LocalDate[] {
  const days: LocalDate[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
  return days;
}
