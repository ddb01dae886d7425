// The salon's own questions and answers: what the bot reads (active ones) and the owner's changes, each audited.
import { asc, eq, sql } from 'drizzle-orm';
import type { DbExecutor } from '../connection.js';
import { salonAnswers } from '../schema/index.js';
import {
  refusalsAsResults,
  type ConstraintRefusal,
} from './constraint-refusal.js';
import { insertAuditEntry } from './staff.js';

export type SalonAnswer = typeof salonAnswers.$inferSelect;

export interface SalonAnswerFields {
  topic: string;
  phrasings: string[];
  answer: string;
  active: boolean;
}

export type SalonAnswerWriteResult =
  | { kind: 'saved'; answer: SalonAnswer }
  | { kind: 'not_found' }
  | { kind: 'name_taken' }
  | { kind: 'refused'; refusal: ConstraintRefusal };

const TOPIC_UNIQUE = 'salon_answers_topic_unique';

/** Every entry, inactive ones too, in the order they were added (the owner's list). */
export function listSalonAnswers(db: DbExecutor): Promise<SalonAnswer[]> {
  return db.select().from(salonAnswers).orderBy(asc(salonAnswers.id));
}

/** What the bot may quote: active entries only. */
export function listActiveSalonAnswers(db: DbExecutor): Promise<SalonAnswer[]> {
  return db
    .select()
    .from(salonAnswers)
    .where(eq(salonAnswers.active, true))
    .orderBy(asc(salonAnswers.id));
}

const snapshot = (answer: SalonAnswer) => ({
  topic: answer.topic,
  phrasings: answer.phrasings,
  answer: answer.answer,
  active: answer.active,
});

export function createSalonAnswer(
  db: DbExecutor,
  params: { fields: SalonAnswerFields; staffId: number },
): Promise<SalonAnswerWriteResult> {
  return refusalsAsResults(
    () =>
      db.transaction(async (tx): Promise<SalonAnswerWriteResult> => {
        const [saved] = await tx
          .insert(salonAnswers)
          .values(params.fields)
          .returning();
        await insertAuditEntry(tx, {
          staffId: params.staffId,
          action: 'salon_answer.create',
          entity: 'salon_answer',
          entityId: String(saved.id),
          before: null,
          after: snapshot(saved),
        });
        return { kind: 'saved', answer: saved };
      }),
    TOPIC_UNIQUE,
  );
}

export function updateSalonAnswer(
  db: DbExecutor,
  params: {
    answerId: number;
    change: Partial<SalonAnswerFields>;
    staffId: number;
  },
): Promise<SalonAnswerWriteResult> {
  return refusalsAsResults(
    () =>
      db.transaction(async (tx): Promise<SalonAnswerWriteResult> => {
        const [before] = await tx
          .select()
          .from(salonAnswers)
          .where(eq(salonAnswers.id, params.answerId))
          .for('update');
        if (!before) return { kind: 'not_found' };
        const [saved] = await tx
          .update(salonAnswers)
          .set({ ...params.change, updatedAt: sql`now()` })
          .where(eq(salonAnswers.id, params.answerId))
          .returning();
        await insertAuditEntry(tx, {
          staffId: params.staffId,
          action: 'salon_answer.update',
          entity: 'salon_answer',
          entityId: String(saved.id),
          before: snapshot(before),
          after: snapshot(saved),
        });
        return { kind: 'saved', answer: saved };
      }),
    TOPIC_UNIQUE,
  );
}

/** Removes an entry for good; the audit log keeps what it said. */
export function deleteSalonAnswer(
  db: DbExecutor,
  params: { answerId: number; staffId: number },
): Promise<{ kind: 'deleted' } | { kind: 'not_found' }> {
  return db.transaction(async (tx) => {
    const [removed] = await tx
      .delete(salonAnswers)
      .where(eq(salonAnswers.id, params.answerId))
      .returning();
    if (!removed) return { kind: 'not_found' as const };
    await insertAuditEntry(tx, {
      staffId: params.staffId,
      action: 'salon_answer.delete',
      entity: 'salon_answer',
      entityId: String(removed.id),
      before: snapshot(removed),
      after: null,
    });
    return { kind: 'deleted' as const };
  });
}
