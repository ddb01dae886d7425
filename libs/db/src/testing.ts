// Test/tool entry point (@atrevete/db/testing). Kept out of the main entry because it needs
// import.meta, which the apps' CommonJS bundles do not have.
import path from 'node:path';
import type { InboundMessage } from '@atrevete/schema';
import { createDatabase, type DatabaseHandle } from './lib/connection.js';
import { runMigrations } from './lib/migrate.js';
import { createTestDatabase } from './lib/testing/test-database.js';

export {
  createTestDatabase,
  type TestDatabase,
  type TestDatabaseOptions,
} from './lib/testing/test-database.js';

/**
 * Absolute path of libs/db/migrations. Works under jest (SWC turns import.meta.dirname into
 * __dirname) and tsx/Node ESM. Built apps ship the folder next to main.js and pass that path.
 */
export const DEFAULT_MIGRATIONS_FOLDER = path.resolve(
  import.meta.dirname,
  '../migrations',
);

export interface MigratedTestDatabase extends DatabaseHandle {
  url: string;
  /** Closes the pool, then drops the database; safe to call twice. */
  drop(): Promise<void>;
}

/** A fresh test database with every migration applied and a small pool open on it. */
export async function createMigratedTestDatabase(): Promise<MigratedTestDatabase> {
  const database = await createTestDatabase();
  try {
    await runMigrations(database.url, DEFAULT_MIGRATIONS_FOLDER);
  } catch (error) {
    await database.drop();
    throw error;
  }
  const handle = createDatabase(database.url, { max: 3 });
  let dropping: Promise<void> | undefined;
  return {
    ...handle,
    url: database.url,
    drop: () => (dropping ??= handle.close().then(() => database.drop())),
  };
}

/** A WhatsApp customer's message as the ledger records it (conversation 1/42 unless overridden). */
export function ledgerMessage(
  messageId: number,
  overrides: Partial<InboundMessage> = {},
): InboundMessage {
  return {
    messageId,
    accountId: 1,
    inboxId: 7,
    conversationId: 42,
    contactId: 99,
    senderName: 'Laura Pérez',
    senderPhone: '+34600111222',
    channel: 'Channel::Whatsapp',
    content: `mensaje ${messageId}`,
    contentType: 'text',
    attachments: [],
    createdAt: '2026-11-26T11:00:00.000Z',
    ...overrides,
  };
}
