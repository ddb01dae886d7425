// The steps bookAppointment and rescheduleAppointment share: price the services, check the rules, insert, offer alternatives.
import {
  appointmentServices,
  appointments,
  getSalonSettings,
  qualifiedStylistIds,
  services,
  useClockInTransaction,
  type DbExecutor,
} from '@atrevete/db';
import { eq, inArray } from 'drizzle-orm';
import {
  findAppointmentByKey,
  selectAppointments,
} from './appointment-rows.js';
import { checkSlot, findAvailability } from './availability/index.js';
import { IdempotencyKeyConflictError } from './errors.js';
import { deskRules } from './desk-rules.js';
import { loadSchedule } from './schedule.js';
import type {
  Appointment,
  AvailabilityResult,
  BookingRule,
  BusyInterval,
  Schedule,
  Slot,
} from './types.js';
import { localDateOf, localMinuteOf } from '@atrevete/salon';

/** What a list of services adds up to, from the database's current price list. */
export interface PricedServices {
  category: string;
  /** When the owner narrowed who does these services: the stylists who may (null: all of the category). */
  qualifiedStylistIds: number[] | null;
  durationMinutes: number;
  priceCents: number;
  lines: { serviceId: number; durationMinutes: number; priceCents: number }[];
}

// SALON.md: "Offer the 3 best slots"; also the contract's default limit.
const ALTERNATIVES_LIMIT = 3;

/** The services' category, total minutes and price, or the rule they break. */
export async function priceServices(
  db: DbExecutor,
  serviceIds: number[],
): Promise<PricedServices | { rule: BookingRule }> {
  if (serviceIds.length === 0) {
    return { rule: 'unknown_service' };
  }
  const rows = await db
    .select()
    .from(services)
    .where(inArray(services.id, serviceIds));
  const byId = new Map(rows.map((row) => [row.id, row]));
  const lines = serviceIds.map((id) => byId.get(id));
  if (lines.some((line) => line === undefined || !line.active)) {
    return { rule: 'unknown_service' };
  }
  const known = lines as (typeof services.$inferSelect)[];
  const categories = new Set(known.map((line) => line.category));
  if (categories.size > 1) {
    return { rule: 'mixed_categories' };
  }
  return {
    category: known[0].category,
    qualifiedStylistIds: await qualifiedStylistIds(db, serviceIds),
    durationMinutes: known.reduce((sum, line) => sum + line.durationMinutes, 0),
    priceCents: known.reduce((sum, line) => sum + line.priceCents, 0),
    lines: known.map((line) => ({
      serviceId: line.id,
      durationMinutes: line.durationMinutes,
      priceCents: line.priceCents,
    })),
  };
}

/** The schedule of the local day `instant` falls on. */
export async function loadDaySchedule(
  db: DbExecutor,
  instant: Date,
): Promise<Schedule> {
  const { timeZone } = await getSalonSettings(db);
  const day = localDateOf(instant, timeZone);
  return loadSchedule(db, { from: day, to: day });
}

export interface SlotRequest {
  stylistId: number;
  start: Date;
  now: Date;
  priced: Pick<
    PricedServices,
    'category' | 'durationMinutes' | 'qualifiedStylistIds'
  >;
  /** At the desk: no minimum notice and a longer horizon (see deskRules). */
  atDesk?: boolean;
}

/** Which booking rule the slot breaks on a freshly loaded schedule, if any (not overlaps: the database decides those). */
export async function brokenRule(
  db: DbExecutor,
  request: SlotRequest,
): Promise<{ rule: BookingRule | null; schedule: Schedule }> {
  const loaded = await loadDaySchedule(db, request.start);
  const schedule = request.atDesk ? deskRules(loaded) : loaded;
  const slotRule = checkSlot(schedule, {
    stylistId: request.stylistId,
    start: request.start,
    durationMinutes: request.priced.durationMinutes,
    category: request.priced.category,
    now: request.now,
  });
  const { qualifiedStylistIds: qualified } = request.priced;
  const rule =
    slotRule ??
    (qualified && !qualified.includes(request.stylistId)
      ? 'wrong_category'
      : null);
  return { rule, schedule };
}

/** The appointment an idempotency key already created, if any; it must be this customer's. */
export async function findReplay(
  db: DbExecutor,
  idempotencyKey: string,
  customerId: number,
): Promise<Appointment | undefined> {
  const existing = await findAppointmentByKey(db, idempotencyKey);
  if (existing && existing.customerId !== customerId) {
    throw new IdempotencyKeyConflictError(idempotencyKey);
  }
  return existing;
}

