// The salon's settings the bot uses, its weekly opening hours and its holidays (/api/settings, owner only).
import { z } from 'zod';

/** What the owner can change of the salon (the time zone is fixed at set-up). */
export interface SalonSettingsView {
  name: string;
  address: string;
  phone: string | null;
  /** The bot's name in conversations. */
  personaName: string;
  timeZone: string;
  /** The bot books at least this long before the start (the desk ignores it). */
  minNoticeMinutes: number;
  /** How many days ahead the bot offers. */
  maxDaysAhead: number;
  /** Future appointments one customer may hold. */
  maxFutureAppointments: number;
  /** The bot cancels or moves up to this many hours before; later it hands over. */
  cancellationWindowHours: number;
  /** The confirmation request goes this long before the start. */
  confirmationOffsetMinutes: number;
  /** The reminder goes this long before the start. */
  reminderOffsetMinutes: number;
  /** Still unconfirmed this long before the start: flagged for staff. */
  unconfirmedAlertMinutes: number;
  /**
   * The approved WhatsApp templates (exact names) sent outside the 24-hour window; null: nothing
   * is sent there (the agenda shows why).
   */
  confirmationTemplate: string | null;
  reminderTemplate: string | null;
  /** The templates' language code, as approved in WhatsApp ("es", "es_ES"). */
  templateLanguage: string;
}

/** ISO weekday 1 (Monday) … 7 (Sunday) → its name; WEEKDAY_NAMES[weekday - 1]. */
export const WEEKDAY_NAMES = [
  'Lunes',
  'Martes',
  'Miércoles',
  'Jueves',
  'Viernes',
  'Sábado',
  'Domingo',
] as const;

/** One weekday: closed, or open between two times ('HH:MM') with an optional break. */
export interface OpeningDayView {
  weekday: number;
  closed: boolean;
  opensAt: string | null;
  closesAt: string | null;
  breakStart: string | null;
  breakEnd: string | null;
}

export interface HolidayView {
  /** 'YYYY-MM-DD' in the salon's calendar. */
  date: string;
  name: string;
}

/** GET /api/settings: the settings, the 7 weekdays Monday first, and the holidays from today on. */
export interface SettingsResponse {
  salon: SalonSettingsView;
  hours: OpeningDayView[];
  holidays: HolidayView[];
}

export const SETTINGS_ERRORS = {
  holidayExists: 'Ese día ya es festivo.',
  holidayNotFound: 'Ese día no es festivo.',
  holidayPast: 'Esa fecha ya ha pasado.',
} as const;

const whole = (what: string) => `Escribe ${what} (un número entero).`;

/** A WhatsApp template's exact name (lowercase, digits, "_"), or empty for none. */
const templateName = z
  .string('Escribe el nombre de la plantilla como texto.')
  .trim()
  .regex(
    /^[a-z0-9_]*$/,
    'Los nombres de plantilla de WhatsApp llevan minúsculas, números y "_".',
  )
  .max(512, 'Como mucho 512 caracteres.')
  .nullish()
  .transform((name) => name || null);

/** PUT /api/settings → SalonSettingsView. */
export const salonSettingsRequest = z
  .object({
    name: z
      .string('Escribe el nombre del salón.')
      .trim()
      .min(1, 'Escribe el nombre del salón.')
      .max(80, 'El nombre puede tener hasta 80 caracteres.'),
    address: z
      .string('Escribe la dirección.')
      .trim()
      .min(1, 'Escribe la dirección.')
      .max(200, 'La dirección puede tener hasta 200 caracteres.'),
    phone: z
      .string('Escribe el teléfono como texto.')
      .trim()
      .max(30, 'El teléfono puede tener hasta 30 caracteres.')
      .nullish()
      .transform((phone) => phone || null),
    personaName: z
      .string('Escribe el nombre del asistente.')
      .trim()
      .min(1, 'Escribe el nombre del asistente.')
      .max(40, 'El nombre puede tener hasta 40 caracteres.'),
    minNoticeMinutes: z
      .int(whole('la antelación en minutos'))
      .min(0, 'La antelación no puede ser negativa.')
      .max(7 * 24 * 60, 'Como mucho una semana (10080 minutos).'),
    maxDaysAhead: z
      .int(whole('los días'))
      .min(1, 'Al menos 1 día.')
      .max(365, 'Como mucho 365 días.'),
    maxFutureAppointments: z
      .int(whole('el número de citas'))
      .min(1, 'Al menos 1 cita.')
      .max(20, 'Como mucho 20 citas.'),
    cancellationWindowHours: z
      .int(whole('las horas'))
      .min(0, 'Las horas no pueden ser negativas.')
      .max(7 * 24, 'Como mucho una semana (168 horas).'),
    confirmationOffsetMinutes: z
      .int(whole('los minutos'))
      .min(1, 'Al menos 1 minuto.')
      .max(7 * 24 * 60, 'Como mucho una semana (10080 minutos).'),
    reminderOffsetMinutes: z
      .int(whole('los minutos'))
      .min(1, 'Al menos 1 minuto.')
      .max(7 * 24 * 60, 'Como mucho una semana (10080 minutos).'),
    unconfirmedAlertMinutes: z
      .int(whole('los minutos'))
      .min(1, 'Al menos 1 minuto.')
      .max(7 * 24 * 60, 'Como mucho una semana (10080 minutos).'),
    confirmationTemplate: templateName,
    reminderTemplate: templateName,
    templateLanguage: z
      .string('Escribe el idioma de las plantillas, por ejemplo es.')
      .trim()
      .regex(
        /^[a-z]{2,3}(?:_[A-Z]{2})?$/,
        'Escribe el código de idioma de WhatsApp, por ejemplo es o es_ES.',
      ),
  })
  .refine(
    (settings) =>
      settings.reminderOffsetMinutes < settings.confirmationOffsetMinutes,
    {
      path: ['reminderOffsetMinutes'],
      message:
        'El recordatorio tiene que ir más cerca de la cita que la petición de confirmación.',
    },
  );
