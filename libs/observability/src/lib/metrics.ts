// Prometheus metrics (prom-client) of both apps, each on its own registry so tests and several apps in one process never collide.
import {
  Counter,
  Gauge,
  Histogram,
  Registry,
  collectDefaultMetrics,
} from 'prom-client';

export { Registry } from 'prom-client';

export function createRegistry(app: string, withDefaults = true): Registry {
  const registry = new Registry();
  registry.setDefaultLabels({ app });
  if (withDefaults) collectDefaultMetrics({ register: registry });
  return registry;
}

export function createWebhookMetrics(registry: Registry) {
  return {
    webhooks: new Counter({
      name: 'atrevete_webhooks_total',
      help: 'Chatwoot webhooks by outcome (queued, duplicate, ignored, echo, returned, rejected)',
      labelNames: ['outcome', 'reason'] as const,
      registers: [registry],
    }),
    duplicates: new Counter({
      name: 'atrevete_webhook_duplicates_total',
      help: 'Deliveries of a message the ledger already had',
      registers: [registry],
    }),
    ingestLatency: new Histogram({
      name: 'atrevete_webhook_ingest_seconds',
      help: 'Time from request to 200 for answered messages',
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
      registers: [registry],
    }),
  };
}
export type WebhookMetrics = ReturnType<typeof createWebhookMetrics>;

export function createWorkerMetrics(registry: Registry) {
  return {
    turns: new Counter({
      name: 'atrevete_turns_total',
      help: 'Conversation turns by outcome',
      labelNames: ['outcome', 'intent'] as const,
      registers: [registry],
    }),
    turnLatency: new Histogram({
      name: 'atrevete_turn_seconds',
      help: 'Time to run one turn, from job start to reply posted',
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    }),
    lockWaits: new Counter({
      name: 'atrevete_lock_waits_total',
      help: 'Jobs postponed because another worker held their conversation',
      labelNames: ['queue'] as const,
      registers: [registry],
    }),
    sweeps: new Counter({
      name: 'atrevete_sweeper_requeued_total',
      help: 'Conversations the sweeper re-queued, by what they owed',
      labelNames: ['kind'] as const,
      registers: [registry],
    }),
    bookings: new Counter({
      name: 'atrevete_bookings_total',
      help: 'What turns did to appointments (booked, cancelled, rescheduled, slot_taken, handoff)',
      labelNames: ['outcome'] as const,
      registers: [registry],
    }),
    replies: new Counter({
      name: 'atrevete_replies_total',
      help: 'Replies to Chatwoot by outcome (sent, retry, failed)',
      labelNames: ['outcome'] as const,
      registers: [registry],
    }),
    appointmentMessages: new Counter({
      name: 'atrevete_appointment_messages_total',
      help: 'Confirmation requests and reminders handed to the outbox (queued) or not sent (the reason, e.g. no_template), and unconfirmed appointments flagged',
      labelNames: ['kind', 'outcome'] as const,
      registers: [registry],
    }),
  };
}
export type WorkerMetrics = ReturnType<typeof createWorkerMetrics>;

/** A gauge read at scrape time, e.g. queue depth. */
export function registerCollectedGauge(
  registry: Registry,
  name: string,
  help: string,
  labelNames: string[],
  collect: () => Promise<
    Array<{ labels: Record<string, string>; value: number }>
  >,
): void {
  new Gauge({
    name,
    help,
    labelNames,
    registers: [registry],
    async collect() {
      this.reset();
      for (const { labels, value } of await collect().catch(() => []))
        this.set(labels, value);
    },
  });
}
