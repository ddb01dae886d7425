// `npm run bench:appointment-messages`: 10,000 appointments whose confirmation request falls due in the same minute, sent by three built agent-workers
// (clock injected: due the moment they start) to a fake Chatwoot; messages/s, the delay of the last one, each sent once; against a bare sender
// (one SELECT, then the same POSTs at the same concurrency from this process) measured in the same run.
import { randomUUID } from 'node:crypto';
import postgres from 'postgres';
import { ChatwootClient } from '@atrevete/chatwoot';
import { startFakeChatwoot } from '@atrevete/chatwoot/testing';
import { seedDemoSalon } from '@atrevete/db';
import { createMigratedTestDatabase } from '@atrevete/db/testing';
import { freePort, startApp, waitForHealthy } from '@atrevete/e2e/testing';
import {
  REDIS_URL,
  builtApp,
  deleteRedisKeys,
  envInt,
  fmt,
  loadNote,
  machineNote,
  requireBuiltApps,
  runBench,
  sleep,
  stopProcess,
  type BenchProcess,
} from './bench/support.js';

const MESSAGES = envInt('BENCH_MESSAGES', 10_000, 100_000);
const REPLICAS = envInt('BENCH_REPLICAS', 3, 10);
// agent-worker's default WORKER_CONCURRENCY: reply jobs in flight per replica.
const CONCURRENCY = envInt('BENCH_WORKER_CONCURRENCY', 10, 200);
const HOUR = 3_600_000;
/** The test clock: the confirmation requests are due exactly at T (the appointments start at T + 24 h). */
const T = new Date('2026-12-09T08:00:00.000Z');

