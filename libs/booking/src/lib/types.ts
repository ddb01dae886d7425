// The booking engine's vocabulary: the salon's schedule as data, availability queries and the typed outcomes of every operation.

import type { LocalDate, Minute, StylistInfo } from '@atrevete/salon';

export type {
  LocalDate,
  Minute,
  ServiceInfo,
  StylistInfo,
} from '@atrevete/salon';

export interface OpeningDay {
  /** ISO weekday: 1 = Monday … 7 = Sunday. A weekday without a row is closed. */
  weekday: number;
  opensAt: Minute;
  closesAt: Minute;
  breakStart: Minute | null;
  breakEnd: Minute | null;
}

export type BlockingEvent =
  | { stylistId: number; kind: 'once'; start: Date; end: Date }
  /** Every week on `weekday` (ISO), local time; e.g. a lunch break or a weekly training. */
  | {
      stylistId: number;
      kind: 'weekly';
      weekday: number;
      startMinute: Minute;
      endMinute: Minute;
    };

/** A pending or confirmed appointment: the stylist is busy over [start, end). */
export interface BusyInterval {
  stylistId: number;
  start: Date;
  end: Date;
}

export interface BookingRules {
  timeZone: string;
  slotMinutes: number;
  minNoticeMinutes: number;
  maxDaysAhead: number;
  cancellationWindowHours: number;
  maxFutureAppointments: number;
}

/** Everything availability needs, loaded once per search (loadSchedule) or built in tests. */
export interface Schedule {
  rules: BookingRules;
  openingHours: OpeningDay[];
  holidays: LocalDate[];
  stylists: StylistInfo[];
  blocks: BlockingEvent[];
  appointments: BusyInterval[];
}

/** mañana: before 14:00; tarde: from 14:00 (shared/SALON.md). */
export type PartOfDay = 'morning' | 'afternoon';

export interface AvailabilityQuery {
  /** Sum of the services' minutes. */
  durationMinutes: number;
  /** Only active stylists of this category can do the services. */
  category: string;
  /** A named stylist; otherwise any qualified one ("me da igual"). */
  stylistId?: number;
  /**
   * The services asked for: when the owner narrowed who does one of them (service_stylists),
   * only those stylists are offered. Resolved by searchAvailability into `qualifiedStylistIds`.
   */
  serviceIds?: number[];
  /** Only these stylists may do the services; default: every active one of the category. */
  qualifiedStylistIds?: number[];
  /** First local day to search, inclusive. */
  from: LocalDate;
  /** Last local day, inclusive; default: `from` alone. */
  to?: LocalDate;
  partOfDay?: PartOfDay;
  /**
   * Only starts from `from` (inclusive) to `to` (exclusive), minutes of the local day, within the
   * part of day if one is given too ("más tarde" than 17:30: from 17:31).
   */
  startWindow?: { from: Minute; to: Minute };
  /** A preferred start time: slots closest to it come first. */
  time?: Minute;
  now: Date;
  /** How many slots to offer; default 3. */
  limit?: number;
}

export interface Slot {
  stylistId: number;
  start: Date;
  end: Date;
}

export type NoSlotReason =
  | 'closed'
  | 'holiday'
  | 'fully_booked'
  | 'too_soon'
  | 'beyond_horizon'
  | 'no_stylist';

export type AvailabilityResult =
  | { kind: 'slots'; slots: Slot[] }
  /** Nothing matched the request: why, and the nearest slots that would (may be empty). */
  | { kind: 'none'; reason: NoSlotReason; alternatives: Slot[] };

export type BookingRule =
  | 'unknown_service'
  | 'mixed_categories'
  | 'stylist_unavailable'
  | 'wrong_category'
  | 'off_grid'
  | 'outside_hours'
  | 'closed_day'
  | 'holiday'
  | 'blocked'
  | 'too_soon'
  | 'beyond_horizon'
  | 'too_many_appointments';

export interface Appointment {
  id: number;
  customerId: number;
  stylistId: number;
  serviceIds: number[];
  start: Date;
  end: Date;
  status: 'pending' | 'confirmed' | 'cancelled' | 'completed' | 'no_show';
  priceCents: number;
  idempotencyKey: string;
  /** Who booked it at the desk; null: the bot. */
  bookedByStaffId: number | null;
  /** Whom it is for when not the customer ("a nombre de mi hija Carla"); null: the customer. */
  bookedFor: string | null;
  cancellationReason: string | null;
  /** Changes with every write: the version a staff member's move or cancel expects. */
  updatedAt: Date;
}

export type BookResult =
  | { kind: 'booked'; appointment: Appointment }
  /** Someone was faster: the nearest free slots instead. */
  | { kind: 'slot_taken'; alternatives: Slot[] }
  | { kind: 'rule_broken'; rule: BookingRule };

export type CancelResult =
  | { kind: 'cancelled'; appointment: Appointment }
  | { kind: 'not_found' }
  /** Inside the cancellation window: the salon must handle it. */
  | { kind: 'too_late'; windowHours: number };

export type RescheduleResult =
  | BookResult
  | { kind: 'not_found' }
  | { kind: 'too_late'; windowHours: number };
