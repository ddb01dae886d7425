// Environment configuration of both apps: parsed once with zod at start-up, secrets redacted when shown.
import { z } from 'zod';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
    this.name = 'ConfigError';
  }
}

const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const port = (fallback: number) =>
  z.coerce.number().int().min(1).max(65535).default(fallback);

const urlWithProtocol = (...protocols: string[]) =>
  z
    .string()
    .trim()
    .refine(
      (v) => {
        try {
          return protocols.includes(new URL(v).protocol);
        } catch {
          return false;
        }
      },
      `must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}`,
    );

const timeZone = z
  .string()
  .default('Europe/Madrid')
  .refine((tz) => {
    try {
      new Intl.DateTimeFormat('es-ES', { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  }, 'must be an IANA time zone such as Europe/Madrid');

/**
 * Where a test may make agent-worker kill itself (SIGKILL): after taking the lock, after the graph
 * ran, after a turn that booked ran its graph (before its commit), after the outbox write, after
 * posting to Chatwoot; or freeze (SIGSTOP, until the test sends SIGCONT) after a turn that booked,
 * so that its lock expires under it and another worker takes the turn over; or, `in-graph`, throw
 * in every turn it runs, as a message that always crashes its turn would. The appointment messages'
 * pass: before the commit that queues them, or after it (before their replies job is enqueued).
 */
export const FAULT_POINTS = [
  'after-lock',
  'in-graph',
  'after-graph',
  'after-booking',
  'freeze-after-booking',
  'after-outbox',
  'after-post',
  'before-appointment-messages-commit',
  'after-appointment-messages-commit',
] as const;
export type FaultPoint = (typeof FAULT_POINTS)[number];

const sharedShape = {
  // Production unless told otherwise: accepting unauthenticated webhooks takes an explicit development or test mode.
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
    .default('info'),
  DATABASE_URL: urlWithProtocol('postgres:', 'postgresql:'),
  REDIS_URL: urlWithProtocol('redis:', 'rediss:'),
  // The hash tag braces keep every key of a deployment in one Redis Cluster slot.
  QUEUE_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_-]+$/, 'only letters, digits, "-" and "_"')
    .default('atrevete'),
  CHATWOOT_ACCOUNT_ID: z.coerce.number().int().positive().optional(),
  CHATWOOT_INBOX_ID: z.coerce.number().int().positive().optional(),
  // With an agent bot, `pending` conversations are the bot's and `open` ones a person's (shared/CHATWOOT.md).
  BOT_CONVERSATION_STATUSES: z
    .string()
    .default('pending')
    .transform((v) =>
      v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.enum(['open', 'pending', 'resolved', 'snoozed'])).min(1)),
  SALON_TIMEZONE: timeZone,
  // BullMQ's retry budget of the turn jobs this app adds; unset keeps libs/queue's (10 attempts from
  // 1 s, doubling: about 8.5 min, the reason is there). The sweeper takes over after it; tests shorten it.
  TURN_JOB_ATTEMPTS: z.coerce.number().int().min(1).optional(),
  TURN_JOB_BACKOFF_MS: z.coerce.number().int().min(1).optional(),
  // Below the orchestrator's kill grace (compose: stop_grace_period 30 s).
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().positive().default(20_000),
  // Postgres cancels a statement of the apps' pools that runs longer (0: never). Every statement
  // here takes milliseconds; one that runs for seconds is stuck on a lock or a bad plan, and
  // holding its connection only starves the pool. 5 s: far above any real statement, below
  // LOCK_TTL_MS (a stuck turn fails before its lock expires under it). Per statement, not per
  // transaction, and never for migrations.
  DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).default(5000),
};

