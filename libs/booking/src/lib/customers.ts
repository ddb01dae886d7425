// Customers by their Chatwoot contact, or by a phone the channel verified: found or created once, however many turns race.
import { customers, type DbExecutor } from '@atrevete/db';
import { and, eq, isNull, type SQL } from 'drizzle-orm';
import {
  ContentionError,
  CustomerIdentityMissingError,
  CustomerNotFoundError,
} from './errors.js';

export interface Customer {
  id: number;
  chatwootContactId: number | null;
  phone: string | null;
  name: string | null;
}

export interface CustomerIdentity {
  chatwootContactId?: number | null;
  phone?: string | null;
  /**
   * Whether the channel vouches for `phone` (WhatsApp: phoneIsVerified). Only a verified phone
   * finds a customer or is stored on one; on a web widget, e-mail or API inbox anyone can type
   * anyone's number, so there the Chatwoot contact alone is the customer.
   */
  phoneVerified: boolean;
  /** The name to book under, if known; it fills a missing name but never replaces one. */
  name?: string | null;
}

const customerColumns = {
  id: customers.id,
  chatwootContactId: customers.chatwootContactId,
  phone: customers.phone,
  name: customers.name,
};

// Each lost insert race means another turn created the customer, so the next look-up finds
// it; three rounds is already more than any real interleaving needs.
const MAX_ATTEMPTS = 3;

/**
 * The customer with this Chatwoot contact id, else with this phone number if it is verified,
 * else a new one (carrying the phone only if verified). Idempotent and race-safe: the insert is
 * ON CONFLICT DO NOTHING on both unique identities, and a lost race is answered by looking up
 * the winner's row. Throws CustomerIdentityMissingError without a contact id or verified phone.
 */
export async function findOrCreateCustomer(
  db: DbExecutor,
  identity: CustomerIdentity,
): Promise<Customer> {
  const chatwootContactId = identity.chatwootContactId ?? null;
  const phone = identity.phoneVerified ? (identity.phone ?? null) : null;
  const name = identity.name?.trim() || null;
  if (chatwootContactId === null && phone === null) {
    throw new CustomerIdentityMissingError();
  }
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const existing =
      (chatwootContactId !== null &&
        (await findBy(
          db,
          eq(customers.chatwootContactId, chatwootContactId),
        ))) ||
      (phone !== null && (await findBy(db, eq(customers.phone, phone))));
    if (existing) {
      return existing.name === null && name !== null
        ? fillName(db, existing, name)
        : existing;
    }
    const [created] = await db
      .insert(customers)
      .values({ chatwootContactId, phone, name })
      .onConflictDoNothing()
      .returning(customerColumns);
    if (created) {
      return created;
    }
  }
  throw new ContentionError('findOrCreateCustomer', MAX_ATTEMPTS);
}

async function findBy(
  db: DbExecutor,
  where: SQL,
): Promise<Customer | undefined> {
  const [found] = await db
    .select(customerColumns)
    .from(customers)
    .where(where)
    .limit(1);
  return found;
}

async function fillName(
  db: DbExecutor,
  customer: Customer,
  name: string,
): Promise<Customer> {
  const [updated] = await db
    .update(customers)
    .set({ name })
    .where(and(eq(customers.id, customer.id), isNull(customers.name)))
    .returning(customerColumns);
  // A concurrent turn may have named the customer first; its name stands.
  return (
    updated ?? (await findBy(db, eq(customers.id, customer.id))) ?? customer
  );
}

/**
 * Locks the customer's row until the transaction ends, so that one customer's bookings,
 * cancellations and reschedules run one after another (the per-customer limit is counted
 * under this lock). Throws CustomerNotFoundError for an unknown id.
 */
export async function lockCustomer(
  tx: DbExecutor,
  customerId: number,
): Promise<void> {
  const [row] = await tx
    .select({ id: customers.id })
    .from(customers)
    .where(eq(customers.id, customerId))
    .for('update');
  if (!row) {
    throw new CustomerNotFoundError(customerId);
  }
}
