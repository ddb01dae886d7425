// What the HTTP layer needs, as small ports, so createApp(deps) can be driven by supertest against real services.
import type { WebhookApiConfig } from '@atrevete/config';
import type {
  ComponentCheck,
  Logger,
  Registry,
  WebhookMetrics,
} from '@atrevete/observability';
import type { EchoConfirmation } from '@atrevete/db';
import type {
  ConversationKey,
  InboundMessage,
  OutboxEcho,
} from '@atrevete/schema';

export interface WebhookApiDeps {
  config: WebhookApiConfig;
  logger: Logger;
  registry: Registry;
  metrics: WebhookMetrics;
  ledger: {
    /** true when newly recorded, false when the message id was already there; rejects when Postgres is down or slow. */
    record(message: InboundMessage): Promise<boolean>;
  };
  turns: {
    /** The conversation's (debounced) turn. */
    enqueue(key: ConversationKey): Promise<void>;
    /** For when Postgres could not record it: the message waits whole in Redis for the conversation's (debounced) turn. */
    carry(message: InboundMessage): Promise<void>;
  };
  outbox: {
    /** Records the bot's own message, come back from Chatwoot, as delivered; rejects when Postgres is down or slow. */
    confirmEcho(echo: OutboxEcho): Promise<EchoConfirmation>;
    /** For when Postgres could not record it: the echo waits in Redis for the reply sender. */
    carryEcho(echo: OutboxEcho): Promise<void>;
  };
  handoffs: {
    /** Staff gave the conversation back: the bot answers it again at once; how many hand-offs that ended. */
    returnToBot(key: ConversationKey): Promise<number>;
  };
  health: Record<string, ComponentCheck>;
  now: () => number;
}
