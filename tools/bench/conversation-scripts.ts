// What the customers of `npm run bench:conversations` write (the golden conversations of apps/e2e/src/conversations, turn by turn), and what staff book for them first.
import {
  addDays,
  bookAppointment,
  findOrCreateCustomer,
  instantAt,
} from '@atrevete/booking';
import { SALON_TIME_ZONE } from '@atrevete/booking/testing';
import { createDatabase, services, stylists } from '@atrevete/db';
import {
  type Customer,
  type DirectBooking,
  GOLDEN_NOW,
  options,
} from '@atrevete/e2e/testing';

/** A message, or one written after reading the bot's previous reply (e.g. choosing an offer by its time). */
export type ScriptTurn = string | ((previousReply: string) => string);

export interface ConversationScript {
  /** The WhatsApp profile name; null when the profile shows none. */
  profile: string | null;
  turns: ScriptTurn[];
  /** Booked for the customer by staff before the first message (to list, cancel or move). */
  booked?: DirectBooking[];
}

/** `salon.customer()`'s profile name in the golden tests. */
const ANYONE = 'Laura Pérez';

const says = (
  profile: string | null,
  ...turns: ScriptTurn[]
): ConversationScript => ({ profile, turns });

const staffBooked = (
  stylist: string,
  service: string,
  day: string,
  time: string,
): DirectBooking => ({ stylist, service, day, time });

/** "la de las 17:30" for the third offer of the reply (as the golden test does), the first when fewer were offered. */
const byTimeOfThirdOffer = (reply: string) => {
  const slots = options(reply);
  const time = /a las (\d\d:\d\d)/.exec(slots[2] ?? slots[0] ?? '')?.[1];
  return time ? `la de las ${time}` : 'la 1';
};

/**
 * The booking dialogue: offers, names, summaries, bookings, cancellations and moves. Left out:
 * hand-offs and staff giving a conversation back (status changes), the slot taken between the
 * offer and the yes (staff book a slot read from a reply), and the burst (it needs a debounce).
 */
export const DIALOGUE_SCRIPTS: readonly ConversationScript[] = [
  says('Pablo Díaz', 'quiero cita', 'la 2', 'mañana por la tarde'),
  says(ANYONE, 'quiero corte de caballero y arreglar la barba el sábado'),
  says(ANYONE, 'manicura y corte de pelo el martes con quien sea'),
  says(ANYONE, 'quiero manicura con Víctor'),
  says(ANYONE, 'corte de pelo con Ana María el martes'),
  says(ANYONE, 'corte hombre con Víctor el martes a las 5'),
  says(ANYONE, 'peinado con Pilar el miércoles a las cinco y media'),
  says(ANYONE, 'barba con Víctor el jueves sobre las 11'),
  says(ANYONE, 'cejas el 3 de diciembre'),
  says(ANYONE, 'pedicura el 27'),
  says(ANYONE, 'un peinado pasado mañana'),
  says(ANYONE, 'manicura hoy'),
  says(ANYONE, 'quiero un masaje la semana que viene'),
  says(ANYONE, 'corte de pelo el 8 de diciembre'),
  says(ANYONE, 'mechas el 15 de marzo'),
  says(
    'Lucía Romero',
    'limpieza facial el viernes 4 por la tarde',
    byTimeOfThirdOffer,
    'si',
  ),
  says(ANYONE, 'pedicura el sábado', 'la 5'),
  says(
    'Laura Pérez',
    'corte mujer con Marta el martes por la mañana',
    'la 1',
    'sí',
    'perfecto',
  ),
  says(
    '☀️',
    'peinado con Pilar el viernes por la mañana',
    'la primera',
    'a nombre de mi hija Carla',
  ),
  says(
    'Irene Vidal',
    'cejas con Rosa el martes',
    'la 1',
    'sí',
    'sí',
    'también quiero pestañas con Rosa el miércoles',
    'la 1',
  ),
  says(
    ANYONE,
    'corte de pelo con Ana el viernes por la mañana',
    'mejor el sábado',
  ),
  says(ANYONE, 'tinte con Ana el miércoles', 'con Ana no, con Marta'),
  says(
    'Nuria Sol',
    'recogido el sábado con Pilar',
    'a que hora cerrais los sabados?',
    'la 1',
    'sí',
  ),
  says(
    'Raúl Ortiz',
    'corte hombre con Víctor el viernes',
    'la 2',
    'sí',
    'no, mejor no',
    'el sábado',
  ),
  {
    ...says('Marina Vega', 'barba con Víctor el viernes 4', 'la 1', 'sí'),
    booked: ['2026-12-01', '2026-12-02', '2026-12-03'].map((day) =>
      staffBooked('Víctor', 'Arreglo de barba', day, '19:00'),
    ),
  },
  says(ANYONE, 'que citas tengo?'),
  {
    ...says('Olga Peña', 'tengo alguna cita?'),
    booked: [staffBooked('Marta', 'Peinado', '2026-12-04', '12:00')],
  },
  {
    ...says('Hugo León', 'quiero anular una cita', 'la 2', 'sí'),
    booked: [
      staffBooked('Víctor', 'Corte hombre', '2026-12-01', '10:00'),
      staffBooked('Víctor', 'Corte hombre', '2026-12-09', '10:00'),
    ],
  },
  {
    ...says('Inés Mora', 'cancela mi cita', 'no'),
    booked: [staffBooked('Rosa', 'Pedicura', '2026-12-05', '10:00')],
  },
  {
    ...says(
      'Diego Cruz',
      'quiero cambiar mi cita',
      'el viernes por la tarde',
      'la 1',
      'sí',
    ),
    booked: [staffBooked('Pilar', 'Corte mujer', '2026-12-02', '16:00')],
  },
  {
    ...says('Teo Gil', 'puedo cambiar la cita?', 'no'),
    booked: [staffBooked('Marta', 'Corte hombre', '2026-11-27', '11:00')],
  },
  says(ANYONE, 'asdfgh jkl', 'hola', 'qwerty uiop'),
  // shared/SALON.md examples 1 to 4 (salon-examples.int.spec.ts).
  says(
    null,
    'Hola! Quería pedir cita para cortarme el pelo el viernes por la tarde con Ana',
    'la segunda',
    'Laura Pérez',
    'sí',
  ),
  says(
    'Marta Ruiz',
    'buenas',
    'quiero hacerme mechas',
    '¿cuánto cuestan?',
    'me da igual, el sábado por la mañana',
  ),
  says('Pepe', '¿Tenéis hueco el lunes?'),
  {
    ...says('Sara Gil', 'Quiero cancelar mi cita', 'sí'),
    booked: [staffBooked('Marta', 'Corte mujer', '2026-12-02', '11:00')],
  },
];

