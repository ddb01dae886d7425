// Reads the services and stylists the bot may offer.
import { asc, eq, inArray } from 'drizzle-orm';
import type { DbExecutor } from '../connection.js';
import { serviceStylists, services, stylists } from '../schema/index.js';

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

/**
 * The stylists allowed to do all of `serviceIds`, when the owner narrowed any of them
 * (service_stylists); null when none is narrowed (every active stylist of the category).
 */
export async function qualifiedStylistIds(
  db: DbExecutor,
  serviceIds: number[],
): Promise<number[] | null> {
  if (serviceIds.length === 0) return null;
  const rows = await db
    .select()
    .from(serviceStylists)
    .where(inArray(serviceStylists.serviceId, serviceIds));
  const narrowed = [...new Set(rows.map((row) => row.serviceId))];
  if (narrowed.length === 0) return null;
  const allowedFor = (serviceId: number) =>
    new Set(
      rows.filter((r) => r.serviceId === serviceId).map((r) => r.stylistId),
    );
  const [first, ...others] = narrowed.map(allowedFor);
  return [...first].filter((id) => others.every((set) => set.has(id)));
}
