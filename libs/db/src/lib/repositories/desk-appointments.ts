// What the desk shows of one appointment besides its row: the customer, the services' names and who booked it.
import { eq, inArray } from 'drizzle-orm';
import type { DbExecutor } from '../connection.js';
import { customers, services, staffAccounts } from '../schema/index.js';

export interface AppointmentPartyIds {
  customerId: number;
  serviceIds: number[];
  /** Null: the bot booked it. */
  bookedByStaffId: number | null;
}

export interface AppointmentParties {
  customer: { id: number; name: string | null; phone: string | null };
  /** In the order of `serviceIds`; a removed service keeps its id with an empty name. */
  services: { id: number; name: string }[];
  bookedByStaffName: string | null;
}

/** One round trip of three small queries, whatever the appointment. */
export async function appointmentParties(
  db: DbExecutor,
  ids: AppointmentPartyIds,
): Promise<AppointmentParties> {
  const [customerRows, serviceRows, staffRows] = await Promise.all([
    db
      .select({
        id: customers.id,
        name: customers.name,
        phone: customers.phone,
      })
      .from(customers)
      .where(eq(customers.id, ids.customerId)),
    ids.serviceIds.length
      ? db
          .select({ id: services.id, name: services.name })
          .from(services)
          .where(inArray(services.id, ids.serviceIds))
      : [],
    ids.bookedByStaffId === null
      ? []
      : db
          .select({ name: staffAccounts.name })
          .from(staffAccounts)
          .where(eq(staffAccounts.id, ids.bookedByStaffId)),
  ]);
  const serviceName = new Map(serviceRows.map((row) => [row.id, row.name]));
  return {
    customer: customerRows[0] ?? {
      id: ids.customerId,
      name: null,
      phone: null,
    },
    services: ids.serviceIds.map((id) => ({
      id,
      name: serviceName.get(id) ?? '',
    })),
    bookedByStaffName: staffRows[0]?.name ?? null,
  };
}
