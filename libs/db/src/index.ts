// Public API of @atrevete/db: schema, connection, migrations, seed and repositories.
export * from './lib/schema/index.js';
export {
  createDatabase,
  pingDatabase,
  type Database,
  type DatabaseHandle,
  type DatabaseOptions,
  type DbExecutor,
  type DbSchema,
  type PingResult,
} from './lib/connection.js';
export {
  isDatabaseUnreachable,
  runMigrations,
  type MigrationLogger,
  type MigrationOptions,
  type MigrationResult,
} from './lib/migrate.js';
export {
  seedDemoSalon,
  type SeedOptions,
  type SeedResult,
} from './lib/seed/seed-demo-salon.js';
export * from './lib/repositories/salon.js';
export * from './lib/repositories/catalog.js';
export * from './lib/repositories/inbound.js';
export * from './lib/repositories/inbound-batcher.js';
export * from './lib/repositories/outbox.js';
export * from './lib/repositories/turns.js';
export * from './lib/repositories/retention.js';
export * from './lib/repositories/staff.js';
export * from './lib/repositories/customer-directory.js';
export * from './lib/repositories/customer-history.js';
export * from './lib/repositories/customer-notes.js';
export * from './lib/repositories/handoffs.js';
export * from './lib/repositories/constraint-refusal.js';
export * from './lib/repositories/catalogue-admin.js';
export * from './lib/repositories/salon-admin.js';
export * from './lib/repositories/staff-admin.js';
export * from './lib/repositories/audit-names.js';
export * from './lib/repositories/desk-appointments.js';
export * from './lib/repositories/salon-answers.js';
export * from './lib/repositories/appointment-messages.js';
export * from './lib/repositories/calendar-feeds.js';
