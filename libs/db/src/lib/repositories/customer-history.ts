// A customer's history for their page in the console: their appointments as the staff read them, and their latest Chatwoot conversation.
import { and, asc, desc, eq, gte, lt, sql } from 'drizzle-orm';
import type { DbExecutor } from '../connection.js';
import {
  appointments,
  inboundMessages,
  staffAccounts,
  stylists,
} from '../schema/index.js';

export interface CustomerAppointmentRow {
  id: number;
  startAt: Date;
  endAt: Date;
  status: (typeof appointments.$inferSelect)['status'];
  priceCents: number;
  stylistName: string;
  services: string[];
  bookedByName: string | null;
  cancellationReason: string | null;
}

/** How many past appointments a customer's page lists (the most recent). */
const PAST_LIMIT = 50;

/** The customer's appointments from `now` on (soonest first) and before it (latest first, at most 50). */
export async function listCustomerAppointmentsForStaff(
  db: DbExecutor,
  customerId: number,
  now: Date,
): Promise<{
  upcoming: CustomerAppointmentRow[];
  past: CustomerAppointmentRow[];
}> {
  const select = () =>
    db
      .select({
        id: appointments.id,
        startAt: appointments.startAt,
        endAt: appointments.endAt,
        status: appointments.status,
        priceCents: appointments.priceCents,
        stylistName: stylists.name,
        services: sql<
          string[]
        >`coalesce((SELECT array_agg(s.name ORDER BY aps.position)
          FROM appointment_services aps JOIN services s ON s.id = aps.service_id
          WHERE aps.appointment_id = appointments.id), '{}')`,
        bookedByName: staffAccounts.name,
        cancellationReason: appointments.cancellationReason,
      })
      .from(appointments)
      .innerJoin(stylists, eq(stylists.id, appointments.stylistId))
      .leftJoin(
        staffAccounts,
        eq(staffAccounts.id, appointments.bookedByStaffId),
      );
  const [upcoming, past] = await Promise.all([
    select()
      .where(
        and(
          eq(appointments.customerId, customerId),
          gte(appointments.startAt, now),
        ),
      )
      .orderBy(asc(appointments.startAt), asc(appointments.id)),
    select()
      .where(
        and(
          eq(appointments.customerId, customerId),
          lt(appointments.startAt, now),
        ),
      )
      .orderBy(desc(appointments.startAt), desc(appointments.id))
      .limit(PAST_LIMIT),
  ]);
  return { upcoming, past };
}

/** The Chatwoot conversation this contact wrote in last, if the ledger still has one. */
export async function latestConversationOfContact(
  db: DbExecutor,
  contactId: number,
): Promise<{ accountId: number; conversationId: number } | undefined> {
  const [latest] = await db
    .select({
      accountId: inboundMessages.accountId,
      conversationId: inboundMessages.conversationId,
    })
    .from(inboundMessages)
    .where(eq(inboundMessages.contactId, contactId))
    .orderBy(
      desc(inboundMessages.receivedAt),
      desc(inboundMessages.chatwootMessageId),
    )
    .limit(1);
  return latest;
}
