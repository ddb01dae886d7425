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
  reschedule(request: RescheduleRequest): Promise<RescheduleResult>;
}

export function bookingDeskOf(db: DbExecutor): BookingDesk {
  return {
    search: (query) => searchAvailability(db, query),
    customer: (identity) => findOrCreateCustomer(db, identity),
    book: (request) => bookAppointment(db, request),
    appointments: (customerId, now) =>
      listCustomerAppointments(db, customerId, now),
    cancel: (request) => cancelAppointment(db, request),
    reschedule: (request) => rescheduleAppointment(db, request),
  };
}
