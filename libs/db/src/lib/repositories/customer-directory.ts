// Customers as the console reads and writes them: found by name or phone digits, created at the desk, corrected (audited).
import { asc, desc, eq, or, sql, type SQL } from 'drizzle-orm';
import type { DbExecutor } from '../connection.js';
import { appointments, customers } from '../schema/index.js';
import { insertAuditEntry } from './staff.js';

export interface CustomerListing {
  id: number;
  name: string | null;
  phone: string | null;
  chatwootContactId: number | null;
  createdAt: Date;
  /** Appointments marked no-show, ever. */
  noShows: number;
  /** The next pending/confirmed appointment that starts at or after `now`. */
  nextAppointmentAt: Date | null;
}

/** Someone who already has the phone asked for. */
export interface PhoneHolder {
  id: number;
  name: string | null;
}

// Spanish (and a few neighbours') accented letters, and what a search without accents types.
const ACCENTED = 'áàâäãéèêëíìîïóòôöõúùûüñçÁÀÂÄÃÉÈÊËÍÌÎÏÓÒÔÖÕÚÙÛÜÑÇ';
const PLAIN = 'aaaaaeeeeiiiiooooouuuuncAAAAAEEEEIIIIOOOOOUUUUNC';

/** Fewer digits than this match too many phones to mean one: the query is read as a name only. */
const MIN_PHONE_DIGITS = 3;

/** A search term as the names are compared: lower case, without accents. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

function likeContains(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

// The subqueries name the outer tables in plain SQL: drizzle renders a column of a single-table
// select without its table, which inside a subquery would mean the subquery's own column.
function listingColumns(now: Date) {
  return {
    id: customers.id,
    name: customers.name,
    phone: customers.phone,
    chatwootContactId: customers.chatwootContactId,
    createdAt: customers.createdAt,
    noShows: sql<number>`(SELECT count(*)::int FROM appointments a
      WHERE a.customer_id = customers.id AND a.status = 'no_show')`,
    nextAppointmentAt:
      sql<Date | null>`(SELECT min(a.start_at) FROM appointments a
      WHERE a.customer_id = customers.id AND a.status IN ('pending', 'confirmed')
        AND a.start_at >= ${now.toISOString()})`.mapWith(appointments.startAt),
  };
}

/**
 * Customers whose name holds every word of `query` (case and accents ignored), or whose phone
 * holds its digits whatever the spacing ("600 11" finds +34600111222); an empty query lists
 * the newest customers. A salon has a few thousand customers: no index needed.
 */
export async function searchCustomers(
  db: DbExecutor,
  params: { query: string; now: Date; limit: number },
): Promise<CustomerListing[]> {
  const select = db.select(listingColumns(params.now)).from(customers);
  const words = foldForSearch(params.query).split(/\s+/).filter(Boolean);
  if (words.length === 0) {
    return select
      .orderBy(desc(customers.createdAt), desc(customers.id))
      .limit(params.limit);
  }
  const foldedName = sql`lower(translate(coalesce(${customers.name}, ''), ${ACCENTED}, ${PLAIN}))`;
  const everyWord = sql.join(
    words.map((word) => sql`${foldedName} LIKE ${likeContains(word)}`),
    sql` AND `,
  );
  const matches: SQL[] = [sql`(${everyWord})`];
  const digits = params.query.replace(/\D/g, '');
  if (digits.length >= MIN_PHONE_DIGITS) {
    matches.push(
      sql`regexp_replace(coalesce(${customers.phone}, ''), '\\D', '', 'g') LIKE ${likeContains(digits)}`,
    );
  }
  return select
    .where(or(...matches))
    .orderBy(asc(foldedName), asc(customers.name), asc(customers.id))
    .limit(params.limit);
}

export async function getCustomerListing(
  db: DbExecutor,
  customerId: number,
  now: Date,
): Promise<CustomerListing | undefined> {
  const [found] = await db
    .select(listingColumns(now))
    .from(customers)
    .where(eq(customers.id, customerId));
  return found;
}

export type CreateCustomerResult =
  | { kind: 'created'; customer: CustomerListing }
  | { kind: 'phone_taken'; holder: PhoneHolder };

/** A customer the staff add (a walk-in, a phone call), with an audit row; the phone must be free. */
export async function createStaffCustomer(
  db: DbExecutor,
  params: { name: string; phone: string; staffId: number; now: Date },
): Promise<CreateCustomerResult> {
  const created = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(customers)
      .values({ name: params.name, phone: params.phone })
      .onConflictDoNothing()
      .returning({ id: customers.id });
    if (!row) return undefined;
    await insertAuditEntry(tx, {
      staffId: params.staffId,
      action: 'customer.create',
      entity: 'customer',
      entityId: String(row.id),
      before: null,
      after: { name: params.name, phone: params.phone },
    });
    return row.id;
  });
  if (created === undefined) {
    return { kind: 'phone_taken', holder: await phoneHolder(db, params.phone) };
  }
  const customer = await getCustomerListing(db, created, params.now);
  if (!customer) throw new Error(`customer ${created} vanished after insert`);
  return { kind: 'created', customer };
}

export interface CustomerChange {
  name?: string;
  phone?: string;
}

export type ChangeCustomerResult =
  | { kind: 'updated'; customer: CustomerListing }
  | { kind: 'not_found' }
  | { kind: 'phone_taken'; holder: PhoneHolder };

/** Corrects a customer's name or phone; the audit row (before, after) is written in the same transaction. */
export async function changeCustomer(
  db: DbExecutor,
  params: {
    customerId: number;
    change: CustomerChange;
    staffId: number;
    now: Date;
  },
): Promise<ChangeCustomerResult> {
  const { customerId, change } = params;
  try {
    const found = await db.transaction(async (tx) => {
      const [before] = await tx
        .select({ name: customers.name, phone: customers.phone })
        .from(customers)
        .where(eq(customers.id, customerId))
        .for('update');
      if (!before) return false;
      const after = { ...before, ...change };
      if (after.name === before.name && after.phone === before.phone)
        return true;
      await tx
        .update(customers)
        .set(change)
        .where(eq(customers.id, customerId));
      await insertAuditEntry(tx, {
        staffId: params.staffId,
        action: 'customer.update',
        entity: 'customer',
        entityId: String(customerId),
        before,
        after,
      });
      return true;
    });
    if (!found) return { kind: 'not_found' };
  } catch (error) {
    if (change.phone && isUniqueViolation(error, 'customers_phone_unique')) {
      return {
        kind: 'phone_taken',
        holder: await phoneHolder(db, change.phone),
      };
    }
    throw error;
  }
  const customer = await getCustomerListing(db, customerId, params.now);
  if (!customer) return { kind: 'not_found' };
  return { kind: 'updated', customer };
}

async function phoneHolder(
  db: DbExecutor,
  phone: string,
): Promise<PhoneHolder> {
  const [holder] = await db
    .select({ id: customers.id, name: customers.name })
    .from(customers)
    .where(eq(customers.phone, phone));
  // Customers are never deleted: the row that refused the phone is still there.
  if (!holder)
    throw new Error('the customer holding a taken phone was not found');
  return holder;
}

/** A unique-key violation (23505) of `constraint`, also when drizzle wraps the driver's error. */
function isUniqueViolation(error: unknown, constraint: string): boolean {
  for (let e = error, depth = 0; e && depth < 5; depth++) {
    const candidate = e as {
      code?: unknown;
      constraint_name?: unknown;
      cause?: unknown;
    };
    if (candidate.code === '23505')
      return candidate.constraint_name === constraint;
    e = candidate.cause;
  }
  return false;
}
