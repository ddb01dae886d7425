// What the salon sells and who does it: services (with their synonyms) and stylists.
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  integer,
  pgTable,
  primaryKey,
  text,
} from 'drizzle-orm/pg-core';
import { serviceCategory } from './enums.js';

/** A service on the price list. Money is integer euro cents, never a float. */
export const services = pgTable(
  'services',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    name: text('name').notNull().unique(),
    category: serviceCategory('category').notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    priceCents: integer('price_cents').notNull(),
    /** Other names customers use for it ("tinte", "color"), matched by language understanding. */
    aliases: text('aliases')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    active: boolean('active').notNull().default(true),
  },
  (t) => [
    check('services_duration_positive', sql`${t.durationMinutes} > 0`),
    check('services_price_not_negative', sql`${t.priceCents} >= 0`),
  ],
);

/** A stylist, who performs the services of their own category. */
export const stylists = pgTable('stylists', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  name: text('name').notNull().unique(),
  category: serviceCategory('category').notNull(),
  active: boolean('active').notNull().default(true),
});

/**
 * Which stylists do a service, when the owner narrows it: a service without rows here is done by
 * every active stylist of its category; with rows, only by those stylists (still of its category).
 */
export const serviceStylists = pgTable(
  'service_stylists',
  {
    serviceId: integer('service_id')
      .notNull()
      .references(() => services.id, { onDelete: 'cascade' }),
    stylistId: integer('stylist_id')
      .notNull()
      .references(() => stylists.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.serviceId, t.stylistId] })],
);
