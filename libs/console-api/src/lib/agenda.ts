// The agenda: a day (a column per stylist) or a stylist's week, and the desk's changes to appointments and blocks.
import { z } from 'zod';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Escribe una fecha como 2026-12-09.')
  .refine(
    (value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)),
    'Esa fecha no existe.',
  );
const instant = z.iso.datetime({
  offset: true,
  message: 'Escribe una fecha y hora válidas.',
});
const id = z.coerce.number().int().positive();
const clockTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Escribe una hora como 09:30.');

/** GET /api/agenda?date=2026-12-09&view=day | view=week&stylist=3 */
export const agendaQuery = z.discriminatedUnion('view', [
  z.object({ view: z.literal('day'), date: isoDate }),
  z.object({
    view: z.literal('week'),
    date: isoDate,
    stylist: id.refine(Boolean, 'Elige una estilista para ver su semana.'),
  }),
]);
export type AgendaQuery = z.output<typeof agendaQuery>;

export type AppointmentStatus =
  | 'pending'
  | 'confirmed'
  | 'cancelled'
  | 'completed'
  | 'no_show';

export interface AgendaAppointment {
  id: number;
  stylistId: number;
  /** ISO instants. */
  start: string;
  end: string;
  status: AppointmentStatus;
  priceCents: number;
  /** `noShows`: how many times the customer did not come. */
  customer: {
    id: number;
    name: string | null;
    phone: string | null;
    noShows: number;
  };
  /** Whom it is for when not the customer ("a nombre de mi hija Carla"); null: the customer. */
  bookedFor: string | null;
  services: { id: number; name: string }[];
  bookedBy: { kind: 'bot' } | { kind: 'staff'; name: string };
  /** The version a move or cancel sends back as `expectedUpdatedAt`. */
  updatedAt: string;
  /** The confirmation request and the reminder the salon sends (null: none owed). */
  messages: {
    confirmation: AppointmentMessageView | null;
    reminder: AppointmentMessageView | null;
  };
  /** Asked to confirm, still unconfirmed close to its start: staff were told (label and note in Chatwoot). */
  unconfirmedAlert: boolean;
}

export interface AppointmentMessageView {
  status: 'scheduled' | 'queued' | 'skipped' | 'cancelled';
  /** Why it was skipped or cancelled (a code; `text` says it in words). */
  reason: string | null;
  /** "Enviada", "No enviada: …", in Spanish for the receptionist. */
  text: string;
  /** When it was sent, skipped or cancelled (ISO); null while scheduled. */
  at: string | null;
}

const NOT_SENT: Record<string, string> = {
  already_confirmed: 'No hizo falta: ya estaba confirmada.',
  booked_within_offset: 'No se envió: la cita se reservó con menos antelación.',
  too_late: 'No se envió: la cita ya había empezado.',
  no_template:
    'No se envió: el cliente no ha escrito en las últimas 24 horas y no hay plantilla de WhatsApp (Ajustes → Salón).',
  no_whatsapp_contact: 'No se envió: el cliente no tiene WhatsApp en Chatwoot.',
  no_inbox_configured:
    'No se envió: falta la bandeja de WhatsApp para escribirle (CHATWOOT_INBOX_ID).',
};

/** Where a confirmation request or reminder stands, in words. */
export function appointmentMessageText(
  status: AppointmentMessageView['status'],
  reason: string | null,
): string {
  switch (status) {
    case 'scheduled':
      return 'Programada.';
    case 'queued':
      return 'Enviada.';
    case 'cancelled':
      return 'Anulada: la cita se canceló o se cerró antes.';
    case 'skipped':
      return (reason && NOT_SENT[reason]) ?? 'No se envió.';
  }
}

export type AgendaBlock =
  | {
      id: number;
      stylistId: number;
      kind: 'once';
      start: string;
      end: string;
      reason: string | null;
    }
  | {
      id: number;
      stylistId: number;
      kind: 'weekly';
      weekday: number;
      /** 'HH:MM' local. */
      startTime: string;
      endTime: string;
      reason: string | null;
    };

/** One local day of the salon: open hours (null: closed, with the holiday's name if it is one). */
export interface AgendaDay {
  date: string;
  hours: {
    opens: string;
    closes: string;
    breakStart: string | null;
    breakEnd: string | null;
  } | null;
  holiday: string | null;
}

export interface AgendaResponse {
  view: 'day' | 'week';
  timeZone: string;
  /** One day (day view) or Monday–Sunday (week view). */
  days: AgendaDay[];
  stylists: {
    id: number;
    name: string;
    category: string;
    active: boolean;
    appointments: AgendaAppointment[];
    blocks: AgendaBlock[];
  }[];
}

/** GET /api/availability?date=&serviceIds=1,2&stylistId= : free slots for the desk (no minimum notice). */
export const availabilityQuery = z.object({
  date: isoDate,
  serviceIds: z
    .string()
    .transform((value) => value.split(',').filter(Boolean).map(Number))
    .pipe(
      z
        .array(z.number().int().positive())
        .min(1, 'Elige al menos un servicio.'),
    ),
  stylistId: id.optional(),
});
export interface AvailabilityResponse {
  slots: { stylistId: number; start: string; end: string }[];
  /** When there are none: why (closed, holiday, fully_booked, no_stylist, …). */
  reason: string | null;
}

/** POST /api/appointments: a walk-in or a phone booking. */
export const newAppointmentRequest = z.object({
  customerId: id,
  stylistId: id,
  serviceIds: z.array(id).min(1, 'Elige al menos un servicio.'),
  start: instant,
  /** A uuid made when the form opened: a double click books once. */
  idempotencyKey: z.string().min(8).max(100),
});
export type NewAppointmentRequest = z.input<typeof newAppointmentRequest>;

/** PATCH /api/appointments/:id : a move (drag or form). */
export const moveAppointmentRequest = z.object({
  start: instant,
  stylistId: id.optional(),
  expectedUpdatedAt: instant,
});
export type MoveAppointmentRequest = z.input<typeof moveAppointmentRequest>;

/** POST /api/appointments/:id/cancel */
export const cancelAppointmentRequest = z.object({
  reason: z
    .string()
    .trim()
    .min(1, 'Escribe el motivo de la cancelación.')
    .max(500),
  expectedUpdatedAt: instant.optional(),
});

/** POST /api/appointments/:id/outcome */
export const outcomeRequest = z.object({
  status: z.enum(['completed', 'no_show']),
});

/** POST /api/blocks */
export const newBlockRequest = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('once'),
    stylistId: id,
    start: instant,
    end: instant,
    reason: z.string().trim().max(200).optional(),
  }),
  z.object({
    kind: z.literal('weekly'),
    stylistId: id,
    weekday: z.coerce.number().int().min(1).max(7),
    startTime: clockTime,
    endTime: clockTime,
    reason: z.string().trim().max(200).optional(),
  }),
]);
export type NewBlockRequest = z.input<typeof newBlockRequest>;

/** 201 of POST /api/blocks: appointments already inside the block, for the desk to move or cancel. */
export interface NewBlockResponse {
  id: number;
  overlapping: AgendaAppointment['id'][];
}

/** What GET /api/events streams (event `agenda`): which days changed, so a page refetches only when it shows one. */
export interface AgendaEvent {
  /** Local dates touched ('YYYY-MM-DD'); empty with `all: true` (hours, blocks, stylists changed). */
  dates: string[];
  stylistId: number | null;
  all: boolean;
}
