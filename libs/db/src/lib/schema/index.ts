// The whole drizzle schema, as one module for drizzle(), drizzle-kit and the repositories.
export * from './enums.js';
export * from './salon.js';
export * from './catalog.js';
export * from './inbound.js';
export * from './outbox.js';
export * from './customers.js';
export * from './appointments.js';
export * from './blocking-events.js';
export * from './turns.js';
export * from './staff.js';
export * from './customer-notes.js';
export * from './handoffs.js';
export * from './salon-answers.js';
export * from './appointment-messages.js';
export * from './calendar-feeds.js';
