// What the staff write about a customer: listed newest first with their author, added, and removed by their author or the owner.
import { and, desc, eq } from 'drizzle-orm';
import type { DbExecutor } from '../connection.js';
import { customerNotes, staffAccounts } from '../schema/index.js';

export interface CustomerNoteRow {
  id: number;
  customerId: number;
  body: string;
  createdAt: Date;
  authorId: number | null;
  authorName: string | null;
}

const noteColumns = {
  id: customerNotes.id,
  customerId: customerNotes.customerId,
  body: customerNotes.body,
  createdAt: customerNotes.createdAt,
  authorId: customerNotes.staffId,
  authorName: staffAccounts.name,
};

export async function listCustomerNotes(
  db: DbExecutor,
  customerId: number,
): Promise<CustomerNoteRow[]> {
  return db
    .select(noteColumns)
    .from(customerNotes)
    .leftJoin(staffAccounts, eq(staffAccounts.id, customerNotes.staffId))
    .where(eq(customerNotes.customerId, customerId))
    .orderBy(desc(customerNotes.createdAt), desc(customerNotes.id));
}

/** Adds a note signed by `staffId`; the customer must exist (the foreign key refuses otherwise). */
export async function addCustomerNote(
  db: DbExecutor,
  note: { customerId: number; staffId: number; body: string },
): Promise<CustomerNoteRow> {
  const [created] = await db
    .insert(customerNotes)
    .values({
      customerId: note.customerId,
      staffId: note.staffId,
      body: note.body.trim(),
    })
    .returning({ id: customerNotes.id });
  const [row] = await db
    .select(noteColumns)
    .from(customerNotes)
    .leftJoin(staffAccounts, eq(staffAccounts.id, customerNotes.staffId))
    .where(eq(customerNotes.id, created.id));
  return row;
}

/** `not_author`: the note exists, but only its author or the owner may remove it. */
export type DeleteNoteResult = 'deleted' | 'not_found' | 'not_author';

/** Removes a note of this customer, if `by` wrote it or is the owner; decided in the DELETE itself. */
export async function deleteCustomerNote(
  db: DbExecutor,
  params: {
    customerId: number;
    noteId: number;
    by: { staffId: number; isOwner: boolean };
  },
): Promise<DeleteNoteResult> {
  const ofCustomer = and(
    eq(customerNotes.id, params.noteId),
    eq(customerNotes.customerId, params.customerId),
  );
  const deleted = await db
    .delete(customerNotes)
    .where(
      params.by.isOwner
        ? ofCustomer
        : and(ofCustomer, eq(customerNotes.staffId, params.by.staffId)),
    )
    .returning({ id: customerNotes.id });
  if (deleted.length > 0) return 'deleted';
  const [exists] = await db
    .select({ id: customerNotes.id })
    .from(customerNotes)
    .where(ofCustomer);
  return exists ? 'not_author' : 'not_found';
}
