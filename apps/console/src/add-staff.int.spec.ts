// `npm run console:add-staff`: creates an account from the command line (a generated password printed once), refuses a taken email (1) and bad arguments (2).
import { spawn } from 'node:child_process';
import path from 'node:path';
import request from 'supertest';
import {
  createConsoleTestApp,
  type ConsoleTestApp,
} from './testing/console-test-app.js';

const WORKSPACE = path.resolve(__dirname, '../../..');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the script as `npm run console:add-staff` does (tsx, from the workspace) against `databaseUrl`. */
function addStaff(databaseUrl: string, args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      path.join(WORKSPACE, 'node_modules/.bin/tsx'),
      ['apps/console/src/add-staff.ts', ...args],
      {
        cwd: WORKSPACE,
        env: { ...process.env, DATABASE_URL: databaseUrl },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('console:add-staff', () => {
  let t: ConsoleTestApp;

  beforeAll(async () => {
    t = await createConsoleTestApp();
  });
  afterAll(() => t.close());

  const login = (email: string, password: string) =>
    request(t.app).post('/api/session/login').send({ email, password });

  it('creates an account with a generated password it prints once, which signs in', async () => {
    const run = await addStaff(t.database.url, [
      '--email',
      'Nueva@Salon.test',
      '--name',
      'Nueva',
      '--role',
      'staff',
    ]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(/^created staff nueva@salon\.test \(id \d+\)$/m);
    const password = /^password: (\S+)$/m.exec(run.stdout)?.[1] ?? '';
    expect(password).toMatch(/^[\w-]{16}$/);
    const session = await login('nueva@salon.test', password).expect(200);
    expect(session.body.staff).toMatchObject({ name: 'Nueva', role: 'staff' });
    const [audit] = await t.database.sql`
      SELECT staff_id, action, after FROM audit_log WHERE entity = 'staff'`;
    expect(audit).toMatchObject({
      staff_id: null,
      action: 'staff.create',
      after: { email: 'nueva@salon.test', source: 'console:add-staff' },
    });
  }, 60_000);

  it('uses the password given, prints none, and refuses the same email again with exit 1', async () => {
    const args = [
      '--email',
      'segunda@salon.test',
      '--name',
      'Segunda',
      '--role',
      'owner',
      '--password',
      'una-clave-larga',
    ];
    const first = await addStaff(t.database.url, args);
    expect(first.code).toBe(0);
    expect(first.stdout).not.toContain('password');
    await login('segunda@salon.test', 'una-clave-larga').expect(200);

    const again = await addStaff(t.database.url, [
      ...args.slice(0, -1),
      'otra-clave-larga',
    ]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already exists; nothing changed');
    await login('segunda@salon.test', 'una-clave-larga').expect(200);
  }, 60_000);

  it('explains bad arguments and exits 2 without touching the database', async () => {
    const run = await addStaff(t.database.url, [
      '--email',
      'no-es-correo',
      '--name',
      'X',
      '--role',
      'jefa',
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--email must be an email address');
    expect(run.stderr).toContain('--role must be owner or staff');
    expect(run.stderr).toContain('usage: console:add-staff');
    const [accounts] = await t.database
      .sql`SELECT count(*)::int AS n FROM staff_accounts WHERE email = 'no-es-correo'`;
    expect(accounts['n']).toBe(0);
  }, 60_000);
});
