// The owner's catalogue: every service (inactive too) with who does it, every stylist, and their changes, each with its audit row in the same transaction.
import { asc, eq } from 'drizzle-orm';
import type { DbExecutor } from '../connection.js';
import {
  serviceStylists,
  services,
  stylists,
  type ServiceCategory,
} from '../schema/index.js';
import type { Service, Stylist } from './catalog.js';
import {
  refusalsAsResults,
  type ConstraintRefusal,
} from './constraint-refusal.js';
import { insertAuditEntry } from './staff.js';

/** A service with the stylists who do it: the owner's narrowing, or every active stylist of its category. */
export interface CatalogueService extends Service {
  stylistIds: number[];
  /** Whether the owner narrowed it (service_stylists rows exist). */
  narrowed: boolean;
}

export interface Catalogue {
  services: CatalogueService[];
  stylists: Stylist[];
}

/** Every service and stylist in the order they were added. */
export async function listCatalogue(db: DbExecutor): Promise<Catalogue> {
  const [allServices, allStylists, narrowing] = await Promise.all([
    db.select().from(services).orderBy(asc(services.id)),
    db.select().from(stylists).orderBy(asc(stylists.id)),
    db.select().from(serviceStylists),
  ]);
  return {
    services: allServices.map((service) =>
      withStylists(service, allStylists, narrowing),
    ),
    stylists: allStylists,
  };
}

type NarrowingRow = typeof serviceStylists.$inferSelect;

function withStylists(
  service: Service,
  allStylists: Stylist[],
  narrowing: NarrowingRow[],
): CatalogueService {
  const chosen = new Set(
    narrowing
      .filter((row) => row.serviceId === service.id)
      .map((row) => row.stylistId),
  );
  const narrowed = chosen.size > 0;
  return {
    ...service,
    narrowed,
    stylistIds: allStylists
      .filter((stylist) =>
        narrowed
          ? chosen.has(stylist.id)
          : stylist.active && stylist.category === service.category,
      )
      .map((stylist) => stylist.id),
  };
}

async function catalogueService(
  db: DbExecutor,
  serviceId: number,
): Promise<CatalogueService> {
  const [service] = await db
    .select()
    .from(services)
    .where(eq(services.id, serviceId));
  const [allStylists, narrowing] = await Promise.all([
    db.select().from(stylists).orderBy(asc(stylists.id)),
    db
      .select()
      .from(serviceStylists)
      .where(eq(serviceStylists.serviceId, serviceId)),
  ]);
  return withStylists(service, allStylists, narrowing);
}

export interface ServiceFields {
  name: string;
  category: ServiceCategory;
  durationMinutes: number;
  priceCents: number;
  aliases: string[];
  /** [] or every active stylist of the category: everyone of the category. */
  stylistIds: number[];
  active: boolean;
}

export type ServiceWriteResult =
  | { kind: 'saved'; service: CatalogueService }
  | { kind: 'not_found' }
  | { kind: 'name_taken' }
  | { kind: 'stylists_of_other_category' }
  | { kind: 'refused'; refusal: ConstraintRefusal };

/**
 * The service_stylists rows for `stylistIds`: none when they are empty or cover every active
 * stylist of the category; 'other_category' when one is not a stylist of the category.
 */
async function narrowingOf(
  tx: DbExecutor,
  category: ServiceCategory,
  stylistIds: number[],
): Promise<number[] | 'other_category'> {
  const ofCategory = await tx
    .select({ id: stylists.id, active: stylists.active })
    .from(stylists)
    .where(eq(stylists.category, category));
  const known = new Set(ofCategory.map((stylist) => stylist.id));
  if (stylistIds.some((id) => !known.has(id))) return 'other_category';
  const chosen = new Set(stylistIds);
  const everyone = ofCategory.every(
    (stylist) => !stylist.active || chosen.has(stylist.id),
  );
  return everyone ? [] : [...chosen].sort((a, b) => a - b);
}

/** What the audit log keeps of a service; `stylistIds` null: everyone of its category. */
function serviceSnapshot(service: CatalogueService) {
  return {
    name: service.name,
    category: service.category,
    durationMinutes: service.durationMinutes,
    priceCents: service.priceCents,
    aliases: service.aliases,
    active: service.active,
    stylistIds: service.narrowed ? service.stylistIds : null,
  };
}

async function writeNarrowing(
  tx: DbExecutor,
  serviceId: number,
  stylistIds: number[],
): Promise<void> {
  await tx
    .delete(serviceStylists)
    .where(eq(serviceStylists.serviceId, serviceId));
  if (stylistIds.length > 0)
    await tx
      .insert(serviceStylists)
      .values(stylistIds.map((stylistId) => ({ serviceId, stylistId })));
}

