// The salon's own questions and answers (lateness, payment, parking…): what the bot may say about its policies.
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  integer,
  pgTable,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';

/**
 * One policy or frequent question. `phrasings` are the words and short phrases customers use
 * for it ("llego tarde", "retraso"), matched by the offline understander typo-tolerantly; the
 * answer is sent as written. Only active entries are ever quoted.
 */
export const salonAnswers = pgTable(
  'salon_answers',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    /** What the entry is about, for staff and for the model ("Retrasos"). */
    topic: text('topic').notNull().unique(),
    phrasings: text('phrasings').array().notNull(),
    answer: text('answer').notNull(),
    active: boolean('active').notNull().default(true),
    updatedAt: timestamp('updated_at', { withTimezone: true })
      .notNull()
      .defaultNow(),
  },
  (t) => [
    check(
      'salon_answers_topic_length',
      sql`length(trim(${t.topic})) BETWEEN 1 AND 80`,
    ),
    check(
      'salon_answers_answer_length',
      sql`length(trim(${t.answer})) BETWEEN 1 AND 1000`,
    ),
    check(
      'salon_answers_phrasings_present',
      sql`cardinality(${t.phrasings}) BETWEEN 1 AND 40`,
    ),
  ],
);