export interface NewAppointment {
  /** The engine's clock: when it is booked. */
  now: Date;
  customerId: number;
  stylistId: number;
  start: Date;
  idempotencyKey: string;
  priced: PricedServices;
  /** The staff member booking at the desk; absent: the bot. */
  bookedByStaffId?: number;
  /** Whom it is for when not the customer. */
  bookedFor?: string | null;
}

/**
 * Inserts a pending appointment and its services. Throws the database's exclusion violation
 * (23P01) when the stylist is busy; a key inserted meanwhile by another transaction returns
 * that appointment instead (the caller's replay).
 */
export async function insertAppointment(
  tx: DbExecutor,
  booking: NewAppointment,
): Promise<Appointment> {
  // The messages the appointment owes (a trigger schedules them) go by the engine's clock.
  await useClockInTransaction(tx, booking.now);
  const end = new Date(
    booking.start.getTime() + booking.priced.durationMinutes * 60_000,
  );
  const [inserted] = await tx
    .insert(appointments)
    .values({
      customerId: booking.customerId,
      stylistId: booking.stylistId,
      startAt: booking.start,
      endAt: end,
      status: 'pending',
      priceCents: booking.priced.priceCents,
      idempotencyKey: booking.idempotencyKey,
      bookedByStaffId: booking.bookedByStaffId ?? null,
      bookedFor: booking.bookedFor?.trim() || null,
    })
    .onConflictDoNothing({ target: appointments.idempotencyKey })
    .returning({ id: appointments.id });
  if (!inserted) {
    const replay = await findReplay(
      tx,
      booking.idempotencyKey,
      booking.customerId,
    );
    if (replay) {
      return replay;
    }
    throw new IdempotencyKeyConflictError(booking.idempotencyKey);
  }
  await tx.insert(appointmentServices).values(
    booking.priced.lines.map((line, position) => ({
      appointmentId: inserted.id,
      position,
      ...line,
    })),
  );
  const [appointment] = await selectAppointments(
    tx,
    eq(appointments.id, inserted.id),
  );
  return appointment;
}

export interface AlternativesRequest {
  stylistId: number;
  start: Date;
  now: Date;
  category: string;
  durationMinutes: number;
  /** The customer's own appointment being moved: its time counts as free. */
  releasing?: BusyInterval;
  /** Alternatives for the desk: under deskRules. */
  atDesk?: boolean;
  /** Only these stylists do the services (the owner narrowed them). */
  qualifiedStylistIds?: number[] | null;
}

/** Free slots on the same local day, nearest the wanted time: the same stylist's first, then anyone's. */
export async function alternativesNear(
  db: DbExecutor,
  request: AlternativesRequest,
): Promise<Slot[]> {
  const loaded = await loadDaySchedule(db, request.start);
  const schedule = request.atDesk ? deskRules(loaded) : loaded;
  const { releasing } = request;
  if (releasing) {
    schedule.appointments = schedule.appointments.filter(
      (busy) =>
        !(
          busy.stylistId === releasing.stylistId &&
          busy.start.getTime() === releasing.start.getTime() &&
          busy.end.getTime() === releasing.end.getTime()
        ),
    );
  }
  const { timeZone } = schedule.rules;
  const day = localDateOf(request.start, timeZone);
  const query = {
    durationMinutes: request.durationMinutes,
    category: request.category,
    from: day,
    to: day,
    time: localMinuteOf(request.start, timeZone),
    now: request.now,
    limit: ALTERNATIVES_LIMIT,
    qualifiedStylistIds: request.qualifiedStylistIds ?? undefined,
  };
  const candidates = [
    ...slotsOf(
      findAvailability(schedule, { ...query, stylistId: request.stylistId }),
    ),
    ...slotsOf(findAvailability(schedule, query)),
  ];
  const seen = new Set<string>();
  return candidates
    .filter((slot) => localDateOf(slot.start, timeZone) === day)
    .filter((slot) => {
      const key = `${slot.stylistId}@${slot.start.getTime()}`;
      return seen.has(key) ? false : (seen.add(key), true);
    })
    .slice(0, ALTERNATIVES_LIMIT);
}

function slotsOf(result: AvailabilityResult): Slot[] {
  return result.kind === 'slots' ? result.slots : result.alternatives;
}