/** A new service on the price list; its name must be unused. */
export function createService(
  db: DbExecutor,
  params: { fields: ServiceFields; staffId: number },
): Promise<ServiceWriteResult> {
  const { stylistIds, ...columns } = params.fields;
  return refusalsAsResults(
    () =>
      db.transaction(async (tx): Promise<ServiceWriteResult> => {
        const narrowing = await narrowingOf(tx, columns.category, stylistIds);
        if (narrowing === 'other_category')
          return { kind: 'stylists_of_other_category' };
        const [row] = await tx
          .insert(services)
          .values(columns)
          .returning({ id: services.id });
        await writeNarrowing(tx, row.id, narrowing);
        const saved = await catalogueService(tx, row.id);
        await insertAuditEntry(tx, {
          staffId: params.staffId,
          action: 'service.create',
          entity: 'service',
          entityId: String(row.id),
          before: null,
          after: serviceSnapshot(saved),
        });
        return { kind: 'saved', service: saved };
      }),
    'services_name_unique',
  );
}

/**
 * Changes a service. A new category without `stylistIds` makes it everyone's of that category
 * again (the old narrowing named stylists of the other one). An unchanged service writes nothing.
 */
export function updateService(
  db: DbExecutor,
  params: {
    serviceId: number;
    change: Partial<ServiceFields>;
    staffId: number;
  },
): Promise<ServiceWriteResult> {
  const { stylistIds, ...columns } = params.change;
  return refusalsAsResults(
    () =>
      db.transaction(async (tx): Promise<ServiceWriteResult> => {
        const [locked] = await tx
          .select({ id: services.id })
          .from(services)
          .where(eq(services.id, params.serviceId))
          .for('update');
        if (!locked) return { kind: 'not_found' };
        const before = await catalogueService(tx, params.serviceId);
        const category = columns.category ?? before.category;
        const wanted =
          stylistIds ??
          (category === before.category && before.narrowed
            ? before.stylistIds
            : []);
        const narrowing = await narrowingOf(tx, category, wanted);
        if (narrowing === 'other_category')
          return { kind: 'stylists_of_other_category' };
        if (Object.keys(columns).length > 0)
          await tx
            .update(services)
            .set(columns)
            .where(eq(services.id, params.serviceId));
        await writeNarrowing(tx, params.serviceId, narrowing);
        const after = await catalogueService(tx, params.serviceId);
        const [was, is] = [serviceSnapshot(before), serviceSnapshot(after)];
        if (JSON.stringify(was) !== JSON.stringify(is))
          await insertAuditEntry(tx, {
            staffId: params.staffId,
            action: 'service.update',
            entity: 'service',
            entityId: String(params.serviceId),
            before: was,
            after: is,
          });
        return { kind: 'saved', service: after };
      }),
    'services_name_unique',
  );
}

export interface StylistFields {
  name: string;
  category: ServiceCategory;
  active: boolean;
}

export type StylistWriteResult =
  | { kind: 'saved'; stylist: Stylist }
  | { kind: 'not_found' }
  | { kind: 'name_taken' }
  /** A new category while some narrowed services of the old one name them. */
  | { kind: 'in_narrowed_services' }
  | { kind: 'refused'; refusal: ConstraintRefusal };

const stylistSnapshot = ({ name, category, active }: Stylist) => ({
  name,
  category,
  active,
});

export function createStylist(
  db: DbExecutor,
  params: { fields: StylistFields; staffId: number },
): Promise<StylistWriteResult> {
  return refusalsAsResults(
    () =>
      db.transaction(async (tx): Promise<StylistWriteResult> => {
        const [saved] = await tx
          .insert(stylists)
          .values(params.fields)
          .returning();
        await insertAuditEntry(tx, {
          staffId: params.staffId,
          action: 'stylist.create',
          entity: 'stylist',
          entityId: String(saved.id),
          before: null,
          after: stylistSnapshot(saved),
        });
        return { kind: 'saved', stylist: saved };
      }),
    'stylists_name_unique',
  );
}

export function updateStylist(
  db: DbExecutor,
  params: {
    stylistId: number;
    change: Partial<StylistFields>;
    staffId: number;
  },
): Promise<StylistWriteResult> {
  return refusalsAsResults(
    () =>
      db.transaction(async (tx): Promise<StylistWriteResult> => {
        const [before] = await tx
          .select()
          .from(stylists)
          .where(eq(stylists.id, params.stylistId))
          .for('update');
        if (!before) return { kind: 'not_found' };
        const { category } = params.change;
        if (category && category !== before.category) {
          const named = await tx
            .select({ serviceId: serviceStylists.serviceId })
            .from(serviceStylists)
            .where(eq(serviceStylists.stylistId, params.stylistId))
            .limit(1);
          if (named.length > 0) return { kind: 'in_narrowed_services' };
        }
        const [after] = await tx
          .update(stylists)
          .set(params.change)
          .where(eq(stylists.id, params.stylistId))
          .returning();
        const [was, is] = [stylistSnapshot(before), stylistSnapshot(after)];
        if (JSON.stringify(was) !== JSON.stringify(is))
          await insertAuditEntry(tx, {
            staffId: params.staffId,
            action: 'stylist.update',
            entity: 'stylist',
            entityId: String(params.stylistId),
            before: was,
            after: is,
          });
        return { kind: 'saved', stylist: after };
      }),
    'stylists_name_unique',
  );
}
