// Console accounts, their sessions and the audit log: plain functions of (db | tx, params).
import { and, count, desc, eq, gt, lt, lte, sql, type SQL } from 'drizzle-orm';
import type { DbExecutor } from '../connection.js';
import {
  auditLog,
  staffAccounts,
  staffSessions,
  type StaffRole,
} from '../schema/index.js';

export type StaffAccount = Omit<
  typeof staffAccounts.$inferSelect,
  'passwordHash'
>;
export type StaffAccountWithHash = typeof staffAccounts.$inferSelect;

const publicColumns = {
  id: staffAccounts.id,
  email: staffAccounts.email,
  name: staffAccounts.name,
  role: staffAccounts.role,
  active: staffAccounts.active,
  createdAt: staffAccounts.createdAt,
  updatedAt: staffAccounts.updatedAt,
};

export interface NewStaffAccount {
  email: string;
  name: string;
  role: StaffRole;
  passwordHash: string;
}

export type CreateStaffResult =
  | { kind: 'created'; account: StaffAccount }
  | { kind: 'email_taken' };

/** A new account; the email is stored lower-cased and trimmed, and must be unused. */
export async function createStaffAccount(
  db: DbExecutor,
  account: NewStaffAccount,
): Promise<CreateStaffResult> {
  const [created] = await db
    .insert(staffAccounts)
    .values({
      ...account,
      email: account.email.trim().toLowerCase(),
      name: account.name.trim(),
    })
    .onConflictDoNothing({ target: staffAccounts.email })
    .returning(publicColumns);
  return created
    ? { kind: 'created', account: created }
    : { kind: 'email_taken' };
}

/** The account with this email (any case), with its hash, to check a password. */
export async function findStaffByEmail(
  db: DbExecutor,
  email: string,
): Promise<StaffAccountWithHash | undefined> {
  const [found] = await db
    .select()
    .from(staffAccounts)
    .where(eq(staffAccounts.email, email.trim().toLowerCase()));
  return found;
}

export async function getStaffAccount(
  db: DbExecutor,
  id: number,
): Promise<StaffAccount | undefined> {
  const [found] = await db
    .select(publicColumns)
    .from(staffAccounts)
    .where(eq(staffAccounts.id, id));
  return found;
}

export async function listStaffAccounts(
  db: DbExecutor,
): Promise<StaffAccount[]> {
  return db
    .select(publicColumns)
    .from(staffAccounts)
    .orderBy(staffAccounts.name);
}

/** Whether an active owner exists (the first owner is created only when none does). */
export async function activeOwnerExists(db: DbExecutor): Promise<boolean> {
  const [row] = await db
    .select({ owners: count() })
    .from(staffAccounts)
    .where(
      and(eq(staffAccounts.role, 'owner'), eq(staffAccounts.active, true)),
    );
  return row.owners > 0;
}

export interface StaffAccountChange {
  name?: string;
  role?: StaffRole;
  active?: boolean;
  passwordHash?: string;
}

export async function updateStaffAccount(
  db: DbExecutor,
  id: number,
  change: StaffAccountChange,
): Promise<StaffAccount | undefined> {
  const [updated] = await db
    .update(staffAccounts)
    .set(change)
    .where(eq(staffAccounts.id, id))
    .returning(publicColumns);
  return updated;
}

export interface NewStaffSession {
  tokenHash: string;
  staffId: number;
  csrfToken: string;
  expiresAt: Date;
}

export async function createStaffSession(
  db: DbExecutor,
  session: NewStaffSession,
): Promise<void> {
  await db.insert(staffSessions).values(session);
}

export interface ActiveStaffSession {
  tokenHash: string;
  csrfToken: string;
  expiresAt: Date;
  staff: StaffAccount;
}

