// `npm run console:add-staff -- --email E --name N --role owner|staff [--password P]`: a console account from the command line.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import {
  createDatabase,
  createStaffAccount,
  insertAuditEntry,
  runMigrations,
} from '@atrevete/db';
import {
  generatePassword,
  hashPassword,
  MIN_PASSWORD_LENGTH,
} from './auth/passwords.js';

const USAGE =
  'usage: console:add-staff --email E --name N --role owner|staff [--password P]';

const argsSchema = z.object({
  email: z.email('--email must be an email address'),
  name: z.string().trim().min(1, '--name is required'),
  role: z.enum(['owner', 'staff'], '--role must be owner or staff'),
  password: z
    .string()
    .min(
      MIN_PASSWORD_LENGTH,
      `--password must be at least ${MIN_PASSWORD_LENGTH} characters`,
    )
    .optional(),
});

async function main(): Promise<number> {
  if (existsSync('.env')) process.loadEnvFile('.env');
  const { values } = parseArgs({
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string' },
      password: { type: 'string' },
    },
  });
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) {
    process.stderr.write(
      `${parsed.error.issues.map((i) => i.message).join('\n')}\n${USAGE}\n`,
    );
    return 2;
  }
  const databaseUrl = process.env['DATABASE_URL'];
  if (!databaseUrl) {
    process.stderr.write('DATABASE_URL is not set\n');
    return 2;
  }
  const { email, name, role } = parsed.data;
  const password = parsed.data.password ?? generatePassword();
  // The bundle ships the migrations next to it; from the workspace (tsx) they are in libs/db.
  const bundled = path.join(__dirname, 'migrations');
  await runMigrations(
    databaseUrl,
    existsSync(bundled) ? bundled : path.resolve('libs/db/migrations'),
  );
  const database = createDatabase(databaseUrl, { max: 1 });
  try {
    const passwordHash = await hashPassword(password);
    const created = await database.db.transaction(async (tx) => {
      const result = await createStaffAccount(tx, {
        email,
        name,
        role,
        passwordHash,
      });
      if (result.kind === 'created') {
        await insertAuditEntry(tx, {
          staffId: null,
          action: 'staff.create',
          entity: 'staff',
          entityId: String(result.account.id),
          before: null,
          after: {
            email: result.account.email,
            name,
            role,
            source: 'console:add-staff',
          },
        });
      }
      return result;
    });
    if (created.kind === 'email_taken') {
      process.stderr.write(
        `an account with the email ${email} already exists; nothing changed\n`,
      );
      return 1;
    }
    process.stdout.write(
      `created ${role} ${created.account.email} (id ${created.account.id})\n`,
    );
    if (!parsed.data.password) process.stdout.write(`password: ${password}\n`);
    return 0;
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(
      `console:add-staff failed: ${(error as Error).message}\n`,
    );
    process.exit(1);
  },
);
