// Public API of @atrevete/booking: the salon's schedule, availability and bookings that never collide.
export * from './lib/types.js';
export * from './lib/errors.js';
export * from './lib/availability/index.js';
export { Catalogue, normalise, ServiceMatcher } from '@atrevete/salon';
export {
  loadSchedule,
  searchAvailability,
  type ScheduleRange,
} from './lib/schedule.js';
export {
  findOrCreateCustomer,
  type Customer,
  type CustomerIdentity,
} from './lib/customers.js';
export { bookAppointment, type BookRequest } from './lib/book.js';
export {
  cancelAppointment,
  lastStylistOf,
  listCustomerAppointments,
  type CancelRequest,
} from './lib/my-appointments.js';
export {
  rescheduleAppointment,
  type RescheduleRequest,
} from './lib/reschedule.js';
export {
  blockTime,
  dayAgenda,
  rangeAgenda,
  type AgendaRange,
  markCompleted,
  markNoShow,
  NO_FOLLOW_UP,
  type AgendaEntry,
  type BlockTimeResult,
  type DayAgenda,
  type NewBlockingEvent,
  type StaffStatusResult,
  type StylistAgenda,
} from './lib/staff.js';
export {
  addDays,
  instantAt,
  isoWeekdayOf,
  localDateOf,
  localDaysRange,
  localMinuteOf,
} from '@atrevete/salon';
export { bookingDeskOf, type BookingDesk } from './lib/desk.js';
export {
  appointmentSnapshot,
  type AuditWriter,
  type DeskActor,
  type DeskAuditEntry,
} from './lib/desk-audit.js';
export { deskRules } from './lib/desk-rules.js';
export {
  blockAtDesk,
  cancelAtDesk,
  confirmAtDesk,
  MAX_REASON_LENGTH,
  moveAppointment,
  recordOutcome,
  removeBlock,
  type DeskCancelRequest,
  type ConfirmResult,
  type DeskCancelResult,
  type MoveRequest,
  type MoveResult,
  type OutcomeRequest,
  type OutcomeResult,
} from './lib/front-desk.js';
