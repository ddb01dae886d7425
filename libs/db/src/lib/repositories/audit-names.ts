// The names the audit log shows in place of the ids its rows keep (stylists, services, customers).
import { inArray } from 'drizzle-orm';
import type { DbExecutor } from '../connection.js';
import { customers, services, stylists } from '../schema/index.js';

export interface AuditNameIds {
  stylistIds: number[];
  serviceIds: number[];
  customerIds: number[];
}

/** id → name of each kind; an unknown id (removed since) is simply absent. */
export interface AuditNames {
  stylists: Map<number, string>;
  services: Map<number, string>;
  /** Null for a customer whose name the bot has not learnt yet. */
  customers: Map<number, string | null>;
}

export async function auditNamesOf(
  db: DbExecutor,
  ids: AuditNameIds,
): Promise<AuditNames> {
  const byId = <N>(rows: { id: number; name: N }[]) =>
    new Map(rows.map((row) => [row.id, row.name]));
  const [stylistRows, serviceRows, customerRows] = await Promise.all([
    ids.stylistIds.length
      ? db
          .select({ id: stylists.id, name: stylists.name })
          .from(stylists)
          .where(inArray(stylists.id, ids.stylistIds))
      : [],
    ids.serviceIds.length
      ? db
          .select({ id: services.id, name: services.name })
          .from(services)
          .where(inArray(services.id, ids.serviceIds))
      : [],
    ids.customerIds.length
      ? db
          .select({ id: customers.id, name: customers.name })
          .from(customers)
          .where(inArray(customers.id, ids.customerIds))
      : [],
  ]);
  return {
    stylists: byId(stylistRows),
    services: byId(serviceRows),
    customers: byId(customerRows),
  };
}
