// `npm run chat` with piped input: each line goes through the real pipeline, each answer is printed, and nothing is left running.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import postgres from 'postgres';
import { waitUntil } from './support/wait.js';
import { WORKSPACE_ROOT } from './support/processes.js';

const SERVER_URL =
  process.env['TEST_DATABASE_URL'] ??
  'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';

/** Whether any process of the group is still there (the tool, tsx, npx, or an app they started). */
function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('npm run chat with piped input', () => {
  // The tool creates the database when it is missing, as it does for a first `npm run chat`.
  const database = `atrevete_chat_test_${randomBytes(6).toString('hex')}`;
  let chat: ChildProcess | undefined;
  let logFile: string | undefined;

  afterAll(async () => {
    if (chat?.pid && groupAlive(chat.pid)) process.kill(-chat.pid, 'SIGKILL');
    if (logFile) rmSync(logFile, { force: true });
    const sql = postgres(SERVER_URL, { max: 1, onnotice: () => undefined });
    await sql`drop database if exists ${sql(database)} with (force)`;
    await sql.end();
  });

  it('answers each line in turn, exits 0 at the end of input and leaves no process running', async () => {
    const databaseUrl = new URL(SERVER_URL);
    databaseUrl.pathname = `/${database}`;
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: databaseUrl.toString(),
      REDIS_URL,
    };
    // The rules understander: what it answers is known.
    for (const name of ['LLM_BASE_URL', 'LLM_API_KEY', 'LLM_MODEL'])
      delete env[name];
    // Its own process group, so that the test can tell whether anything it started outlived it.
    const child = spawn('npx', ['tsx', 'tools/chat.ts', '--wait-ms', '8000'], {
      cwd: WORKSPACE_ROOT,
      env,
      stdio: ['pipe', 'pipe', 'pipe'],
      detached: true,
    });
    chat = child;
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdin?.end('hola\n¿cuánto cuesta el tinte?\n');

    let timer: NodeJS.Timeout | undefined;
    const [code] = (await Promise.race([
      once(child, 'close'),
      new Promise<never>((_, reject) => {
        timer = setTimeout(
          () =>
            reject(new Error(`still running after 25 s:\n${stdout}${stderr}`)),
          25_000,
        );
      }),
    ]).finally(() => clearTimeout(timer))) as [number | null];

    expect({ code, stderr }).toMatchObject({ code: 0 });
    const greeting = stdout.search(/^Maite: .*hola/im);
    const price = stdout.search(/^Maite: .*40 €/m);
    expect(greeting).toBeGreaterThanOrEqual(0);
    expect(price).toBeGreaterThan(greeting);
    expect(stdout).not.toContain('no answer within');
    // npx, tsx and esbuild's service end a moment after the tool itself: give them a few seconds.
    await waitUntil(
      'every process the chat started to end',
      () => !groupAlive(child.pid as number),
      5000,
    ).catch(() => undefined);
    expect(groupAlive(child.pid as number)).toBe(false);
    // The apps wrote their logs to the file it named, not over the conversation.
    logFile = /The apps' log: (\S+)/.exec(stderr)?.[1];
    expect(readFileSync(logFile ?? '', 'utf8')).toContain(
      '"name":"agent-worker"',
    );
    expect(stdout).not.toContain('"level"');
  }, 30_000);
});
