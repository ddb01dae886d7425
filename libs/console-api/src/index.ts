// Public API of @atrevete/console-api: the console's HTTP contract, one zod schema per request, shared by the API and the web app.
export * from './lib/errors.js';
export * from './lib/csrf.js';
export * from './lib/session.js';
export * from './lib/customers.js';
export * from './lib/catalogue.js';
export * from './lib/handoffs.js';
export * from './lib/agenda.js';
export * from './lib/settings.js';
export * from './lib/salon-answers.js';
export * from './lib/staff.js';
export * from './lib/audit.js';
export * from './lib/calendar-feeds.js';
