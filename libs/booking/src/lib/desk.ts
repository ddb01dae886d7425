// The booking engine bound to one database: what a conversation may ask of it, as one port.
import type { DbExecutor } from '@atrevete/db';
import { bookAppointment, type BookRequest } from './book.js';
import {
  findOrCreateCustomer,
  type Customer,
  type CustomerIdentity,
} from './customers.js';
import {
  cancelAppointment,
  confirmAppointment,
  lastStylistOf,
  listAskedAppointments,
  listCustomerAppointments,
  type CancelRequest,
} from './my-appointments.js';
import { rescheduleAppointment, type RescheduleRequest } from './reschedule.js';
import { searchAvailability } from './schedule.js';
import type {
  Appointment,
  AvailabilityQuery,
  AvailabilityResult,
  BookResult,
  CancelResult,
  RescheduleResult,
} from './types.js';

export interface BookingDesk {
  search(query: AvailabilityQuery): Promise<AvailabilityResult>;
  customer(identity: CustomerIdentity): Promise<Customer>;
  book(request: BookRequest): Promise<BookResult>;
  /** The customer's coming pending/confirmed appointments, soonest first. */
  appointments(customerId: number, now: Date): Promise<Appointment[]>;
  cancel(request: CancelRequest): Promise<CancelResult>;
  /** The customer's coming pending appointments the salon asked them to confirm, soonest first. */
  askedAbout(customerId: number, now: Date): Promise<Appointment[]>;
  /** The customer confirms their appointment; null when it is not theirs or not coming. */
  confirm(request: {
    customerId: number;
    appointmentId: number;
    now: Date;
  }): Promise<Appointment | null>;
  reschedule(request: RescheduleRequest): Promise<RescheduleResult>;
  /** The stylist (among these) of the customer's latest appointment before `now`, if any. */
  lastStylist(
    customerId: number,
    stylistIds: number[],
    now: Date,
  ): Promise<number | null>;
}

export function bookingDeskOf(db: DbExecutor): BookingDesk {
  return {
    search: (query) => searchAvailability(db, query),
    customer: (identity) => findOrCreateCustomer(db, identity),
    book: (request) => bookAppointment(db, request),
    appointments: (customerId, now) =>
      listCustomerAppointments(db, customerId, now),
    cancel: (request) => cancelAppointment(db, request),
    askedAbout: (customerId, now) => listAskedAppointments(db, customerId, now),
    confirm: (request) => confirmAppointment(db, request),
    reschedule: (request) => rescheduleAppointment(db, request),
    lastStylist: (customerId, stylistIds, now) =>
      lastStylistOf(db, customerId, stylistIds, now),
  };
}
