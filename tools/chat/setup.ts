// Brings up the real pipeline for `npm run chat`: the built apps as processes on this machine's Postgres and Redis, a fake Chatwoot, a log file.
import { spawnSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { createWriteStream, existsSync } from 'node:fs';
import path from 'node:path';
import postgres from 'postgres';
import {
  type FakeChatwoot,
  startFakeChatwoot,
} from '@atrevete/chatwoot/testing';
import { createDatabase, getSalonSettings } from '@atrevete/db';
import {
  type AppProcess,
  WORKSPACE_ROOT,
  appDist,
  deleteKeys,
  freePort,
  startApp,
  terminate,
  waitForHealthy,
} from '@atrevete/e2e/testing';
import type { Cleanup } from '../bench/support.js';

export const ACCOUNT_ID = 1;
const APPS = ['webhook-api', 'agent-worker'] as const;
const PROJECTS = '@atrevete/webhook-api,@atrevete/agent-worker';

export interface ChatPipelineOptions {
  databaseUrl: string;
  redisUrl: string;
  debounceMs: number;
  logFile: string;
  /** LLM_* variables for agent-worker: all three select the llm understander. */
  llm: Record<string, string>;
  /** Progress for the person waiting. */
  say(message: string): void;
}

export interface ChatPipeline {
  apiUrl: string;
  secret: string;
  chatwoot: FakeChatwoot;
  salonName: string;
  personaName: string;
}

/** The chat runs the built apps, as production does; a fresh checkout gets built once. */
export function ensureBuilt(say: (message: string) => void): void {
  const missing = APPS.filter(
    (app) => !existsSync(path.join(appDist(app), 'main.js')),
  );
  if (missing.length === 0) return;
  say(
    `${missing.join(' and ')} not built yet: building (npx nx run-many -t build --projects=${PROJECTS})…`,
  );
  // Build output goes to stderr and stdin stays ours: piped chat lines must reach the chat, not nx.
  const build = spawnSync(
    'npx',
    ['nx', 'run-many', '-t', 'build', `--projects=${PROJECTS}`],
    { cwd: WORKSPACE_ROOT, stdio: ['ignore', 2, 2] },
  );
  if (build.status !== 0) throw new Error('the build failed (output above)');
}

/** Creates the database if it does not exist yet; asks the server's `postgres` database only then. */
export async function ensureDatabase(url: string): Promise<boolean> {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  if (!name) throw new Error(`DATABASE_URL names no database: ${url}`);
  const probe = postgres(url, { max: 1, onnotice: () => undefined });
  try {
    await probe`select 1`;
    return false;
  } catch (error) {
    // 3D000: invalid_catalog_name, i.e. the database does not exist.
    if ((error as { code?: string }).code !== '3D000') throw error;
  } finally {
    await probe.end();
  }
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const sql = postgres(admin.toString(), { max: 1, onnotice: () => undefined });
  try {
    await sql`create database ${sql(name)}`;
  } finally {
    await sql.end();
  }
  return true;
}

/** Starts everything, registering how to undo each step in `cleanup` (which runs them last-in first-out). */
export async function startChatPipeline(
  options: ChatPipelineOptions,
  cleanup: Cleanup,
): Promise<ChatPipeline> {
  // A queue prefix per run: the conversations' memory (checkpoints) and queues of one run never meet another's.
  const prefix = `chat-${randomUUID().slice(0, 8)}`;
  const secret = randomBytes(24).toString('hex');

  const log = createWriteStream(options.logFile, { flags: 'a' });
  cleanup.add('close the log', () => new Promise((done) => log.end(done)));
  const logged = (app: AppProcess) => {
    app.child.stdout?.pipe(log, { end: false });
    app.child.stderr?.pipe(log, { end: false });
    return app;
  };

  const chatwoot = await startFakeChatwoot();
  cleanup.add('close the fake Chatwoot', () => chatwoot.close());
  cleanup.add('delete the Redis keys', () =>
    deleteKeys(options.redisUrl, prefix),
  );

  const shared = {
    NODE_ENV: 'production',
    LOG_LEVEL: 'info',
    DATABASE_URL: options.databaseUrl,
    REDIS_URL: options.redisUrl,
    QUEUE_PREFIX: prefix,
    CHATWOOT_ACCOUNT_ID: String(ACCOUNT_ID),
    TURN_DEBOUNCE_MS: String(options.debounceMs),
    // Ending the chat should not take the default 10 s of grace.
    SHUTDOWN_TIMEOUT_MS: '5000',
  };

  options.say('Starting webhook-api (migrations, demo salon)…');
  const apiPort = await freePort();
  const apiUrl = `http://127.0.0.1:${apiPort}`;
  const api = logged(
    startApp(appDist('webhook-api'), {
      ...shared,
      PORT: String(apiPort),
      METRICS_PORT: String(await freePort()),
      CHATWOOT_WEBHOOK_SECRET: secret,
      SEED_DEMO_SALON: 'true',
    }),
  );
  cleanup.add('stop webhook-api', () => terminate(api, 8000));
  await waitForHealthy(`${apiUrl}/health`, api);
  // Like Chatwoot, the fake sends the bot's own messages back to the webhook: the proof of delivery.
  chatwoot.echoTo({ webhookUrl: `${apiUrl}/webhooks/chatwoot`, secret });

  options.say('Starting agent-worker…');
  const healthPort = await freePort();
  const worker = logged(
    startApp(appDist('agent-worker'), {
      ...shared,
      ...options.llm,
      HEALTH_PORT: String(healthPort),
      CHATWOOT_BASE_URL: chatwoot.url,
      CHATWOOT_API_TOKEN: 'chat-bot-token',
      // After a hand-off the bot ignores turns for this long: with real Chatwoot they may have been written before
      // the hand-off took effect. This fake Chatwoot applies it at once, and /bot may follow within a second.
      HANDOFF_SETTLE_MS: '0',
    }),
  );
  cleanup.add('stop agent-worker', () => terminate(worker, 8000));
  await waitForHealthy(`http://127.0.0.1:${healthPort}/health`, worker);

  // An app that dies mid-chat would otherwise look like a bot that never answers.
  let stopping = false;
  cleanup.add('stop watching the apps', async () => (stopping = true));
  for (const [name, app] of [
    ['webhook-api', api],
    ['agent-worker', worker],
  ] as const)
    void app.exited.then((code) => {
      if (!stopping)
        options.say(`${name} exited (${code}): see ${options.logFile}`);
    });

  // webhook-api seeded the salon before it answered healthy: its name and the bot's are there.
  const database = createDatabase(options.databaseUrl, { max: 1 });
  try {
    const settings = await getSalonSettings(database.db);
    return {
      apiUrl,
      secret,
      chatwoot,
      salonName: settings.name,
      personaName: settings.personaName,
    };
  } finally {
    await database.close();
  }
}
