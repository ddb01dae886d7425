// The built console (apps/console/dist) as a process beside a Pipeline: same database and Redis prefix, an owner and a staff account.
import type { Page } from 'playwright-core';
import type { Pipeline } from './pipeline.js';
import {
  appDist,
  freePort,
  spawnNode,
  startApp,
  waitForHealthy,
  type AppProcess,
} from './processes.js';

export const OWNER = {
  email: 'duena@salon.test',
  password: 'clave-de-la-duena',
};
export const STAFF = {
  email: 'recepcion@salon.test',
  password: 'clave-de-recepcion',
};

export interface ConsoleProcess extends AppProcess {
  url: string;
}

/**
 * Starts the console on a free port against the pipeline's database and Redis; the owner comes
 * from CONSOLE_OWNER_EMAIL/PASSWORD at start, the staff member from `console:add-staff`.
 */
export async function startConsole(
  pipeline: Pipeline,
  env: Record<string, string> = {},
): Promise<ConsoleProcess> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const shared = {
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    DATABASE_URL: pipeline.database.url,
    REDIS_URL: pipeline.redisUrl,
    QUEUE_PREFIX: pipeline.prefix,
  };
  const app = startApp(appDist('console'), {
    ...shared,
    CONSOLE_PORT: String(port),
    CONSOLE_PUBLIC_URL: url,
    CONSOLE_SESSION_SECRET: 'e2e-console-session-secret-0123456789',
    CONSOLE_OWNER_EMAIL: OWNER.email,
    CONSOLE_OWNER_PASSWORD: OWNER.password,
    CHATWOOT_BASE_URL: pipeline.chatwoot.url,
    CHATWOOT_ACCOUNT_ID: '1',
    ...env,
  });
  await waitForHealthy(`${url}/health`, app);
  const addStaff = spawnNode(
    [
      'add-staff.js',
      '--email',
      STAFF.email,
      '--name',
      'Lucía Recepción',
      '--role',
      'staff',
      '--password',
      STAFF.password,
    ],
    appDist('console'),
    shared,
  );
  const code = await addStaff.exited;
  if (code !== 0)
    throw new Error(`add-staff exited ${code}: ${addStaff.output()}`);
  return { ...app, url };
}

/** Signs in through the login form, as a person would, and waits for the agenda. */
export async function signIn(
  page: Page,
  consoleUrl: string,
  account: { email: string; password: string },
): Promise<void> {
  await page.goto(`${consoleUrl}/login`);
  await page.getByLabel('Correo electrónico').fill(account.email);
  await page.getByLabel('Contraseña').fill(account.password);
  await page.getByRole('button', { name: 'Entrar' }).click();
  await page.waitForURL(/\/agenda/);
}
