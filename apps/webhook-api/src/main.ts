// webhook-api: receives Chatwoot webhooks and queues them for the agent-worker.
import { parseWebhookApiConfig, redactConfig } from '@atrevete/config';
import { existsSync } from 'node:fs';
import { createLogger, runProcess } from '@atrevete/observability';
import { startWebhookApi } from './server.js';

runProcess('webhook-api', async () => {
  // Local runs read ./.env; variables already set (docker, CI, tests) win.
  if (existsSync('.env')) process.loadEnvFile('.env');
  const config = parseWebhookApiConfig(process.env);
  const logger = createLogger({ name: 'webhook-api', level: config.LOG_LEVEL });
  logger.info({ config: redactConfig(config) }, 'starting');
  if (!config.CHATWOOT_WEBHOOK_SECRET && !config.WEBHOOK_TOKEN) {
    logger.warn(
      'neither CHATWOOT_WEBHOOK_SECRET nor WEBHOOK_TOKEN is set: webhooks are NOT authenticated (development only)',
    );
  }
  if (config.CHATWOOT_WEBHOOK_SECRET && config.WEBHOOK_TOKEN) {
    logger.warn(
      'CHATWOOT_WEBHOOK_SECRET is set: deliveries must be signed, and the token URL answers 404 (WEBHOOK_TOKEN is not used)',
    );
  }
  const running = await startWebhookApi(config, logger);
  return { running, logger, timeoutMs: config.SHUTDOWN_TIMEOUT_MS };
});
