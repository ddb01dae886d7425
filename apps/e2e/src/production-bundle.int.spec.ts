// Each app's production bundle starts from its own folder with only the production dependencies of its generated package.json.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  startFakeChatwoot,
  type FakeChatwoot,
} from '@atrevete/chatwoot/testing';
import { createTestDatabase, type TestDatabase } from '@atrevete/db/testing';
import {
  WORKSPACE_ROOT,
  appDist,
  freePort,
  startApp,
  waitForHealthy,
} from './support/processes.js';

const REDIS_URL = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';

/** What the Dockerfile's runtime stage does: the bundle, its package.json + lockfile, `npm ci --omit=dev`. */
function installLikeTheImage(
  app: 'webhook-api' | 'agent-worker' | 'console',
): string {
  const dir = mkdtempSync(path.join(tmpdir(), `atrevete-${app}-`));
  cpSync(appDist(app), dir, { recursive: true });
  execFileSync(
    'npm',
    [
      'ci',
      '--omit=dev',
      '--ignore-scripts',
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
    ],
    {
      cwd: dir,
      stdio: 'pipe',
      env: {
        ...process.env,
        NODE_ENV: 'production',
        npm_config_workspaces: 'false',
      },
    },
  );
  // The Dockerfile then copies the build stage's patched postgres.js (patches/postgres+*.patch).
  cpSync(
    path.join(WORKSPACE_ROOT, 'node_modules', 'postgres'),
    path.join(dir, 'node_modules', 'postgres'),
    { recursive: true },
  );
  return dir;
}

/** Every package the bundle requires must be a production dependency of the generated package.json. */
function undeclaredRequires(dir: string): string[] {
  const bundle = readFileSync(path.join(dir, 'main.js'), 'utf8');
  const { dependencies = {} } = JSON.parse(
    readFileSync(path.join(dir, 'package.json'), 'utf8'),
  );
  const required = [...bundle.matchAll(/require\("([^".][^"]*)"\)/g)]
    .map((m) => m[1])
    .filter((name) => !name.startsWith('node:'));
  const packageOf = (name: string) =>
    name
      .split('/')
      .slice(0, name.startsWith('@') ? 2 : 1)
      .join('/');
  return [...new Set(required.map(packageOf))].filter(
    (name) => !(name in dependencies),
  );
}

describe('production bundles', () => {
  let database: TestDatabase;
  let chatwoot: FakeChatwoot;
  const dirs: string[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    chatwoot = await startFakeChatwoot();
  });
  afterAll(async () => {
    await chatwoot?.close();
    await database?.drop();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    ['webhook-api', 'PORT', { CHATWOOT_WEBHOOK_SECRET: 'bundle-secret' }],
    ['agent-worker', 'HEALTH_PORT', { CHATWOOT_API_TOKEN: 'bundle-token' }],
    [
      'console',
      'CONSOLE_PORT',
      { CONSOLE_SESSION_SECRET: 'bundle-console-session-secret-0123456789' },
    ],
  ] as const)(
    '%s starts with only its production dependencies and answers its health check',
    async (app, portVar, settings) => {
      // webhook-api serves /metrics on a port of its own.
      const extra =
        app === 'webhook-api'
          ? { ...settings, METRICS_PORT: String(await freePort()) }
          : settings;
      const dir = installLikeTheImage(app);
      dirs.push(dir);
      expect(undeclaredRequires(dir)).toEqual([]);
      const devOnly = ['nx', 'jest', 'typescript', 'drizzle-kit', 'esbuild'];
      const installed = execFileSync(
        'npm',
        ['ls', '--omit=dev', '--depth=0', '--json'],
        { cwd: dir },
      ).toString();
      for (const name of devOnly)
        expect(JSON.parse(installed).dependencies?.[name]).toBeUndefined();

      const port = await freePort();
      const process_ = startApp(dir, {
        NODE_ENV: 'production',
        LOG_LEVEL: 'warn',
        DATABASE_URL: database.url,
        REDIS_URL,
        QUEUE_PREFIX: `bundle-${app}-${port}`,
        CHATWOOT_BASE_URL: chatwoot.url,
        [portVar]: String(port),
        ...extra,
      });
      try {
        await waitForHealthy(`http://127.0.0.1:${port}/health`, process_);
        const health = await (
          await fetch(`http://127.0.0.1:${port}/health`)
        ).json();
        expect(health).toMatchObject({
          status: 'ok',
          components: { postgres: { status: 'ok' }, redis: { status: 'ok' } },
        });
        if (app === 'console') {
          // The web app ships inside the image, and argon2's native binary came with `npm ci`.
          const page = await fetch(`http://127.0.0.1:${port}/agenda`);
          expect(await page.text()).toContain('<div id="root">');
          const login = await fetch(
            `http://127.0.0.1:${port}/api/session/login`,
            {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({
                email: 'nadie@salon.test',
                password: 'x',
              }),
            },
          );
          expect(login.status).toBe(401);
        }
      } finally {
        expect(await process_.stop()).toBe(0);
      }
    },
  );

  it('refuses to start the console in production without a session secret', async () => {
    const app = startApp(appDist('console'), {
      NODE_ENV: 'production',
      DATABASE_URL: database.url,
      REDIS_URL,
    });
    expect(await app.stop('SIGCONT')).toBe(1);
    expect(app.output()).toMatch(
      /CONSOLE_SESSION_SECRET: is required in production/,
    );
  });

  it('refuses to start with a missing setting, naming it', async () => {
    const app = startApp(appDist('agent-worker'), {
      NODE_ENV: 'production',
      DATABASE_URL: database.url,
      REDIS_URL,
    });
    expect(await app.stop('SIGCONT')).toBe(1);
    expect(app.output()).toMatch(/CHATWOOT_BASE_URL/);
    expect(app.output()).toMatch(/CHATWOOT_API_TOKEN/);
  });
});
