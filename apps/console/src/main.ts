// console: the salon staff's agenda, customers, catalogue and settings, as a web app and its JSON API.
import { existsSync } from 'node:fs';
import { parseConsoleConfig, redactConfig } from '@atrevete/config';
import { createLogger, runProcess } from '@atrevete/observability';
import { startConsole } from './server.js';

runProcess('console', async () => {
  // Local runs read ./.env; variables already set (docker, CI, tests) win.
  if (existsSync('.env')) process.loadEnvFile('.env');
  const config = parseConsoleConfig(process.env);
  const logger = createLogger({ name: 'console', level: config.LOG_LEVEL });
  logger.info({ config: redactConfig(config) }, 'starting');
  if (!config.CONSOLE_SESSION_SECRET) {
    logger.warn(
      'CONSOLE_SESSION_SECRET is not set: a development value keys the sessions',
    );
  }
  const running = await startConsole(config, logger);
  return { running, logger, timeoutMs: config.SHUTDOWN_TIMEOUT_MS };
});