const webhookApiSchema = z
  .object({
    ...sharedShape,
    PORT: port(8000),
    // /metrics on a port of its own: PORT is public (Chatwoot reaches it), the metrics are not.
    METRICS_PORT: port(9464),
    CHATWOOT_WEBHOOK_SECRET: optionalString,
    WEBHOOK_TOKEN: optionalString.pipe(
      z.string().min(16, 'must be at least 16 characters').optional(),
    ),
    // Chatwoot signs "<timestamp>.<body>"; older deliveries are replays.
    WEBHOOK_MAX_AGE_SECONDS: z.coerce.number().int().positive().default(300),
    TURN_DEBOUNCE_MS: z.coerce.number().int().min(0).max(60_000).default(2000),
    // Insert the demo salon of shared/SALON.md where rows are missing (docker compose up gives a usable system).
    SEED_DEMO_SALON: z.stringbool().default(false),
    // Chatwoot waits 5 s for our answer: a Postgres that hangs longer than this is treated as down
    // and the message travels whole in the queue instead.
    LEDGER_TIMEOUT_MS: z.coerce.number().int().positive().default(1000),
  })
  .superRefine((cfg, ctx) => {
    if (
      !cfg.CHATWOOT_WEBHOOK_SECRET &&
      !cfg.WEBHOOK_TOKEN &&
      cfg.NODE_ENV === 'production'
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['CHATWOOT_WEBHOOK_SECRET'],
        message:
          'set CHATWOOT_WEBHOOK_SECRET and/or WEBHOOK_TOKEN: unauthenticated webhooks are only allowed outside production',
      });
    }
    if (cfg.METRICS_PORT === cfg.PORT) {
      ctx.addIssue({
        code: 'custom',
        path: ['METRICS_PORT'],
        message: 'must differ from PORT: the metrics stay off the public port',
      });
    }
  });

