// /api/settings (owner): the settings the bot uses, the weekly hours, the holidays and the salon's answers; every change audited in its own transaction.
import {
  addHoliday,
  getOpeningHours,
  getSalonSettings,
  listHolidaysFrom,
  removeHoliday,
  replaceOpeningHours,
  updateSalonSettings,
  type OpeningHours,
  type SalonSettings,
} from '@atrevete/db';
import {
  API_ERRORS,
  holidayDateParam,
  newHolidayRequest,
  openingHoursRequest,
  salonSettingsRequest,
  SETTINGS_ERRORS,
  type HolidayView,
  type OpeningDayView,
  type OpeningHoursResponse,
  type SalonSettingsView,
  type SettingsResponse,
} from '@atrevete/console-api';
import { Router } from 'express';
import type { ConsoleDeps } from '../deps.js';
import { ApiError, parseInput } from '../http/api-error.js';
import { refusedInput } from './catalogue.js';
import { signedInStaff } from './customers-views.js';
import { salonAnswersRouter } from './salon-answers.js';
import { calendarFeedsRouter } from './calendar-feeds.js';

export function settingsRouter(deps: ConsoleDeps): Router {
  const router = Router();

  router.get('/', async (_req, res) => {
    const salon = await getSalonSettings(deps.db);
    const [hours, holidays] = await Promise.all([
      getOpeningHours(deps.db),
      listHolidaysFrom(deps.db, localToday(deps, salon.timeZone)),
    ]);
    const body: SettingsResponse = {
      salon: toSettingsView(salon),
      hours: toWeek(hours),
      holidays: holidays.map(({ date, name }) => ({ date, name })),
    };
    res.json(body);
  });

  router.put('/', async (req, res) => {
    const change = parseInput(salonSettingsRequest, req.body);
    const saved = await updateSalonSettings(deps.db, {
      change,
      staffId: signedInStaff(req).id,
    });
    if (saved.kind === 'refused') throw refusedInput(saved.refusal);
    res.json(toSettingsView(saved.value));
  });

  router.put('/hours', async (req, res) => {
    const { days } = parseInput(openingHoursRequest, req.body);
    const saved = await replaceOpeningHours(deps.db, {
      week: days,
      staffId: signedInStaff(req).id,
    });
    if (saved.kind === 'refused') throw refusedInput(saved.refusal);
    const body: OpeningHoursResponse = { hours: toWeek(saved.value) };
    res.json(body);
  });

  router.post('/holidays', async (req, res) => {
    const holiday = parseInput(newHolidayRequest, req.body);
    const { timeZone } = await getSalonSettings(deps.db);
    if (holiday.date < localToday(deps, timeZone))
      throw ApiError.invalid(API_ERRORS.invalid, {
        date: SETTINGS_ERRORS.holidayPast,
      });
    const added = await addHoliday(deps.db, {
      holiday,
      staffId: signedInStaff(req).id,
    });
    if (added.kind === 'exists')
      throw ApiError.conflict('holiday_exists', SETTINGS_ERRORS.holidayExists);
    const body: HolidayView = {
      date: added.holiday.date,
      name: added.holiday.name,
    };
    res.status(201).json(body);
  });

  router.delete('/holidays/:date', async (req, res) => {
    const date = holidayDateParam.safeParse(req.params['date']);
    if (!date.success) throw ApiError.notFound(SETTINGS_ERRORS.holidayNotFound);
    const removed = await removeHoliday(deps.db, {
      date: date.data,
      staffId: signedInStaff(req).id,
    });
    if (removed.kind === 'not_found')
      throw ApiError.notFound(SETTINGS_ERRORS.holidayNotFound);
    res.status(204).end();
  });

  router.use('/answers', salonAnswersRouter(deps));
  router.use('/calendar-feeds', calendarFeedsRouter(deps));
  return router;
}

/** Today's date in the salon's calendar, 'YYYY-MM-DD'. */
function localToday(deps: ConsoleDeps, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(deps.now());
}

function toSettingsView(settings: SalonSettings): SalonSettingsView {
  return {
    name: settings.name,
    address: settings.address,
    phone: settings.phone,
    personaName: settings.personaName,
    timeZone: settings.timeZone,
    minNoticeMinutes: settings.minNoticeMinutes,
    maxDaysAhead: settings.maxDaysAhead,
    maxFutureAppointments: settings.maxFutureAppointments,
    cancellationWindowHours: settings.cancellationWindowHours,
    confirmationOffsetMinutes: settings.confirmationOffsetMinutes,
    reminderOffsetMinutes: settings.reminderOffsetMinutes,
    unconfirmedAlertMinutes: settings.unconfirmedAlertMinutes,
    confirmationTemplate: settings.confirmationTemplate,
    reminderTemplate: settings.reminderTemplate,
    templateLanguage: settings.templateLanguage,
  };
}

/** Minutes from midnight → 'HH:MM' (1440 → '24:00'). */
export function timeOfMinutes(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  return `${String(hours).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** The seven weekdays, Monday first; a weekday without a row is closed. */
function toWeek(rows: OpeningHours[]): OpeningDayView[] {
  return [1, 2, 3, 4, 5, 6, 7].map((weekday) => {
    const row = rows.find((hours) => hours.weekday === weekday);
    if (!row)
      return {
        weekday,
        closed: true,
        opensAt: null,
        closesAt: null,
        breakStart: null,
        breakEnd: null,
      };
    return {
      weekday,
      closed: false,
      opensAt: timeOfMinutes(row.opensAt),
      closesAt: timeOfMinutes(row.closesAt),
      breakStart:
        row.breakStart === null ? null : timeOfMinutes(row.breakStart),
      breakEnd: row.breakEnd === null ? null : timeOfMinutes(row.breakEnd),
    };
  });
}
