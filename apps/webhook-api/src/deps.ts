// What the HTTP layer needs, as small ports, so createApp(deps) can be driven by supertest against real services.
import type { WebhookApiConfig } from '@atrevete/config';
import type {
  ComponentCheck,
  Logger,
  Registry,
  WebhookMetrics,
} from '@atrevete/observability';
import type { InboundMessage } from '@atrevete/schema';

export interface WebhookApiDeps {
  config: WebhookApiConfig;
  logger: Logger;
  registry: Registry;
  metrics: WebhookMetrics;
  ledger: {
    /** true when newly recorded, false when the message id was already there. */
    record(message: InboundMessage): Promise<boolean>;
  };
  turns: {
    enqueue(message: InboundMessage): Promise<void>;
  };
  health: Record<string, ComponentCheck>;
  now: () => number;
}