runBench('bench-appointment-messages', 20 * 60_000, async (cleanup) => {
  requireBuiltApps('agent-worker');
  const prefix = `bench-reminders-${randomUUID().slice(0, 8)}`;
  console.log(`appointment messages benchmark, ${new Date().toISOString()}`);
  console.log(machineNote());
  console.log(loadNote('start'));
  const database = await createMigratedTestDatabase();
  cleanup.add('drop the database', () => database.drop());
  cleanup.add('delete the Redis keys', () => deleteRedisKeys(prefix));
  await seedDemoSalon(database.db, { now: T });
  const sql = postgres(database.url, { max: 4, onnotice: () => undefined });
  cleanup.add('close the connection', () => sql.end());

  // One stylist per appointment (all at the same time), a customer each who wrote an hour before.
  const setup = Date.now();
  await sql.begin(async (tx) => {
    await tx`SELECT set_config('atrevete.now', ${new Date(T.getTime() - 72 * HOUR).toISOString()}, true)`;
    await tx`
      INSERT INTO stylists (name, category)
      SELECT 'Estilista ' || g, 'Peluquería' FROM generate_series(1, ${MESSAGES}) g`;
    await tx`
      INSERT INTO customers (chatwoot_contact_id, phone, name)
      SELECT 100000 + g, '+346' || lpad(g::text, 8, '0'), 'Cliente ' || g FROM generate_series(1, ${MESSAGES}) g`;
    await tx`
      INSERT INTO inbound_messages (chatwoot_message_id, account_id, conversation_id, inbox_id, contact_id,
                                    content, content_type, chatwoot_created_at, answered_at, turn_id)
      SELECT 500000 + g, 1, 200000 + g, 7, 100000 + g, 'hola', 'text',
             ${new Date(T.getTime() - HOUR).toISOString()}::timestamptz, now(), 'bench'
        FROM generate_series(1, ${MESSAGES}) g`;
    await tx`
      INSERT INTO appointments (customer_id, stylist_id, start_at, end_at, price_cents, idempotency_key)
      SELECT c.id, s.id, ${new Date(T.getTime() + 24 * HOUR).toISOString()}::timestamptz,
             ${new Date(T.getTime() + 25 * HOUR).toISOString()}::timestamptz, 2500, 'bench-' || c.id
        FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM customers WHERE name LIKE 'Cliente %') c
        JOIN (SELECT id, row_number() OVER (ORDER BY id) AS n FROM stylists WHERE name LIKE 'Estilista %') s
          ON s.n = c.n`;
    await tx`
      INSERT INTO appointment_services (appointment_id, position, service_id, duration_minutes, price_cents)
      SELECT a.id, 0, (SELECT id FROM services WHERE name = 'Corte mujer'), 60, 2500
        FROM appointments a WHERE a.idempotency_key LIKE 'bench-%'`;
  });
  await sql`ANALYZE`;
  console.log(
    `${MESSAGES} pending appointments at ${new Date(T.getTime() + 24 * HOUR).toISOString()}, their confirmation requests due at ${T.toISOString()}; set up in ${fmt((Date.now() - setup) / 1000)} s`,
  );

  // (a) Three agent-workers, their clocks at T when they start.
  const chatwoot = await startFakeChatwoot();
  cleanup.add('stop the fake Chatwoot', () => chatwoot.close());
  const workers: BenchProcess[] = [];
  cleanup.add('stop the workers', () =>
    Promise.all(workers.map((w) => stopProcess(w))),
  );
  const started = Date.now();
  for (let i = 0; i < REPLICAS; i++) {
    const healthPort = await freePort();
    const worker = startApp(builtApp('agent-worker'), {
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      DATABASE_URL: database.url,
      REDIS_URL,
      QUEUE_PREFIX: prefix,
      HEALTH_PORT: String(healthPort),
      CHATWOOT_BASE_URL: chatwoot.url,
      CHATWOOT_API_TOKEN: 'bench-token',
      WORKER_CONCURRENCY: String(CONCURRENCY),
      CLOCK_START: T.toISOString(),
      APPOINTMENT_MESSAGES_INTERVAL_MS: '1000',
    });
    workers.push(worker);
    await waitForHealthy(`http://127.0.0.1:${healthPort}/health`, worker);
  }
  const healthyMs = Date.now() - started;
  const deadline = Date.now() + 15 * 60_000;
  while (chatwoot.replies().length < MESSAGES && Date.now() < deadline)
    await sleep(100);
  await sleep(3000); // Anything sent twice would have been sent by now.
  const replies = chatwoot.replies();
  const conversations = new Set(replies.map((r) => r.conversationId));
  const times = replies.map((r) => r.receivedAt).sort((a, b) => a - b);
  const lastMs = (times.at(-1) ?? Date.now()) - started;
  const spanMs = (times.at(-1) ?? 0) - (times[0] ?? 0);
  const rate = (replies.length / Math.max(1, lastMs)) * 1000;
  console.log(
    `(a) ${REPLICAS} agent-workers (healthy after ${fmt(healthyMs / 1000)} s): ${replies.length} messages to ${conversations.size} conversations; first ${fmt(((times[0] ?? 0) - started) / 1000)} s, last ${fmt(lastMs / 1000)} s after the due instant (${fmt(spanMs / 1000)} s from first to last); ${fmt(rate)} messages/s`,
  );
  const [{ queued, other }] = await sql<{ queued: number; other: number }[]>`
    SELECT count(*) FILTER (WHERE status = 'queued')::int AS queued,
           count(*) FILTER (WHERE status NOT IN ('queued', 'scheduled'))::int AS other
      FROM appointment_messages WHERE kind = 'confirmation'`;
  await Promise.all(workers.splice(0).map((w) => stopProcess(w)));

  // (b) The bare sender: the rows in one SELECT, then the POSTs at the same concurrency.
  const bare = await startFakeChatwoot();
  cleanup.add('stop the second fake Chatwoot', () => bare.close());
  const client = new ChatwootClient({ baseUrl: bare.url, apiToken: 'bench' });
  const bareStart = Date.now();
  const rows = await sql<{ id: number; conversation_id: number }[]>`
    SELECT a.id, i.conversation_id::int
      FROM appointments a JOIN customers c ON c.id = a.customer_id
      JOIN inbound_messages i ON i.contact_id = c.chatwoot_contact_id
     WHERE a.idempotency_key LIKE 'bench-%'`;
  let next = 0;
  await Promise.all(
    Array.from({ length: REPLICAS * CONCURRENCY }, async () => {
      while (next < rows.length) {
        const row = rows[next++];
        await client.postMessage(
          1,
          row.conversation_id,
          `Recordatorio ${row.id}`,
          {
            outboxId: row.id,
          },
        );
      }
    }),
  );
  const bareMs = Date.now() - bareStart;
  console.log(
    `(b) bare sender (one SELECT, ${REPLICAS * CONCURRENCY} POSTs in flight): ${bare.replies().length} messages in ${fmt(bareMs / 1000)} s, ${fmt((bare.replies().length / bareMs) * 1000)} messages/s`,
  );

  const once = replies.length === MESSAGES && conversations.size === MESSAGES;
  console.log(
    `RESULT ${fmt(rate)} messages/s, last sent ${fmt(lastMs / 1000)} s after due; each once: ${once ? 'YES' : 'NO'} (${replies.length} sent, ${conversations.size} conversations, ${queued} queued, ${other} skipped); ratio to the bare sender ${fmt(lastMs / bareMs, 2)}x`,
  );
  console.log(loadNote('end'));
  if (!once) process.exitCode = 1;
});