/** The unexpired session of an active account with this token hash. */
export async function findActiveStaffSession(
  db: DbExecutor,
  tokenHash: string,
  now: Date,
): Promise<ActiveStaffSession | undefined> {
  const [row] = await db
    .select({
      tokenHash: staffSessions.tokenHash,
      csrfToken: staffSessions.csrfToken,
      expiresAt: staffSessions.expiresAt,
      staff: publicColumns,
    })
    .from(staffSessions)
    .innerJoin(staffAccounts, eq(staffAccounts.id, staffSessions.staffId))
    .where(
      and(
        eq(staffSessions.tokenHash, tokenHash),
        gt(staffSessions.expiresAt, now),
        eq(staffAccounts.active, true),
      ),
    );
  return row;
}

export async function deleteStaffSession(
  db: DbExecutor,
  tokenHash: string,
): Promise<void> {
  await db.delete(staffSessions).where(eq(staffSessions.tokenHash, tokenHash));
}

/** Signs a person out everywhere (disabled, or their password was reset). */
export async function deleteSessionsOfStaff(
  db: DbExecutor,
  staffId: number,
): Promise<void> {
  await db.delete(staffSessions).where(eq(staffSessions.staffId, staffId));
}

export async function deleteExpiredStaffSessions(
  db: DbExecutor,
  now: Date,
): Promise<number> {
  const deleted = await db
    .delete(staffSessions)
    .where(lte(staffSessions.expiresAt, now))
    .returning({ tokenHash: staffSessions.tokenHash });
  return deleted.length;
}

export interface AuditEntry {
  staffId: number | null;
  action: string;
  entity: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
}

export async function insertAuditEntry(
  db: DbExecutor,
  entry: AuditEntry,
): Promise<void> {
  await db.insert(auditLog).values({
    ...entry,
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
}

export type AuditRow = typeof auditLog.$inferSelect & {
  staffName: string | null;
};

export interface AuditQuery {
  limit: number;
  /** Only entries with a smaller id (the next page). */
  beforeId?: number;
  entity?: string;
  entityId?: string;
}

/** Newest first, with the name of who made each change. */
export async function listAuditEntries(
  db: DbExecutor,
  query: AuditQuery,
): Promise<AuditRow[]> {
  const filters: SQL[] = [];
  if (query.beforeId !== undefined)
    filters.push(lt(auditLog.id, query.beforeId));
  if (query.entity) filters.push(eq(auditLog.entity, query.entity));
  if (query.entityId) filters.push(eq(auditLog.entityId, query.entityId));
  const rows = await db
    .select({ entry: auditLog, staffName: staffAccounts.name })
    .from(auditLog)
    .leftJoin(staffAccounts, eq(staffAccounts.id, auditLog.staffId))
    .where(and(...filters))
    .orderBy(desc(auditLog.id))
    .limit(query.limit);
  return rows.map(({ entry, staffName }) => ({ ...entry, staffName }));
}

export type FirstOwnerResult =
  | { kind: 'created'; account: StaffAccount }
  | { kind: 'owner_exists' }
  | { kind: 'email_taken' };

/**
 * Creates `owner` unless an active owner exists, with an audit row; an existing account is never
 * changed. Replicas starting together create one owner: the check and the insert run under one
 * advisory lock.
 */
export function createFirstOwner(
  db: DbExecutor,
  owner: Omit<NewStaffAccount, 'role'>,
  source: string,
): Promise<FirstOwnerResult> {
  return db.transaction(async (tx) => {
    await tx.execute(
      sql`select pg_advisory_xact_lock(hashtext('atrevete_first_owner'))`,
    );
    if (await activeOwnerExists(tx)) return { kind: 'owner_exists' };
    const created = await createStaffAccount(tx, { ...owner, role: 'owner' });
    if (created.kind === 'email_taken') return created;
    await insertAuditEntry(tx, {
      staffId: null,
      action: 'staff.create',
      entity: 'staff',
      entityId: String(created.account.id),
      before: null,
      after: { email: created.account.email, role: 'owner', source },
    });
    return created;
  });
}
