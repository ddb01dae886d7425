// Customers as the console shows them, the forms that find, create or correct one (also from the agenda's booking form), and their notes.
import { z } from 'zod';

export interface CustomerSummary {
  id: number;
  name: string | null;
  phone: string | null;
  /** Appointments marked no-show, ever. */
  noShows: number;
  /** The next pending/confirmed appointment's start (ISO), if any. */
  nextAppointmentAt: string | null;
}

/** GET /api/customers?q=… : by name (accents and case ignored) or by phone digits; at most 20. */
export const customerSearchQuery = z.object({
  q: z.string().trim().max(100).default(''),
});
export interface CustomerSearchResponse {
  customers: CustomerSummary[];
}

/** A phone as staff type it ("600 11 22 33", "+34 600-112-233"): stored as +<digits>, Spain's +34 when no prefix. */
export const phoneInput = z
  .string()
  .trim()
  .transform((value) => value.replace(/[\s().-]/g, ''))
  .refine(
    (value) => /^(\+|00)?\d{9,15}$/.test(value),
    'Escribe un teléfono válido (9 cifras, o con prefijo internacional).',
  )
  .transform((value) => {
    if (value.startsWith('+')) return value;
    if (value.startsWith('00')) return `+${value.slice(2)}`;
    return value.length === 9 ? `+34${value}` : `+${value}`;
  });

export const CUSTOMER_PHONE_REQUIRED =
  'Escribe un teléfono para poder avisarle.';

/**
 * POST /api/customers: a walk-in or a phone call; 409 `phone_taken` with the existing customer's id.
 * The phone is required: a customer is known by their phone or their Chatwoot contact, and one
 * created at the desk has no contact yet (it is also how the salon reaches them).
 */
export const newCustomerRequest = z
  .object({
    name: z.string().trim().min(1, 'Escribe el nombre.').max(120),
    phone: phoneInput.optional(),
  })
  .refine((request) => request.phone !== undefined, {
    path: ['phone'],
    message: CUSTOMER_PHONE_REQUIRED,
    // Also when the name is missing: the form shows both at once.
    when: ({ value }) => typeof value === 'object' && value !== null,
  });
export type NewCustomerRequest = z.input<typeof newCustomerRequest>;

/** The body of 409 `phone_taken`: who already has the phone. */
export interface PhoneTakenBody {
  error: 'phone_taken';
  message: string;
  customerId: number;
}

/** PATCH /api/customers/:id: corrects the name or the phone (audited). */
export const customerChangeRequest = z
  .object({
    name: z.string().trim().min(1, 'Escribe el nombre.').max(120).optional(),
    phone: phoneInput.optional(),
  })
  .refine((change) => change.name !== undefined || change.phone !== undefined, {
    path: ['name'],
    message: 'No hay nada que cambiar.',
  });
export type CustomerChangeRequest = z.input<typeof customerChangeRequest>;

/** An appointment on the customer's page. */
export interface CustomerAppointment {
  id: number;
  startAt: string;
  endAt: string;
  status: 'pending' | 'confirmed' | 'cancelled' | 'completed' | 'no_show';
  priceCents: number;
  stylistName: string;
  /** Service names, in the order they were booked. */
  services: string[];
  /** Who booked it in the console; null: the bot, on WhatsApp. */
  bookedByName: string | null;
  cancellationReason: string | null;
}

/** What a staff member wrote about the customer. */
export interface CustomerNote {
  id: number;
  body: string;
  createdAt: string;
  /** Null for a note whose author is unknown (written outside the console). */
  authorId: number | null;
  authorName: string | null;
}

/** GET /api/customers/:id: the customer's page. */
export interface CustomerDetail extends CustomerSummary {
  createdAt: string;
  /** Starting now or later, soonest first (cancelled ones included, with their status). */
  upcoming: CustomerAppointment[];
  /** Started before now, latest first (the most recent 50). */
  past: CustomerAppointment[];
  /** Newest first. */
  notes: CustomerNote[];
  /** The customer's latest Chatwoot conversation, when Chatwoot is configured and there is one. */
  chatwootConversationUrl: string | null;
}

export const NOTE_MAX_LENGTH = 2000;

/** POST /api/customers/:id/notes → 201 CustomerNote. */
export const newNoteRequest = z.object({
  body: z
    .string()
    .trim()
    .min(1, 'Escribe la nota.')
    .max(
      NOTE_MAX_LENGTH,
      `La nota no puede pasar de ${NOTE_MAX_LENGTH} caracteres.`,
    ),
});
export type NewNoteRequest = z.input<typeof newNoteRequest>;
