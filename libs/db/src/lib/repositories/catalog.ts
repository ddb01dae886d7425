// Reads the services and stylists the bot may offer.
import { asc, eq } from 'drizzle-orm';
import type { DbExecutor } from '../connection.js';
import { services, stylists } from '../schema/index.js';

export type Service = typeof services.$inferSelect;
export type Stylist = typeof stylists.$inferSelect;

/** Active services in price-list order (the order they were added), for numbered lists. */
export async function listActiveServices(db: DbExecutor): Promise<Service[]> {
  return db
    .select()
    .from(services)
    .where(eq(services.active, true))
    .orderBy(asc(services.id));
}

/** Active stylists in the order they were added. */
export async function listActiveStylists(db: DbExecutor): Promise<Stylist[]> {
  return db
    .select()
    .from(stylists)
    .where(eq(stylists.active, true))
    .orderBy(asc(stylists.id));
}
