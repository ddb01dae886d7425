// agent-worker: runs the conversation graph for queued turns and replies through Chatwoot.
import { parseAgentWorkerConfig, redactConfig } from '@atrevete/config';
import { existsSync } from 'node:fs';
import { createLogger, runProcess } from '@atrevete/observability';
import { startAgentWorker } from './worker.js';

runProcess('agent-worker', async () => {
  // Local runs read ./.env; variables already set (docker, CI, tests) win.
  if (existsSync('.env')) process.loadEnvFile('.env');
  const config = parseAgentWorkerConfig(process.env);
  const logger = createLogger({
    name: 'agent-worker',
    level: config.LOG_LEVEL,
  });
  logger.info({ config: redactConfig(config) }, 'starting');
  const running = await startAgentWorker(config, logger);
  return { running, logger, timeoutMs: config.SHUTDOWN_TIMEOUT_MS };
});
