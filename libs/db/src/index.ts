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
  runMigrations,
  type MigrationLogger,
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
export {
  createTestDatabase,
  type TestDatabase,
  type TestDatabaseOptions,
} from './lib/testing/test-database.js';
export * from './lib/repositories/turns.js';
export * from './lib/repositories/retention.js';