const agentWorkerSchema = z
  .object({
    ...sharedShape,
    HEALTH_PORT: port(8001),
    CHATWOOT_BASE_URL: urlWithProtocol('http:', 'https:'),
    CHATWOOT_API_TOKEN: z.string().trim().min(1, 'is required'),
    TURN_DEBOUNCE_MS: z.coerce.number().int().min(0).max(60_000).default(2000),
    WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(200).default(10),
    CHECKPOINT_TTL_DAYS: z.coerce.number().positive().default(30),
    // Checkpoints kept per conversation (the newest by id); older ones are pruned as new ones are
    // written. Each turn attempt writes one, and the next turn starts from the one Postgres recorded,
    // which a stale attempt's newer sibling can outrank (a write never prunes the checkpoint it
    // builds on). Ten: room for nine such siblings, and memory bounded to about ten turns' state.
    CHECKPOINT_KEEP: z.coerce.number().int().min(3).default(10),
    // The sweeper re-queues what Redis lost or never got: unanswered messages and unsent replies
    // older than the grace period (well above debounce + a normal turn), every interval.
    SWEEP_INTERVAL_MS: z.coerce.number().int().min(100).default(5000),
    SWEEP_GRACE_MS: z.coerce.number().int().min(0).default(10_000),
    // A crashed worker's conversation is free again after this; a live one renews it every third.
    // Also BullMQ's job lock and stall-check interval: a killed worker's jobs run again within about 3×.
    LOCK_TTL_MS: z.coerce.number().int().min(100).default(15_000),
    // A turn that failed with an error this many times gives up: apology, hand-off, answered.
    // Three: a passing failure (a dropped connection) rarely repeats three times in a row, and a
    // customer should not wait for the full retry budget (~8.5 min) to hear anything.
    TURN_MAX_FAILURES: z.coerce.number().int().min(1).default(3),
    // Attempts in all, counting those that died without recording an error (killed, stalled):
    // a message that kills its worker each time gives up too. Ten: well above what crashes
    // unrelated to the message can do to one turn.
    TURN_MAX_ATTEMPTS: z.coerce.number().int().min(1).default(10),
    // A message whose send may have landed unseen (a timeout, a 5xx, a crash mid-send) is sent again
    // only if its echo (Chatwoot's webhook of the bot's own message) has not come within this long.
    // Chatwoot delivers it from a background job right after the message is saved, normally within
    // a second; 10 s leaves room for a backlog there, and is as long as a customer waits for a
    // reply that may never have been delivered. Shorter risks a duplicate, longer a late reply.
    ECHO_WAIT_MS: z.coerce.number().int().min(0).default(10_000),
    // Confirmation requests, reminders and unconfirmed flags due are claimed and queued every so often;
    // 0 turns the pass off (a replica that must not send them). Messages are due to the minute:
    // 30 s is late by at most half a minute, and an idle pass is one index probe.
    APPOINTMENT_MESSAGES_INTERVAL_MS: z.coerce
      .number()
      .int()
      .min(0)
      .default(30_000),
    // Test-only: the process kills itself (SIGKILL) the first time it reaches this point of a turn.
    FAULT_POINT: z.enum(FAULT_POINTS).optional(),
    LLM_BASE_URL: optionalString.pipe(
      urlWithProtocol('http:', 'https:').optional(),
    ),
    LLM_API_KEY: optionalString,
    LLM_MODEL: optionalString,
    // A customer waits for the answer: past this the offline rules answer instead of the model.
    LLM_TIMEOUT_MS: z.coerce.number().int().positive().default(8000),
    // Voice notes Chatwoot did not transcribe go to an OpenAI-compatible /audio/transcriptions
    // endpoint (whisper.cpp, faster-whisper, OpenAI…); unset, the bot asks for text instead.
    STT_BASE_URL: optionalString.pipe(
      urlWithProtocol('http:', 'https:').optional(),
    ),
    STT_API_KEY: optionalString,
    STT_MODEL: optionalString,
    // The customer waits for the answer: past this the bot asks them to write it.
    STT_TIMEOUT_MS: z.coerce.number().int().positive().default(15_000),
    // After handing a conversation to a person, messages within this long were written before
    // Chatwoot applied the hand-off: the bot stays silent on them.
    HANDOFF_SETTLE_MS: z.coerce.number().int().min(0).default(60_000),
    // Answered messages older than this lose their body, attachments and the sender's name and
    // phone (the row stays): 90 days covers a customer's questions about a recent visit.
    RETENTION_DAYS: z.coerce.number().int().min(1).default(90),
    // Test-only: the worker's clock starts at this instant (and runs on), so conversations about
    // "el viernes" mean the same days in every run.
    CLOCK_START: z.iso.datetime({ offset: true }).optional(),
  })
  .superRefine((cfg, ctx) => {
    for (const testOnly of ['FAULT_POINT', 'CLOCK_START'] as const) {
      if (cfg[testOnly] && cfg.NODE_ENV !== 'test') {
        ctx.addIssue({
          code: 'custom',
          path: [testOnly],
          message: 'only allowed with NODE_ENV=test',
        });
      }
    }
    if (Boolean(cfg.STT_BASE_URL) !== Boolean(cfg.STT_MODEL)) {
      ctx.addIssue({
        code: 'custom',
        path: ['STT_BASE_URL'],
        message:
          'STT_BASE_URL and STT_MODEL go together (STT_API_KEY when the endpoint wants one)',
      });
    }
    const llm = [cfg.LLM_BASE_URL, cfg.LLM_API_KEY, cfg.LLM_MODEL];
    if (llm.some(Boolean) && !llm.every(Boolean)) {
      ctx.addIssue({
        code: 'custom',
        path: ['LLM_BASE_URL'],
        message:
          'LLM_BASE_URL, LLM_API_KEY and LLM_MODEL go together: set all three or none',
      });
    }
  });