/** Plain Q&A, one question per conversation: the baseline the dialogue is compared with. */
export const QUESTION_SCRIPTS: readonly ConversationScript[] = [
  '¿cuánto cuesta el tinte?',
  '¿dónde estáis?',
  '¿qué horario tenéis?',
  'que servicios teneis?',
  'a q hora abris?',
  'donde estais?',
  '¿cuánto cuesta la manicura?',
  'cuanto vale un corte de pelo',
].map((text) => says(ANYONE, text));

// Many customers play the same script at once: each staff booking goes to the first free slot
// among these weeks and hour shifts of the golden one, starting at a different candidate each time.
const WEEKS = 8;
const HOUR_SHIFTS = [0, 1, -1, 2, -2, 3, -3];
const CANDIDATES = WEEKS * HOUR_SHIFTS.length;

/** What staff book before a script that lists, cancels or moves appointments (not timed). */
export async function openStaffDesk(url: string) {
  const database = createDatabase(url, { max: 2 });
  const { db } = database;
  const stylistIds = new Map(
    (await db.select().from(stylists)).map((s) => [s.name, s.id]),
  );
  const serviceIds = new Map(
    (await db.select().from(services)).map((s) => [s.name, s.id]),
  );
  let rotation = 0;
  let keys = 0;

  const bookOne = async (customerId: number, booking: DirectBooking) => {
    const stylistId = stylistIds.get(booking.stylist);
    const serviceId = serviceIds.get(booking.service);
    if (stylistId === undefined || serviceId === undefined)
      throw new Error(
        `the demo salon has no ${booking.stylist} or no ${booking.service}`,
      );
    const [hh, mm] = booking.time.split(':').map(Number);
    const first = rotation++;
    for (let i = 0; i < CANDIDATES; i++) {
      const k = (first + i) % CANDIDATES;
      const result = await bookAppointment(db, {
        customerId,
        stylistId,
        serviceIds: [serviceId],
        start: instantAt(
          addDays(booking.day, 7 * (k % WEEKS)),
          (hh + HOUR_SHIFTS[Math.floor(k / WEEKS)]) * 60 + mm,
          SALON_TIME_ZONE,
        ),
        now: new Date(GOLDEN_NOW),
        idempotencyKey: `bench-staff-${++keys}`,
      });
      if (result.kind === 'booked') return true;
    }
    return false;
  };

  return {
    /** False when a booking found no free candidate: the script is skipped. */
    async bookFor(customer: Customer, bookings: readonly DirectBooking[]) {
      const person = await findOrCreateCustomer(db, {
        chatwootContactId: customer.identity.contactId,
        phone: customer.phone,
        phoneVerified: true,
        name: customer.identity.name,
      });
      for (const booking of bookings)
        if (!(await bookOne(person.id, booking))) return false;
      return true;
    },
    close: () => database.close(),
  };
}

export type StaffDesk = Awaited<ReturnType<typeof openStaffDesk>>;
