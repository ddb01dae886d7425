// `npm run db:migrate` and `npm run db:seed`: apply the migrations / insert the demo salon into DATABASE_URL (read from the environment or .env).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createDatabase, runMigrations, seedDemoSalon } from '@atrevete/db';

const MIGRATIONS = path.resolve(import.meta.dirname, '../libs/db/migrations');

async function main(command: string | undefined): Promise<void> {
  if (existsSync('.env')) process.loadEnvFile('.env');
  const url = process.env['DATABASE_URL'];
  if (!url) throw new Error('DATABASE_URL is not set (environment or .env)');
  const { applied } = await runMigrations(url, MIGRATIONS);
  console.log(`Migrations applied: ${applied}.`);
  if (command === 'migrate') return;
  if (command !== 'seed')
    throw new Error(`usage: tsx tools/db.ts migrate|seed (got ${command})`);
  const database = createDatabase(url, { max: 1 });
  try {
    const { seeded } = await seedDemoSalon(database.db);
    console.log(
      seeded
        ? 'Demo salon seeded.'
        : 'The salon is already set up: nothing changed.',
    );
  } finally {
    await database.close();
  }
}

main(process.argv[2]).catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});