const consoleSchema = z
  .object({
    ...sharedShape,
    CONSOLE_PORT: port(8002),
    // Keys the HMAC under which session tokens are stored: a copy of the sessions table without it
    // opens no session. Required in production; elsewhere a fixed development value stands in.
    CONSOLE_SESSION_SECRET: optionalString.pipe(
      z.string().min(32, 'must be at least 32 characters').optional(),
    ),
    // Where the staff open the console (behind the salon's TLS proxy): https makes cookies Secure.
    CONSOLE_PUBLIC_URL: urlWithProtocol('http:', 'https:').default(
      'http://localhost:8002',
    ),
    // The first owner, created at start when no owner exists (an existing one is never changed).
    CONSOLE_OWNER_EMAIL: optionalString.pipe(z.email().optional()),
    CONSOLE_OWNER_PASSWORD: optionalString.pipe(
      z.string().min(10, 'must be at least 10 characters').optional(),
    ),
    // A receptionist signs in at the start of the day; twelve hours covers a long shift.
    CONSOLE_SESSION_HOURS: z.coerce.number().positive().default(12),
    // Links from hand-offs and customers to their conversation in Chatwoot.
    CHATWOOT_BASE_URL: optionalString.pipe(
      urlWithProtocol('http:', 'https:').optional(),
    ),
    // Where the built web app is; the Docker image and `start:console` ship it next to main.js.
    CONSOLE_WEB_ROOT: optionalString,
    SEED_DEMO_SALON: z.stringbool().default(false),
    // Test-only: the console's clock starts at this instant (and runs on), as the agent-worker's does.
    CLOCK_START: z.iso.datetime({ offset: true }).optional(),
  })
  .superRefine((cfg, ctx) => {
    if (cfg.CLOCK_START && cfg.NODE_ENV !== 'test') {
      ctx.addIssue({
        code: 'custom',
        path: ['CLOCK_START'],
        message: 'only allowed with NODE_ENV=test',
      });
    }
    if (!cfg.CONSOLE_SESSION_SECRET && cfg.NODE_ENV === 'production') {
      ctx.addIssue({
        code: 'custom',
        path: ['CONSOLE_SESSION_SECRET'],
        message: 'is required in production',
      });
    }
    if (
      Boolean(cfg.CONSOLE_OWNER_EMAIL) !== Boolean(cfg.CONSOLE_OWNER_PASSWORD)
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['CONSOLE_OWNER_EMAIL'],
        message:
          'CONSOLE_OWNER_EMAIL and CONSOLE_OWNER_PASSWORD go together: set both or neither',
      });
    }
  });

export type WebhookApiConfig = z.output<typeof webhookApiSchema>;
export type ConsoleConfig = z.output<typeof consoleSchema>;
export type AgentWorkerConfig = z.output<typeof agentWorkerSchema>;

type Env = Record<string, string | undefined>;

function parseWith<S extends z.ZodType>(schema: S, env: Env): z.output<S> {
  // An empty variable (`FOO=` in .env or compose) means "not set".
  const result = schema.safeParse(
    Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')),
  );
  if (result.success) return result.data;
  throw new ConfigError(
    result.error.issues.map(
      (issue) => `${issue.path.join('.') || 'environment'}: ${issue.message}`,
    ),
  );
}

export const parseWebhookApiConfig = (env: Env): WebhookApiConfig =>
  parseWith(webhookApiSchema, env);
export const parseAgentWorkerConfig = (env: Env): AgentWorkerConfig =>
  parseWith(agentWorkerSchema, env);
export const parseConsoleConfig = (env: Env): ConsoleConfig =>
  parseWith(consoleSchema, env);

const SECRET_KEYS = /TOKEN|SECRET|KEY|PASSWORD/i;

/** A copy safe to log: secrets replaced, credentials stripped from URLs. */
export function redactConfig(config: object): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(config).map(([key, value]) => {
      if (value === undefined) return [key, value];
      if (SECRET_KEYS.test(key)) return [key, '[redacted]'];
      if (typeof value === 'string' && /^[a-z]+:\/\/[^/]*@/i.test(value)) {
        const url = new URL(value);
        url.username = url.username ? '[redacted]' : '';
        url.password = url.password ? '[redacted]' : '';
        return [key, url.toString()];
      }
      return [key, value];
    }),
  );
}
