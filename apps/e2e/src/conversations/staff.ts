// What the salon's staff (or another customer) do meanwhile: appointments written straight through the booking engine.
import {
  bookAppointment,
  findOrCreateCustomer,
  type Appointment,
} from '@atrevete/booking';
import { at } from '@atrevete/booking/testing';
import { createDatabase } from '@atrevete/db';
import { GOLDEN_NOW, type Customer, type GoldenSalon } from './golden.js';

export interface DirectBooking {
  stylist: string;
  service: string;
  /** 'YYYY-MM-DD', Madrid. */
  day: string;
  /** 'HH:MM', Madrid. */
  time: string;
}

let keys = 0;

/** Books for the customer (or for a stranger when `customer` is null) as staff would, failing the test if the engine refuses. */
export async function bookDirectly(
  salon: GoldenSalon,
  customer: Customer | null,
  booking: DirectBooking,
): Promise<Appointment> {
  const database = createDatabase(salon.pipeline.database.url, { max: 1 });
  try {
    const { db } = database;
    const [stylist] = await salon.db<{ id: number }[]>`
      SELECT id FROM stylists WHERE name = ${booking.stylist}`;
    const [service] = await salon.db<{ id: number }[]>`
      SELECT id FROM services WHERE name = ${booking.service}`;
    const person = await findOrCreateCustomer(
      db,
      customer
        ? {
            chatwootContactId: customer.identity.contactId,
            phone: customer.phone,
            phoneVerified: true,
            name: customer.identity.name,
          }
        : {
            phone: `+3491${String(++keys).padStart(7, '0')}`,
            phoneVerified: true,
            name: 'Otra',
          },
    );
    const result = await bookAppointment(db, {
      customerId: person.id,
      stylistId: stylist.id,
      serviceIds: [service.id],
      start: at(booking.day, booking.time),
      now: new Date(GOLDEN_NOW),
      idempotencyKey: `staff-${process.pid}-${++keys}`,
    });
    if (result.kind !== 'booked')
      throw new Error(
        `could not book ${JSON.stringify(booking)}: ${result.kind}`,
      );
    return result.appointment;
  } finally {
    await database.close();
  }
}
