// The owner's changes to the team's console accounts, audited; the salon always keeps an active owner.
import { and, count, eq, ne, sql } from 'drizzle-orm';
import type { DbExecutor } from '../connection.js';
import { staffAccounts, staffSessions } from '../schema/index.js';
import {
  createStaffAccount,
  getStaffAccount,
  insertAuditEntry,
  type CreateStaffResult,
  type NewStaffAccount,
  type StaffAccount,
  type StaffAccountChange,
} from './staff.js';

/** An account's columns without its password hash. */
const accountColumns = {
  id: staffAccounts.id,
  email: staffAccounts.email,
  name: staffAccounts.name,
  role: staffAccounts.role,
  active: staffAccounts.active,
  createdAt: staffAccounts.createdAt,
  updatedAt: staffAccounts.updatedAt,
};

const accountSnapshot = ({ email, name, role, active }: StaffAccount) => ({
  email,
  name,
  role,
  active,
});

/**
 * Changes to who is an active owner run one at a time, under the lock the first owner's creation
 * takes too: two owners demoting each other at once cannot leave the salon without one.
 */
async function lockOwners(tx: DbExecutor): Promise<void> {
  await tx.execute(
    sql`select pg_advisory_xact_lock(hashtext('atrevete_first_owner'))`,
  );
}

export function addStaffAccount(
  db: DbExecutor,
  params: { account: NewStaffAccount; staffId: number },
): Promise<CreateStaffResult> {
  return db.transaction(async (tx) => {
    const created = await createStaffAccount(tx, params.account);
    if (created.kind === 'created')
      await insertAuditEntry(tx, {
        staffId: params.staffId,
        action: 'staff.create',
        entity: 'staff',
        entityId: String(created.account.id),
        before: null,
        after: accountSnapshot(created.account),
      });
    return created;
  });
}

export type StaffChangeResult =
  | { kind: 'updated'; account: StaffAccount }
  | { kind: 'not_found' }
  /** The change would leave no active owner. */
  | { kind: 'last_owner' };

/** Renames, changes the role, disables or enables an account; a disabled account is signed out everywhere. */
export function changeStaffAccount(
  db: DbExecutor,
  params: {
    accountId: number;
    change: Pick<StaffAccountChange, 'name' | 'role' | 'active'>;
    staffId: number;
  },
): Promise<StaffChangeResult> {
  return db.transaction(async (tx): Promise<StaffChangeResult> => {
    await lockOwners(tx);
    const before = await getStaffAccount(tx, params.accountId);
    if (!before) return { kind: 'not_found' };
    const isOwner = (account: { role: string; active: boolean }) =>
      account.role === 'owner' && account.active;
    if (isOwner(before) && !isOwner({ ...before, ...params.change })) {
      const [others] = await tx
        .select({ owners: count() })
        .from(staffAccounts)
        .where(
          and(
            eq(staffAccounts.role, 'owner'),
            eq(staffAccounts.active, true),
            ne(staffAccounts.id, before.id),
          ),
        );
      if (others.owners === 0) return { kind: 'last_owner' };
    }
    const [after] = await tx
      .update(staffAccounts)
      .set(params.change)
      .where(eq(staffAccounts.id, before.id))
      .returning(accountColumns);
    if (!after.active)
      await tx
        .delete(staffSessions)
        .where(eq(staffSessions.staffId, before.id));
    const [was, is] = [accountSnapshot(before), accountSnapshot(after)];
    if (JSON.stringify(was) !== JSON.stringify(is))
      await insertAuditEntry(tx, {
        staffId: params.staffId,
        action: 'staff.update',
        entity: 'staff',
        entityId: String(before.id),
        before: was,
        after: is,
      });
    return { kind: 'updated', account: after };
  });
}

/**
 * A new password for an account: its sessions end, except `keepSessionTokenHash` (the owner
 * resetting their own password stays signed in where they did it).
 */
export function resetStaffPassword(
  db: DbExecutor,
  params: {
    accountId: number;
    passwordHash: string;
    staffId: number;
    keepSessionTokenHash?: string;
  },
): Promise<{ kind: 'reset'; account: StaffAccount } | { kind: 'not_found' }> {
  return db.transaction(async (tx) => {
    const [account] = await tx
      .update(staffAccounts)
      .set({ passwordHash: params.passwordHash })
      .where(eq(staffAccounts.id, params.accountId))
      .returning(accountColumns);
    if (!account) return { kind: 'not_found' as const };
    const ofAccount = eq(staffSessions.staffId, params.accountId);
    await tx
      .delete(staffSessions)
      .where(
        params.keepSessionTokenHash
          ? and(
              ofAccount,
              ne(staffSessions.tokenHash, params.keepSessionTokenHash),
            )
          : ofAccount,
      );
    await insertAuditEntry(tx, {
      staffId: params.staffId,
      action: 'staff.reset_password',
      entity: 'staff',
      entityId: String(account.id),
      before: null,
      after: null,
    });
    return { kind: 'reset' as const, account };
  });
}