export type SalonSettingsRequest = z.input<typeof salonSettingsRequest>;

const TIME_FORMAT = 'Escribe la hora como HH:MM, por ejemplo 09:30.';

/** 'HH:MM' (24:00 only as a closing time) → minutes from midnight; null for an empty value; undefined when malformed. */
export function minutesOfTime(
  value: string | null | undefined,
): number | null | undefined {
  if (value === null || value === undefined || value.trim() === '') return null;
  const match = /^([01]?\d|2[0-4]):([0-5]\d)$/.exec(value.trim());
  if (!match) return undefined;
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  return minutes <= 24 * 60 ? minutes : undefined;
}

/** A weekday as the hours form sends it; times are checked together below. */
const openingDayInput = z
  .object({
    weekday: z
      .int('Día de la semana no válido.')
      .min(1, 'Día de la semana no válido.')
      .max(7, 'Día de la semana no válido.'),
    closed: z.boolean('Indica si cierra ese día.'),
    opensAt: z.string(TIME_FORMAT).nullable().optional(),
    closesAt: z.string(TIME_FORMAT).nullable().optional(),
    breakStart: z.string(TIME_FORMAT).nullable().optional(),
    breakEnd: z.string(TIME_FORMAT).nullable().optional(),
  })
  .transform((day, context) => {
    if (day.closed) return { weekday: day.weekday, hours: null };
    const times = {
      opensAt: minutesOfTime(day.opensAt),
      closesAt: minutesOfTime(day.closesAt),
      breakStart: minutesOfTime(day.breakStart),
      breakEnd: minutesOfTime(day.breakEnd),
    };
    const problems: [keyof typeof times, string][] = [];
    for (const [key, minutes] of Object.entries(times))
      if (minutes === undefined)
        problems.push([key as keyof typeof times, TIME_FORMAT]);
    const { opensAt, closesAt, breakStart, breakEnd } = times;
    if (opensAt === null)
      problems.push(['opensAt', 'Escribe la hora de apertura.']);
    if (closesAt === null)
      problems.push(['closesAt', 'Escribe la hora de cierre.']);
    if (breakStart === null && typeof breakEnd === 'number')
      problems.push(['breakStart', 'Escribe también el inicio del descanso.']);
    if (breakEnd === null && typeof breakStart === 'number')
      problems.push(['breakEnd', 'Escribe también el final del descanso.']);
    if (
      typeof opensAt === 'number' &&
      typeof closesAt === 'number' &&
      closesAt <= opensAt
    )
      problems.push([
        'closesAt',
        'La hora de cierre tiene que ser posterior a la de apertura.',
      ]);
    if (typeof breakStart === 'number' && typeof breakEnd === 'number') {
      if (typeof opensAt === 'number' && breakStart <= opensAt)
        problems.push([
          'breakStart',
          'El descanso tiene que empezar después de abrir.',
        ]);
      if (breakEnd <= breakStart)
        problems.push([
          'breakEnd',
          'El descanso tiene que acabar después de empezar.',
        ]);
      else if (typeof closesAt === 'number' && breakEnd >= closesAt)
        problems.push([
          'breakEnd',
          'El descanso tiene que acabar antes de cerrar.',
        ]);
    }
    for (const [path, message] of problems)
      context.addIssue({ code: 'custom', path: [path], message });
    if (problems.length > 0 || opensAt == null || closesAt == null)
      return z.NEVER;
    return {
      weekday: day.weekday,
      hours: {
        opensAt,
        closesAt,
        breakStart: breakStart ?? null,
        breakEnd: breakEnd ?? null,
      },
    };
  });

/** PUT /api/settings/hours: all seven weekdays at once → { hours: OpeningDayView[] }. */
export const openingHoursRequest = z.object({
  days: z
    .array(openingDayInput, 'Envía los siete días de la semana.')
    .length(7, 'Envía los siete días de la semana.')
    .refine(
      (days) => new Set(days.map((day) => day.weekday)).size === 7,
      'Envía cada día de la semana una vez.',
    ),
});
export type OpeningHoursRequest = z.input<typeof openingHoursRequest>;

export interface OpeningHoursResponse {
  hours: OpeningDayView[];
}

/** POST /api/settings/holidays → 201 HolidayView; 409 `holiday_exists`. DELETE /api/settings/holidays/:date → 204. */
export const newHolidayRequest = z.object({
  date: z.iso.date('Escribe una fecha válida.'),
  name: z
    .string('Escribe el nombre del festivo.')
    .trim()
    .min(1, 'Escribe el nombre del festivo.')
    .max(80, 'El nombre puede tener hasta 80 caracteres.'),
});
export type NewHolidayRequest = z.input<typeof newHolidayRequest>;

export const holidayDateParam = z.iso.date('Escribe una fecha válida.');
